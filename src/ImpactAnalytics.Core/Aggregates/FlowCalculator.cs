using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>The staying / new / exiting decomposition per cluster and year t in (first year, last year].</summary>
internal static class FlowCalculator
{
    /// <summary>Every (cluster, year, status) cell of a year where the cluster has any flow (cluster ordinal order, ALL last; year; status) with its dominance share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (MembershipFlow[] Rows, double[] Dominance) Compute(
        FirmPanel panel, FirmMeasures measures, MembershipIndex membership, int firstYear, int lastYear)
    {
        var keys = membership.Clusters.Length + 1;
        var years = lastYear - firstYear + 1;
        var n = new int[keys, years, 3];
        var va = new double[keys, years, 3];
        var fte = new double[keys, years, 3];
        var dom = new Dominance[keys, years, 3];
        var present = measures.Present;
        for (var f = 0; f < panel.FirmCount; f++)
        {
            if (!membership.HasSpells(f))
            {
                continue;
            }

            for (var t = firstYear + 1; t <= lastYear; t++)
            {
                var prev = membership.ClustersOf(f, t - 1);
                var cur = membership.ClustersOf(f, t);
                if ((prev | cur) == 0)
                {
                    continue;
                }

                var rowNow = panel.FindRow(f, t);
                var rowBefore = panel.FindRow(f, t - 1);
                for (var k = 0; k < keys; k++)
                {
                    var inPrev = k < keys - 1 ? (prev & (1UL << k)) != 0 : prev != 0;
                    var inCur = k < keys - 1 ? (cur & (1UL << k)) != 0 : cur != 0;
                    var (status, row) = (inPrev, inCur) switch
                    {
                        (true, true) => (FlowStatus.Staying, rowNow),
                        (false, true) => (FlowStatus.New, rowNow),
                        (true, false) => (FlowStatus.Exiting, rowBefore),
                        _ => (FlowStatus.Staying, -1),
                    };
                    if (row < 0)
                    {
                        continue;
                    }

                    var (y, s) = (t - firstYear, (int)status);
                    n[k, y, s]++;
                    if ((present[row] & MeasureSet.Va) != 0)
                    {
                        va[k, y, s] += measures.Va[row];
                        dom[k, y, s].Add(measures.Va[row]);
                    }

                    if ((present[row] & MeasureSet.Fte) != 0)
                    {
                        fte[k, y, s] += measures.Fte[row];
                    }
                }
            }
        }

        var rows = new List<MembershipFlow>();
        var shares = new List<double>();
        for (var k = 0; k < keys; k++)
        {
            var name = k < keys - 1 ? membership.Clusters[k] : ClusterKeys.All;
            for (var y = 1; y < years; y++)
            {
                if (n[k, y, 0] + n[k, y, 1] + n[k, y, 2] == 0)
                {
                    continue;
                }

                for (var s = 0; s < 3; s++)
                {
                    rows.Add(new MembershipFlow(name, firstYear + y, (FlowStatus)s, n[k, y, s], va[k, y, s], fte[k, y, s]));
                    shares.Add(dom[k, y, s].Share);
                }
            }
        }

        return ([.. rows], [.. shares]);
    }
}
