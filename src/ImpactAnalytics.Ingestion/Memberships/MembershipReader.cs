using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Memberships;

/// <summary>
/// Reads membership spells: enterprise_number, cluster, start_year, end_year (empty: still a member). A spell is
/// rejected when the firm is not in the register, the cluster is empty, a year is malformed, it ends before it
/// starts, or it repeats an earlier spell (same firm, cluster and start year).
/// </summary>
internal static class MembershipReader
{
    public static List<MembershipSpell> Read(TableSource source, Func<EnterpriseNumber, bool> inRegister)
    {
        var spells = new List<MembershipSpell>();
        var idCol = source.Column("enterprise_number", "enterprisenumber", "ondernemingsnummer", "numero_entreprise", "kbo");
        var clusterCol = source.Column("cluster", "cluster_name", "speerpuntcluster");
        var startCol = source.Column("start_year", "start", "from_year", "startjaar");
        var endCol = source.Column("end_year", "end", "to_year", "eindjaar");
        if (!source.Require(idCol, "enterprise_number") | !source.Require(clusterCol, "cluster") | !source.Require(startCol, "start_year"))
        {
            return spells;
        }

        var seen = new Dictionary<(EnterpriseNumber, string, int), long>();
        var fields = new FieldReader(source);
        while (source.Next())
        {
            if (!source.CheckShape() || !fields.Enterprise(idCol, out var id))
            {
                continue;
            }

            var cluster = fields.Shared(clusterCol);
            if (cluster.Length == 0)
            {
                source.Reject(clusterCol, IssueCodes.MembershipClusterMissing, "the cluster name is empty");
                continue;
            }

            if (!fields.Year(startCol, true, out var start) || !fields.Year(endCol, false, out var end))
            {
                continue;
            }

            var spell = MembershipSpell.Create(id, cluster, start!.Value, end);
            if (!spell.Success)
            {
                source.Reject(endCol, IssueCodes.MembershipEndsBeforeStart, spell.Error!);
                continue;
            }

            if (!inRegister(id))
            {
                source.Reject(idCol, IssueCodes.MembershipNotInRegister,
                    $"member {id} of {cluster} is not in the firm register, so it has no sector; the spell is quarantined");
                continue;
            }

            if (!seen.TryAdd((id, spell.Value.Cluster, start.Value), source.Line))
            {
                source.Reject(startCol, IssueCodes.MembershipDuplicate, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {id} already has a {spell.Value.Cluster} spell starting in {start} at line {seen[(id, spell.Value.Cluster, start.Value)]}; the first is kept"));
                continue;
            }

            spells.Add(spell.Value);
        }

        return spells;
    }
}
