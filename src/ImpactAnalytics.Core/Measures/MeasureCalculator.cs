using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Measures;

/// <summary>Computes <see cref="FirmMeasures"/> from a panel in one pass over its rows (METHODS §3).</summary>
public static class MeasureCalculator
{
    /// <summary>
    /// Value added by formula id, FTE by the first reporting source, LP where FTE ≥ min_fte, wage cost per FTE,
    /// wage share, capital intensity and log growth against the firm's previous calendar year. With a deflator
    /// table, VA and LP are in real terms; a firm-year whose division has no index for its year loses its VA
    /// (one <see cref="DataIssue"/> per division and year).
    /// </summary>
    /// <exception cref="ArgumentException">When the formula id is unknown (the study file validates it first).</exception>
    public static FirmMeasures Compute(FirmPanel panel, MeasureSettings settings, DeflatorTable? deflators = null)
    {
        var given = settings.ValueAddedFormula switch
        {
            ValueAddedFormulas.GrossMargin => false,
            ValueAddedFormulas.Given => true,
            _ => throw new ArgumentException($"unknown value-added formula '{settings.ValueAddedFormula}'", nameof(settings)),
        };

        var rows = panel.RowCount;
        var c = new MeasureColumns(rows);
        var missingDeflator = new SortedDictionary<(int Division, int Year), int>();
        var firmDivision = FirmDivisions(panel);
        var fteSources = settings.FteSources.ToArray();
        for (var r = 0; r < rows; r++)
        {
            if (given ? GivenVa(panel, r, c) : GrossMarginVa(panel, r, settings.ExcludeSubsidies, c))
            {
                c.Flags[r] |= MeasureSet.Va;
                if (deflators is not null)
                {
                    Deflate(deflators, firmDivision[panel.RowFirm[r]], panel.RowYear[r], r, c, missingDeflator);
                }
            }

            RatioMeasures(panel, r, fteSources, settings.MinFte, c);
            if (r > 0 && panel.RowFirm[r - 1] == panel.RowFirm[r] && panel.RowYear[r - 1] == panel.RowYear[r] - 1)
            {
                GrowthMeasures(r, c);
            }
        }

        var issues = missingDeflator
            .Select(kv => new DataIssue(
                "deflators",
                0,
                "division",
                "deflator.missing",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"no deflator for NACE division {kv.Key.Division:00} in {kv.Key.Year}: value added of {kv.Value} firm-years left out"),
                Severity.Warning))
            .ToArray();
        var rowFirmId = new EnterpriseNumber[rows];
        for (var r = 0; r < rows; r++)
        {
            rowFirmId[r] = panel.FirmIds[panel.RowFirm[r]];
        }

        return new FirmMeasures(c, rowFirmId, panel.RowYear, issues);
    }

    private static int[] FirmDivisions(FirmPanel panel)
    {
        var byNace = panel.NaceTable.Select(n => n.ToNaceRev2Class().Division).ToArray();
        var result = new int[panel.FirmCount];
        for (var f = 0; f < result.Length; f++)
        {
            result[f] = byNace[panel.FirmNace[f]];
        }

        return result;
    }

    private static bool GivenVa(FirmPanel panel, int r, MeasureColumns c)
    {
        if (!panel.Has(r, Rubric.ValueAddedGiven))
        {
            return false;
        }

        c.Va[r] = panel.Column(Rubric.ValueAddedGiven)![r];
        c.VaFormula[r] = FirmMeasures.GivenFormula;
        c.VaCodes[r] = 1u << (int)Rubric.ValueAddedGiven;
        return true;
    }

    // va.gross-margin: the full-scheme sum where the scheme is full and reports any of its components, else
    // 9900 − 76A where 9900 is reported; an abbreviated or micro filing without 9900 falls back to the full sum.
    private static bool GrossMarginVa(FirmPanel panel, int r, bool excludeSubsidies, MeasureColumns c)
    {
        const uint fullMask = (1u << (int)Rubric.Turnover) | (1u << (int)Rubric.StockChange)
            | (1u << (int)Rubric.OwnWorkCapitalised) | (1u << (int)Rubric.OtherOperatingIncome)
            | (1u << (int)Rubric.GoodsForResale) | (1u << (int)Rubric.ServicesAndOtherGoods);
        var present = panel.RowPresent[r];
        var hasFull = (present & fullMask) != 0;
        var hasShort = panel.Has(r, Rubric.GrossMargin);
        double va;
        uint codes;
        if (hasFull && (panel.RowScheme[r] == FilingScheme.Full || !hasShort))
        {
            va = 0;
            foreach (var rubric in ValueAddedCodes.FullIncome)
            {
                va += Component(panel, r, rubric);
            }

            foreach (var rubric in ValueAddedCodes.FullCost)
            {
                va -= Component(panel, r, rubric);
            }

            codes = present & fullMask;
        }
        else if (hasShort)
        {
            va = Component(panel, r, Rubric.GrossMargin) - Component(panel, r, Rubric.NonRecurringOperatingIncome);
            codes = present & ((1u << (int)Rubric.GrossMargin) | (1u << (int)Rubric.NonRecurringOperatingIncome));
        }
        else
        {
            return false;
        }

        if (excludeSubsidies && panel.Has(r, Rubric.OperatingSubsidies))
        {
            va -= panel.Column(Rubric.OperatingSubsidies)![r];
            codes |= 1u << (int)Rubric.OperatingSubsidies;
        }

        c.Va[r] = va;
        c.VaCodes[r] = codes;
        c.VaFormula[r] = FirmMeasures.GrossMarginFormula;
        return true;
    }

    private static double Component(FirmPanel panel, int r, Rubric rubric) =>
        panel.Has(r, rubric) ? panel.Column(rubric)![r] : 0.0;

    private static void Deflate(
        DeflatorTable deflators, int division, int year, int r, MeasureColumns c, SortedDictionary<(int, int), int> missing)
    {
        if (deflators.Index(division, year) is { } index)
        {
            c.Va[r] /= index / 100.0;
            c.Flags[r] |= MeasureSet.Deflated;
            return;
        }

        c.Flags[r] &= ~MeasureSet.Va;
        c.VaFormula[r] = FirmMeasures.NoFormula;
        c.VaCodes[r] = 0;
        c.Va[r] = 0;
        missing[(division, year)] = missing.GetValueOrDefault((division, year)) + 1;
    }

    private static void RatioMeasures(FirmPanel panel, int r, Rubric[] fteSources, double minFte, MeasureColumns c)
    {
        c.FteSource[r] = -1;
        foreach (var source in fteSources)
        {
            if (panel.Has(r, source))
            {
                c.Fte[r] = panel.Column(source)![r];
                c.FteSource[r] = (sbyte)source;
                c.Flags[r] |= MeasureSet.Fte;
                break;
            }
        }

        var hasVa = (c.Flags[r] & MeasureSet.Va) != 0;
        var fteOk = c.FteSource[r] >= 0 && c.Fte[r] > 0 && c.Fte[r] >= minFte;
        if (hasVa && fteOk)
        {
            c.Lp[r] = c.Va[r] / c.Fte[r];
            c.Flags[r] |= MeasureSet.Lp;
        }

        if (panel.Has(r, Rubric.Remuneration))
        {
            var wages = panel.Column(Rubric.Remuneration)![r];
            if (fteOk)
            {
                c.WageCostPerFte[r] = wages / c.Fte[r];
                c.Flags[r] |= MeasureSet.WageCostPerFte;
            }

            if (hasVa && c.Va[r] > 0)
            {
                c.WageShare[r] = wages / c.Va[r];
                c.Flags[r] |= MeasureSet.WageShare;
            }
        }

        if (fteOk && panel.Has(r, Rubric.TangibleFixedAssets))
        {
            c.CapitalIntensity[r] = panel.Column(Rubric.TangibleFixedAssets)![r] / c.Fte[r];
            c.Flags[r] |= MeasureSet.CapitalIntensity;
        }
    }

    private static void GrowthMeasures(int r, MeasureColumns c)
    {
        var p = r - 1;
        Set(MeasureSet.Va, c.Va, c.VaGrowth, MeasureSet.VaGrowth);
        Set(MeasureSet.Fte, c.Fte, c.FteGrowth, MeasureSet.FteGrowth);
        Set(MeasureSet.Lp, c.Lp, c.LpGrowth, MeasureSet.LpGrowth);

        void Set(MeasureSet needs, double[] level, double[] growth, MeasureSet flag)
        {
            if ((c.Flags[p] & c.Flags[r] & needs) != 0 && Growth.LogChange(level[p], level[r]) is { } g)
            {
                growth[r] = g;
                c.Flags[r] |= flag;
            }
        }
    }
}
