using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>Builds the chain-linked <see cref="IndexPoint"/> series, disclosure control included (see there).</summary>
internal static class IndexSeriesCalculator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IndexPoint[] Compute(
        FirmPanel panel,
        FirmMeasures measures,
        MembershipIndex membership,
        int[] firmCell,
        int cellCount,
        int firstYear,
        int lastYear,
        DisclosureSettings disclosure)
    {
        var keys = membership.Clusters.Length + 1;
        var years = lastYear - firstYear + 1;
        var sector = new LinkSums[years * cellCount];
        var members = new LinkSums[keys * years * cellCount];
        var totals = new LinkSums[keys * years];
        var dominance = new Dominance[keys * years];
        var present = measures.Present;
        const MeasureSet both = MeasureSet.Va | MeasureSet.Fte;
        for (var r = 1; r < panel.RowCount; r++)
        {
            var p = r - 1;
            var y = panel.RowYear[r] - firstYear;
            if (panel.RowFirm[p] != panel.RowFirm[r] || panel.RowYear[p] != panel.RowYear[r] - 1 || y < 1 || y >= years
                || (present[r] & both) != both || (present[p] & both) != both)
            {
                continue;
            }

            var (va0, va1, fte0, fte1) = (measures.Va[p], measures.Va[r], measures.Fte[p], measures.Fte[r]);
            var cell = firmCell[panel.RowFirm[r]];
            var (before, now) = (membership.RowClusters[p], membership.RowClusters[r]);
            if (before == 0 && now == 0)
            {
                if (cell >= 0)
                {
                    sector[(y * cellCount) + cell].Add(va0, va1, fte0, fte1);
                }

                continue;
            }

            var common = before & now;
            for (var k = 0; k < keys; k++)
            {
                var stays = k < keys - 1 ? (common & (1UL << k)) != 0 : before != 0 && now != 0;
                if (!stays)
                {
                    continue;
                }

                totals[(k * years) + y].Add(va0, va1, fte0, fte1);
                dominance[(k * years) + y].Add(va1);
                if (cell >= 0)
                {
                    members[(((k * years) + y) * cellCount) + cell].Add(va0, va1, fte0, fte1);
                }
            }
        }

        var points = new List<IndexPoint>();
        for (var k = 0; k < keys; k++)
        {
            var name = k < keys - 1 ? membership.Clusters[k] : ClusterKeys.All;
            Series(name, k, points);
        }

        return [.. points];

        void Series(string name, int k, List<IndexPoint> points)
        {
            var started = false;
            string? carried = null;
            double vaM = 100, fteM = 100, vaS = 100, fteS = 100;
            for (var y = 1; y < years; y++)
            {
                var t = totals[(k * years) + y];
                var (sectorVa, sectorFte, nSector) = SectorLink(k, y);
                var defined = t.N > 0 && t.Va0 > 0 && t.Va1 > 0 && t.Fte0 > 0 && t.Fte1 > 0 && sectorVa is not null && sectorFte is not null;
                if (!defined)
                {
                    if (started)
                    {
                        return;
                    }

                    continue;
                }

                if (!started)
                {
                    points.Add(new IndexPoint(name, firstYear + y - 1, 0, 0, 100, 100, 100, 100));
                    started = true;
                }

                vaM *= t.Va1 / t.Va0;
                fteM *= t.Fte1 / t.Fte0;
                vaS *= sectorVa!.Value;
                fteS *= sectorFte!.Value;
                carried ??= t.N < disclosure.MinFirms || nSector < disclosure.MinFirms ? SuppressionReasons.MinFirms
                    : dominance[(k * years) + y].Share > disclosure.Dominance ? SuppressionReasons.Dominance
                    : null;
                points.Add(carried is null
                    ? new IndexPoint(name, firstYear + y, t.N, nSector, vaM, fteM, vaS, fteS)
                    : new IndexPoint(name, firstYear + y, t.N, nSector, null, null, null, null, true, carried));
                if (carried is SuppressionReasons.MinFirms or SuppressionReasons.Dominance)
                {
                    carried = SuppressionReasons.Secondary;
                }
            }
        }

        (double? Va, double? Fte, int N) SectorLink(int k, int y)
        {
            double wVa = 0, gVa = 0, wFte = 0, gFte = 0;
            var n = 0;
            for (var c = 0; c < cellCount; c++)
            {
                var m = members[(((k * years) + y) * cellCount) + c];
                var s = sector[(y * cellCount) + c];
                if (m.N == 0 || s.N == 0)
                {
                    continue;
                }

                if (m.Va0 > 0 && s.Va0 > 0 && s.Va1 > 0)
                {
                    wVa += m.Va0;
                    gVa += m.Va0 * (s.Va1 / s.Va0);
                    n += s.N;
                }

                if (m.Fte0 > 0 && s.Fte0 > 0 && s.Fte1 > 0)
                {
                    wFte += m.Fte0;
                    gFte += m.Fte0 * (s.Fte1 / s.Fte0);
                }
            }

            return (wVa > 0 ? gVa / wVa : null, wFte > 0 ? gFte / wFte : null, n);
        }
    }

    private struct LinkSums
    {
        public int N;
        public double Va0;
        public double Va1;
        public double Fte0;
        public double Fte1;

        public void Add(double va0, double va1, double fte0, double fte1)
        {
            N++;
            Va0 += va0;
            Va1 += va1;
            Fte0 += fte0;
            Fte1 += fte1;
        }
    }
}
