using System.Globalization;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Reporting.Formatting;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// An estimator's note (<see cref="ImpactNote"/>) as a sentence of the report's language: the kinds the estimators
/// report are worded here from their numbers; an estimator's own reason for failing and a plain text note stay in
/// English, said so in Dutch.
/// </summary>
internal static class ImpactNoteWording
{
    public static string Of(ImpactNote note, ReportCulture c)
    {
        var nl = c.Language == Core.Settings.ReportLanguage.Dutch;
        var who = note.Estimator == "did" ? "DiD" : "PSM";
        var lead = note.Outcome is null ? who : who + " " + note.Outcome;
        var v = note.Values;
        return note.Kind switch
        {
            ImpactNoteKind.CovariateLeftOut when v.Count == 2 => nl
                ? $"{lead}: covariaat {note.Subject} niet in het propensitymodel opgenomen: de waarde in g − 1 ontbreekt bij {c.Percent(v[0], 0)} van de behandelde of van de controlebedrijven (meer dan {c.Percent(v[1], 0)})."
                : $"{lead}: covariate {note.Subject} left out of the propensity model: missing at g − 1 for {c.Percent(v[0], 0)} of the treated or control firms (more than {c.Percent(v[1], 0)}).",
            ImpactNoteKind.PretestDisagreement when v.Count == 7 => nl
                ? $"{lead}: de toets van alle {Whole(v[0])} ATT(g,t) vóór toetreding verwerpt parallelle trends (p{Eq}{c.Number(v[1], 3)}), de gerapporteerde toets van de event-study-schattingen van de laatste {Whole(v[2])} jaar vóór toetreding niet (p{Eq}{c.Number(v[3], 3)}). De eerste verwerpt veel te vaak wanneer cohorten klein zijn tegenover hun aantal jaren vóór toetreding (hier {Whole(v[4])} bedrijven die in {Whole(v[5])} toetraden, voor {Whole(v[6])} cellen vóór toetreding)."
                : $"{lead}: the test of all {Whole(v[0])} pre-joining ATT(g,t) rejects parallel trends (p{Eq}{c.Number(v[1], 3)}) but the reported test of the event-study estimates of the last {Whole(v[2])} years before joining does not (p{Eq}{c.Number(v[3], 3)}); the former is known to reject far too often when cohorts are small relative to their pre-periods (here {Whole(v[4])} firms joining in {Whole(v[5])} for {Whole(v[6])} pre-joining cells).",
            ImpactNoteKind.EstimatorFailed when note.Subject is { } reason => nl
                ? $"{lead}: kon niet {(note.Outcome is null ? "uitgevoerd" : "geschat")} worden. Reden volgens de schatter (in het Engels): {reason}"
                : $"{lead}: could not be {(note.Outcome is null ? "run" : "estimated")} because: {reason}",
            _ => nl ? $"{lead} (in het Engels): {note.Message}" : $"{lead}: {note.Message}",
        };
    }

    // " = " that a line is not broken at, so a p-value stays beside its p.
    private const string Eq = "\u00A0=\u00A0";

    private static string Whole(double value) => ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
}
