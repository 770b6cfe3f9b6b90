using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// The formulas of METHODS §3 for one firm-year of a panel under one set of settings: value added by formula id,
/// FTE by the first reporting source, LP where FTE ≥ min_fte, wage cost per FTE, wage share and capital intensity.
/// Used by the bulk pass and again by <see cref="FirmMeasures.Row"/>, so both give the same numbers.
/// </summary>
internal sealed class MeasureRules
{
    private const uint FullMask = (1u << (int)Rubric.Turnover) | (1u << (int)Rubric.StockChange)
        | (1u << (int)Rubric.OwnWorkCapitalised) | (1u << (int)Rubric.OtherOperatingIncome)
        | (1u << (int)Rubric.GoodsForResale) | (1u << (int)Rubric.ServicesAndOtherGoods);

    private readonly FirmPanel _panel;
    private readonly bool _given;
    private readonly bool _excludeSubsidies;
    private readonly Rubric[] _fteSources;
    private readonly double _minFte;
    private readonly DeflatorTable? _deflators;
    private readonly int[] _divisionOfNace;

    /// <exception cref="ArgumentException">When the formula id is unknown (the study file validates it first).</exception>
    public MeasureRules(FirmPanel panel, MeasureSettings settings, DeflatorTable? deflators)
    {
        _given = settings.ValueAddedFormula switch
        {
            ValueAddedFormulas.GrossMargin => false,
            ValueAddedFormulas.Given => true,
            _ => throw new ArgumentException($"unknown value-added formula '{settings.ValueAddedFormula}'", nameof(settings)),
        };
        _panel = panel;
        Settings = settings;
        _excludeSubsidies = settings.ExcludeSubsidies;
        _fteSources = [.. settings.FteSources];
        _minFte = settings.MinFte;
        _deflators = deflators;
        _divisionOfNace = new int[deflators is null ? 0 : panel.NaceTable.Length];
        for (var i = 0; i < _divisionOfNace.Length; i++)
        {
            _divisionOfNace[i] = panel.NaceTable[i].ToNaceRev2Class().Division;
        }
    }

    public FirmPanel Panel => _panel;

    /// <summary>The settings the rules apply.</summary>
    public MeasureSettings Settings { get; }

    /// <summary>The deflators the rules apply, if any.</summary>
    public DeflatorTable? Deflators => _deflators;

    /// <summary>
    /// The level measures of row <paramref name="r"/> (growth flags excluded). Returns the division whose deflator is
    /// missing for the row's year (its VA then left out), or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Measure(int r, ref RowMeasure m)
    {
        m = default;
        var missingDivision = -1;
        if (_given ? GivenVa(r, ref m) : GrossMarginVa(r, ref m))
        {
            m.Flags |= MeasureSet.Va;
            if (_deflators is not null)
            {
                var division = _divisionOfNace[_panel.FirmNace[_panel.RowFirm[r]]];
                if (_deflators.Index(division, _panel.RowYear[r]) is { } index)
                {
                    m.Va /= index / 100.0;
                    m.Flags |= MeasureSet.Deflated;
                }
                else
                {
                    m.Flags &= ~MeasureSet.Va;
                    m.VaFormula = FirmMeasures.NoFormula;
                    m.VaCodes = 0;
                    m.Va = 0;
                    missingDivision = division;
                }
            }
        }

        RatioMeasures(r, ref m);
        return missingDivision;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool GivenVa(int r, ref RowMeasure m)
    {
        if (!_panel.Has(r, Rubric.ValueAddedGiven))
        {
            return false;
        }

        m.Va = _panel.Column(Rubric.ValueAddedGiven)![r];
        m.VaFormula = FirmMeasures.GivenFormula;
        m.VaCodes = 1u << (int)Rubric.ValueAddedGiven;
        return true;
    }

    // va.gross-margin: the full-scheme sum where the scheme is full and reports any of its components, else
    // 9900 − 76A where 9900 is reported; an abbreviated or micro filing without 9900 falls back to the full sum.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool GrossMarginVa(int r, ref RowMeasure m)
    {
        var present = _panel.RowPresent[r];
        var hasFull = (present & FullMask) != 0;
        var hasShort = _panel.Has(r, Rubric.GrossMargin);
        double va;
        uint codes;
        if (hasFull && (_panel.RowScheme[r] == FilingScheme.Full || !hasShort))
        {
            va = 0;
            foreach (var rubric in ValueAddedCodes.FullIncome)
            {
                va += Component(r, rubric);
            }

            foreach (var rubric in ValueAddedCodes.FullCost)
            {
                va -= Component(r, rubric);
            }

            codes = present & FullMask;
        }
        else if (hasShort)
        {
            va = Component(r, Rubric.GrossMargin) - Component(r, Rubric.NonRecurringOperatingIncome);
            codes = present & ((1u << (int)Rubric.GrossMargin) | (1u << (int)Rubric.NonRecurringOperatingIncome));
        }
        else
        {
            return false;
        }

        if (_excludeSubsidies && _panel.Has(r, Rubric.OperatingSubsidies))
        {
            va -= _panel.Column(Rubric.OperatingSubsidies)![r];
            codes |= 1u << (int)Rubric.OperatingSubsidies;
        }

        m.Va = va;
        m.VaCodes = codes;
        m.VaFormula = FirmMeasures.GrossMarginFormula;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Component(int r, Rubric rubric) => _panel.Has(r, rubric) ? _panel.Column(rubric)![r] : 0.0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RatioMeasures(int r, ref RowMeasure m)
    {
        m.FteSource = -1;
        foreach (var source in _fteSources)
        {
            if (_panel.Has(r, source))
            {
                m.Fte = _panel.Column(source)![r];
                m.FteSource = (sbyte)source;
                m.Flags |= MeasureSet.Fte;
                break;
            }
        }

        var hasVa = (m.Flags & MeasureSet.Va) != 0;
        var fteOk = m.FteSource >= 0 && m.Fte > 0 && m.Fte >= _minFte;
        if (hasVa && fteOk)
        {
            m.Lp = m.Va / m.Fte;
            m.Flags |= MeasureSet.Lp;
        }

        if (_panel.Has(r, Rubric.Remuneration))
        {
            var wages = _panel.Column(Rubric.Remuneration)![r];
            if (fteOk)
            {
                m.WageCostPerFte = wages / m.Fte;
                m.Flags |= MeasureSet.WageCostPerFte;
            }

            if (hasVa && m.Va > 0)
            {
                m.WageShare = wages / m.Va;
                m.Flags |= MeasureSet.WageShare;
            }
        }

        if (fteOk && _panel.Has(r, Rubric.TangibleFixedAssets))
        {
            m.CapitalIntensity = _panel.Column(Rubric.TangibleFixedAssets)![r] / m.Fte;
            m.Flags |= MeasureSet.CapitalIntensity;
        }
    }
}
