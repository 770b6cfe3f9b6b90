using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Who is treated, when, and who may serve as comparison (METHODS §7), per firm of the panel. The cohort g of a firm
/// is the first year of its first membership spell of any cluster. A firm is
/// <list type="bullet">
/// <item>treated (usable) when first study year &lt; g ≤ last study year: it has at least one pre-period;</item>
/// <item>excluded as <em>already a member</em> when g ≤ first study year (no pre-period to difference against);</item>
/// <item>excluded as <em>joining later</em> when g &gt; last study year (neither treated in the period nor a never-member);</item>
/// <item>a never-member when it has no spell at all; it enters the comparison pool only when its NACE division holds
/// at least one usable treated firm (the pool is restricted to the treated firms' sectors).</item>
/// </list>
/// Later spells (re-joins, a second cluster) do not move the cohort: treatment is absorbing, as staggered DiD assumes.
/// </summary>
internal sealed class TreatmentAssignment
{
    /// <summary>Cohort per firm: g for a usable treated firm, 0 for a firm of the comparison pool, -1 otherwise.</summary>
    public required int[] FirmCohort { get; init; }

    /// <summary>NACE Rev. 2 division code per firm ("20"; a section letter when the register has only that).</summary>
    public required string[] FirmDivision { get; init; }

    public required TreatmentCounts Counts { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TreatmentAssignment Build(FirmPanel panel, int firstYear, int lastYear)
    {
        var firms = panel.FirmCount;
        var firstStart = new int[firms];
        Array.Fill(firstStart, int.MaxValue);
        foreach (var spell in panel.Memberships)
        {
            var f = panel.FindFirm(spell.Firm);
            if (f >= 0 && spell.StartYear < firstStart[f])
            {
                firstStart[f] = spell.StartYear;
            }
        }

        var nace = panel.NaceTable.Select(DivisionKey).ToArray();
        var division = new string[firms];
        var cohort = new int[firms];
        var treatedDivisions = new HashSet<string>(StringComparer.Ordinal);
        int treated = 0, already = 0, later = 0;
        for (var f = 0; f < firms; f++)
        {
            division[f] = nace[panel.FirmNace[f]];
            var g = firstStart[f];
            if (g == int.MaxValue)
            {
                cohort[f] = 0;
            }
            else if (g <= firstYear)
            {
                cohort[f] = -1;
                already++;
            }
            else if (g > lastYear)
            {
                cohort[f] = -1;
                later++;
            }
            else
            {
                cohort[f] = g;
                treated++;
                treatedDivisions.Add(division[f]);
            }
        }

        // Whether each entry of the NACE table lies in a division with a treated firm (one look-up per entry).
        var treatedNace = Array.ConvertAll(nace, treatedDivisions.Contains);
        int pool = 0, outside = 0;
        for (var f = 0; f < firms; f++)
        {
            if (cohort[f] != 0)
            {
                continue;
            }

            if (treatedNace[panel.FirmNace[f]])
            {
                pool++;
            }
            else
            {
                cohort[f] = -1;
                outside++;
            }
        }

        var counts = new TreatmentCounts(treated, already, later, pool, outside, treatedDivisions.Count);
        return new TreatmentAssignment { FirmCohort = cohort, FirmDivision = division, Counts = counts };
    }

    /// <summary>The code at division level in NACE Rev. 2 terms, or the code itself when it is coarser.</summary>
    public static string DivisionKey(NaceCode code) => CodeAt(code, NaceLevel.Division);

    /// <summary>The code at <paramref name="level"/> in NACE Rev. 2 terms, or the code itself when it is coarser.</summary>
    public static string CodeAt(NaceCode code, NaceLevel level)
    {
        var rev2 = code.ToNaceRev2Class();
        return rev2.Level >= level ? rev2.AtLevel(level).Code : rev2.Code;
    }
}
