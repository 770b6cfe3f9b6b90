using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Cluster membership resolved against the panel: the clusters in ordinal order, a bit set of clusters per row
/// (member in the row's year), and each firm's spells for years without accounts. Spells of firms absent from the
/// register are ignored (ingestion reports them).
/// </summary>
internal sealed class MembershipIndex
{
    /// <summary>At most this many clusters (one bit each in a row's set).</summary>
    public const int MaxClusters = 64;

    private readonly int[] _spellFirstOfFirm;
    private readonly int[] _spellCluster;
    private readonly int[] _spellStart;
    private readonly int[] _spellEnd;

    private MembershipIndex(string[] clusters, ulong[] rowClusters, int[] spellFirstOfFirm, int[] spellCluster, int[] spellStart, int[] spellEnd)
    {
        Clusters = clusters;
        RowClusters = rowClusters;
        _spellFirstOfFirm = spellFirstOfFirm;
        _spellCluster = spellCluster;
        _spellStart = spellStart;
        _spellEnd = spellEnd;
    }

    /// <summary>Cluster names, ordinal order; a cluster's index is its bit.</summary>
    public string[] Clusters { get; }

    /// <summary>Per row: bit c set when the firm is a member of cluster c in the row's year.</summary>
    public ulong[] RowClusters { get; }

    /// <summary>Resolves the panel's spells.</summary>
    /// <exception cref="ArgumentException">When the panel has more than <see cref="MaxClusters"/> clusters.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MembershipIndex Build(FirmPanel panel)
    {
        var clusters = panel.Memberships.Select(m => m.Cluster).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (clusters.Length > MaxClusters)
        {
            throw new ArgumentException($"at most {MaxClusters} clusters are supported, found {clusters.Length}", nameof(panel));
        }

        var clusterIndex = clusters.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var firmOfSpell = new List<(int Firm, int Cluster, int Start, int End)>(panel.Memberships.Length);
        foreach (var spell in panel.Memberships)
        {
            var f = panel.FindFirm(spell.Firm);
            if (f >= 0)
            {
                firmOfSpell.Add((f, clusterIndex[spell.Cluster], spell.StartYear, spell.EndYear ?? int.MaxValue));
            }
        }

        // Memberships are ordered by enterprise number, as firms are, so spells stay grouped by firm index.
        var first = new int[panel.FirmCount + 1];
        foreach (var s in firmOfSpell)
        {
            first[s.Firm + 1]++;
        }

        for (var f = 0; f < panel.FirmCount; f++)
        {
            first[f + 1] += first[f];
        }

        var rowClusters = new ulong[panel.RowCount];
        foreach (var (f, c, start, end) in firmOfSpell)
        {
            for (var r = panel.FirmFirstRow[f]; r < panel.FirmFirstRow[f + 1]; r++)
            {
                var y = panel.RowYear[r];
                if (y >= start && y <= end)
                {
                    rowClusters[r] |= 1UL << c;
                }
            }
        }

        return new MembershipIndex(
            clusters,
            rowClusters,
            first,
            firmOfSpell.Select(s => s.Cluster).ToArray(),
            firmOfSpell.Select(s => s.Start).ToArray(),
            firmOfSpell.Select(s => s.End).ToArray());
    }

    /// <summary>The clusters a firm belongs to in a year, whether or not it filed accounts that year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ClustersOf(int firm, int year)
    {
        ulong set = 0;
        for (var s = _spellFirstOfFirm[firm]; s < _spellFirstOfFirm[firm + 1]; s++)
        {
            if (year >= _spellStart[s] && year <= _spellEnd[s])
            {
                set |= 1UL << _spellCluster[s];
            }
        }

        return set;
    }

    /// <summary>Whether the firm has any spell at all.</summary>
    public bool HasSpells(int firm) => _spellFirstOfFirm[firm + 1] > _spellFirstOfFirm[firm];
}
