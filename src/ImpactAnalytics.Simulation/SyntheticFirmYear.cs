using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation;

/// <summary>
/// One synthetic filing (a firm-year) and what the generator knows about it that the filing does not show.
/// </summary>
/// <param name="Year">Financial year.</param>
/// <param name="Scheme">The scheme filed, by the Belgian size criteria (with the two-year rule and a few voluntary choices).</param>
/// <param name="Values">The rubrics the scheme reports, in <see cref="Rubric"/> order, exactly as written to the accounts file.</param>
/// <param name="ValueAdded">
/// Value added in euros as METHODS' <c>va.gross-margin</c> computes it from the codes (70 + 71 + 72 + 74 − 60 − 61
/// = 9900 − 76A), whether or not the scheme shows the components.
/// </param>
/// <param name="Fte">Average workforce in FTE (one decimal), as 1003 and/or 9087 report it.</param>
/// <param name="Treated">Whether the planted effect applies: the firm's first membership spell has started (absorbing).</param>
/// <param name="EffectMultiplier">The factor the planted effect applied to value added this year: 1 + effect when treated, else 1.</param>
public sealed record SyntheticFirmYear(
    int Year,
    FilingScheme Scheme,
    IReadOnlyList<ReportedValue> Values,
    double ValueAdded,
    double Fte,
    bool Treated,
    double EffectMultiplier)
{
    /// <summary>The reported value of a rubric, or <c>null</c> when the scheme does not report it.</summary>
    public double? Value(Rubric rubric)
    {
        foreach (var v in Values)
        {
            if (v.Rubric == rubric)
            {
                return v.Value;
            }
        }

        return null;
    }
}
