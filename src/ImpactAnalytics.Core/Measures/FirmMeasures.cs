using System.Text;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// Firm-level measures (METHODS §3) for every row of a <see cref="Panel.FirmPanel"/>, stored column by column and
/// indexed like the panel's rows. A value is meaningful only where <see cref="Present"/> has its bit. Confidential:
/// firm figures are never published.
/// </summary>
[Confidential]
public sealed class FirmMeasures
{
    private readonly EnterpriseNumber[] _rowFirmId;
    private readonly int[] _rowYear;
    private readonly MeasureSet[] _flags;
    private readonly byte[] _vaFormula;
    private readonly uint[] _vaCodes;
    private readonly sbyte[] _fteSource;
    private readonly double[] _va;
    private readonly double[] _fte;
    private readonly double[] _lp;
    private readonly double[] _wageCostPerFte;
    private readonly double[] _wageShare;
    private readonly double[] _capitalIntensity;
    private readonly double[] _vaGrowth;
    private readonly double[] _fteGrowth;
    private readonly double[] _lpGrowth;

    internal FirmMeasures(MeasureColumns c, EnterpriseNumber[] rowFirmId, int[] rowYear, IReadOnlyList<DataIssue> issues)
    {
        _rowFirmId = rowFirmId;
        _rowYear = rowYear;
        _flags = c.Flags;
        _vaFormula = c.VaFormula;
        _vaCodes = c.VaCodes;
        _fteSource = c.FteSource;
        _va = c.Va;
        _fte = c.Fte;
        _lp = c.Lp;
        _wageCostPerFte = c.WageCostPerFte;
        _wageShare = c.WageShare;
        _capitalIntensity = c.CapitalIntensity;
        _vaGrowth = c.VaGrowth;
        _fteGrowth = c.FteGrowth;
        _lpGrowth = c.LpGrowth;
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

    /// <summary>Capital intensity per row, euros of tangible fixed assets (22/27) per FTE.</summary>
    public ReadOnlySpan<double> CapitalIntensity => _capitalIntensity;

    /// <summary>Whether a row has all the given measures.</summary>
    public bool Has(int row, MeasureSet flags) => (_flags[row] & flags) == flags;

    /// <summary>The rubric codes behind a row's VA, with signs (<c>70+71-60-61</c>); empty when VA is absent.</summary>
    public string VaCodeText(int row)
    {
        if (_vaFormula[row] == NoFormula)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var rubric in ValueAddedCodes.Order)
        {
            if ((_vaCodes[row] & (1u << (int)rubric)) != 0)
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

    /// <summary>Materialises one row.</summary>
    public FirmYearMeasure Row(int row)
    {
        var f = _flags[row];
        double? Get(double[] column, MeasureSet flag) => (f & flag) != 0 ? column[row] : null;
        return new FirmYearMeasure(
            _rowFirmId[row],
            _rowYear[row],
            _vaFormula[row] switch
            {
                GrossMarginFormula => ValueAddedFormulas.GrossMargin,
                GivenFormula => ValueAddedFormulas.Given,
                _ => null,
            },
            VaCodeText(row),
            Get(_va, MeasureSet.Va),
            _fteSource[row] >= 0 ? (Rubric)_fteSource[row] : null,
            Get(_fte, MeasureSet.Fte),
            Get(_lp, MeasureSet.Lp),
            Get(_wageCostPerFte, MeasureSet.WageCostPerFte),
            Get(_wageShare, MeasureSet.WageShare),
            Get(_capitalIntensity, MeasureSet.CapitalIntensity),
            Get(_vaGrowth, MeasureSet.VaGrowth),
            Get(_fteGrowth, MeasureSet.FteGrowth),
            Get(_lpGrowth, MeasureSet.LpGrowth),
            (f & MeasureSet.Deflated) != 0);
    }
}
