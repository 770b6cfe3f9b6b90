using System.Text;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// Firm-level measures (METHODS §3) for every row of a <see cref="Panel.FirmPanel"/>, stored column by column and
/// indexed like the panel's rows. A value is meaningful only where <see cref="Present"/> has its bit. Confidential:
/// firm figures are never published. Only the flags, VA, FTE and LP are stored (26 bytes per firm-year); the other
/// measures are derived again from the panel, which this object refers to, with the same formulas.
/// </summary>
[Confidential]
public sealed class FirmMeasures
{
    private readonly MeasureSet[] _flags;
    private readonly double[] _va;
    private readonly double[] _fte;
    private readonly double[] _lp;
    private readonly MeasureRules _rules;
    private double[]? _capitalIntensity;

    internal FirmMeasures(MeasureColumns c, MeasureRules rules, IReadOnlyList<DataIssue> issues)
    {
        _flags = c.Flags;
        _va = c.Va;
        _fte = c.Fte;
        _lp = c.Lp;
        _rules = rules;
        Issues = issues;
    }

    /// <summary>Formula code of a row: none.</summary>
    internal const byte NoFormula = 0;

    /// <summary>Formula code of a row: <c>va.gross-margin</c>.</summary>
    internal const byte GrossMarginFormula = 1;

    /// <summary>Formula code of a row: <c>va.given</c>.</summary>
    internal const byte GivenFormula = 2;

    /// <summary>Number of rows (= the panel's firm-years).</summary>
    public int RowCount => _flags.Length;

    /// <summary>Data problems met while measuring (e.g. a missing deflator), one per distinct cause.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    /// <summary>Which measures each row has (its bits).</summary>
    public ReadOnlySpan<MeasureSet> Present => _flags;

    /// <summary>Value added per row, euros.</summary>
    public ReadOnlySpan<double> Va => _va;

    /// <summary>FTE per row.</summary>
    public ReadOnlySpan<double> Fte => _fte;

    /// <summary>Labour productivity per row, euros per FTE.</summary>
    public ReadOnlySpan<double> Lp => _lp;

    /// <summary>
    /// Capital intensity per row, euros of tangible fixed assets (22/27) per FTE; derived from the panel at the
    /// first use and kept from then on.
    /// </summary>
    public ReadOnlySpan<double> CapitalIntensity =>
        LazyInitializer.EnsureInitialized(ref _capitalIntensity, ComputeCapitalIntensity);

    /// <summary>
    /// Releases the panel's rubric values except those <see cref="CapitalIntensity"/> is derived from
    /// (<see cref="Panel.FirmPanel.ReleaseValues"/>): for a run that needs no more than these measures from here on.
    /// <see cref="Row"/> and <see cref="VaCodeText"/> re-derive a row from the values and throw afterwards.
    /// </summary>
    public void ReleasePanelValues() => _rules.Panel.ReleaseValues(Rubric.TangibleFixedAssets);

    /// <summary>Whether these are the measures of <paramref name="panel"/> under these settings and deflators.</summary>
    public bool ComputedFor(FirmPanel panel, MeasureSettings settings, DeflatorTable? deflators) =>
        ReferenceEquals(_rules.Panel, panel) && _rules.Settings == settings && ReferenceEquals(_rules.Deflators, deflators);

    /// <summary>Whether a row has all the given measures.</summary>
    public bool Has(int row, MeasureSet flags) => (_flags[row] & flags) == flags;

    /// <summary>The rubric codes behind a row's VA, with signs (<c>70+71-60-61</c>); empty when VA is absent.</summary>
    public string VaCodeText(int row)
    {
        var m = default(RowMeasure);
        _rules.Measure(row, ref m);
        return CodeText(m);
    }

    /// <summary>Materialises one row.</summary>
    public FirmYearMeasure Row(int row)
    {
        var f = _flags[row];
        var m = default(RowMeasure);
        _rules.Measure(row, ref m);
        double? Get(double value, MeasureSet flag) => (f & flag) != 0 ? value : null;
        double? GrowthOf(double[] level, MeasureSet flag) =>
            (f & flag) != 0 ? Growth.LogChange(level[row - 1], level[row]) : null;
        var panel = _rules.Panel;
        return new FirmYearMeasure(
            panel.FirmIds[panel.RowFirm[row]],
            panel.RowYear[row],
            m.VaFormula switch
            {
                GrossMarginFormula => ValueAddedFormulas.GrossMargin,
                GivenFormula => ValueAddedFormulas.Given,
                _ => null,
            },
            CodeText(m),
            Get(_va[row], MeasureSet.Va),
            m.FteSource >= 0 ? (Rubric)m.FteSource : null,
            Get(_fte[row], MeasureSet.Fte),
            Get(_lp[row], MeasureSet.Lp),
            Get(m.WageCostPerFte, MeasureSet.WageCostPerFte),
            Get(m.WageShare, MeasureSet.WageShare),
            Get(m.CapitalIntensity, MeasureSet.CapitalIntensity),
            GrowthOf(_va, MeasureSet.VaGrowth),
            GrowthOf(_fte, MeasureSet.FteGrowth),
            GrowthOf(_lp, MeasureSet.LpGrowth),
            (f & MeasureSet.Deflated) != 0);
    }

    private static string CodeText(in RowMeasure m)
    {
        if (m.VaFormula == NoFormula)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var rubric in ValueAddedCodes.Order)
        {
            if ((m.VaCodes & (1u << (int)rubric)) != 0)
            {
                if (sb.Length > 0 || ValueAddedCodes.IsSubtracted(rubric))
                {
                    sb.Append(ValueAddedCodes.IsSubtracted(rubric) ? '-' : '+');
                }

                sb.Append(rubric.Code());
            }
        }

        return sb.ToString();
    }

    // (22/27) / FTE where the flag is set: the formula of MeasureRules on the stored FTE.
    private double[] ComputeCapitalIntensity()
    {
        var result = new double[_flags.Length];
        if (_rules.Panel.Column(Rubric.TangibleFixedAssets) is not { } assets)
        {
            return result;
        }

        for (var r = 0; r < result.Length; r++)
        {
            if ((_flags[r] & MeasureSet.CapitalIntensity) != 0)
            {
                result[r] = assets[r] / _fte[r];
            }
        }

        return result;
    }
}
