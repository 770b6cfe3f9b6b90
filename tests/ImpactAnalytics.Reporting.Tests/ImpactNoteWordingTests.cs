using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Output;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class ImpactNoteWordingTests
{
    private static readonly ImpactNote Pretest = new("did", "ln_va", "ln_va: the test of all 35 … (English)")
    {
        Kind = ImpactNoteKind.PretestDisagreement,
        Values = [35, 0.0001, 3, 0.2341, 9, 2023, 8],
    };

    private static readonly ImpactNote Covariate = new("psm", null, "covariate capital_intensity left out …")
    {
        Kind = ImpactNoteKind.CovariateLeftOut,
        Subject = "capital_intensity",
        Values = [0.213, 0.1],
    };

    [Fact]
    public void A_pretest_disagreement_is_worded_in_dutch_with_dutch_numbers()
    {
        var text = ImpactNoteWording.Of(Pretest, ReportCulture.DutchBelgium);

        Assert.StartsWith("DiD ln_va: de toets van alle 35 ATT(g,t) vóór toetreding verwerpt parallelle trends (p\u00A0=\u00A00,000)", text, StringComparison.Ordinal);
        Assert.Contains("de laatste 3 jaar vóór toetreding niet (p\u00A0=\u00A00,234)", text, StringComparison.Ordinal);
        Assert.Contains("hier 9 bedrijven die in 2023 toetraden, voor 8 cellen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ln_va: ln_va", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pretest_disagreement_is_worded_in_english_once_per_outcome()
    {
        var text = ImpactNoteWording.Of(Pretest, ReportCulture.EnglishBritain);

        Assert.StartsWith("DiD ln_va: the test of all 35 pre-joining ATT(g,t) rejects parallel trends (p\u00A0=\u00A00.000)", text, StringComparison.Ordinal);
        Assert.Contains("(here 9 firms joining in 2023 for 8 pre-joining cells)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_left_out_gives_its_shares_as_percentages()
    {
        Assert.Equal(
            "PSM: covariaat capital_intensity niet in het propensitymodel opgenomen: de waarde in g − 1 ontbreekt bij 21\u00A0% van de behandelde of van de controlebedrijven (meer dan 10\u00A0%).",
            ImpactNoteWording.Of(Covariate, ReportCulture.DutchBelgium));
        Assert.Contains("missing at g − 1 for 21% of the treated or control firms (more than 10%)", ImpactNoteWording.Of(Covariate, ReportCulture.EnglishBritain), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_keeps_the_estimators_reason_and_says_it_is_english()
    {
        var failed = new ImpactNote("did", "ln_fte", "ln_fte could not be estimated …") { Kind = ImpactNoteKind.EstimatorFailed, Subject = "Logistic regression: perfect (complete) separation." };
        var psm = new ImpactNote("psm", null, "propensity-score matching could not be run …") { Kind = ImpactNoteKind.EstimatorFailed, Subject = "no treated firms" };

        Assert.Equal("DiD ln_fte: kon niet geschat worden. Reden volgens de schatter (in het Engels): Logistic regression: perfect (complete) separation.", ImpactNoteWording.Of(failed, ReportCulture.DutchBelgium));
        Assert.Equal("PSM: could not be run because: no treated firms", ImpactNoteWording.Of(psm, ReportCulture.EnglishBritain));
    }

    [Fact]
    public void A_plain_text_note_stays_english_and_says_so_in_dutch()
    {
        var note = new ImpactNote("psm", null, "something else");

        Assert.Equal("PSM (in het Engels): something else", ImpactNoteWording.Of(note, ReportCulture.DutchBelgium));
        Assert.Equal("PSM: something else", ImpactNoteWording.Of(note, ReportCulture.EnglishBritain));
    }
}
