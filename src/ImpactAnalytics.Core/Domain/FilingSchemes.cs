namespace ImpactAnalytics.Core.Domain;

/// <summary>Text forms of <see cref="FilingScheme"/> as filings and exports write them.</summary>
public static class FilingSchemes
{
    /// <summary>The Dutch NBB abbreviation: VOL, VKT or MIC.</summary>
    public static string Code(this FilingScheme scheme) => scheme switch
    {
        FilingScheme.Full => "VOL",
        FilingScheme.Abbreviated => "VKT",
        FilingScheme.Micro => "MIC",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "unknown filing scheme"),
    };

    /// <summary>
    /// Parses VOL/VKT/MIC, the French COMPLET/ABREGE/MICRO and the English full/abbreviated/micro (any case),
    /// and the NBB model-type prefixes m01 (full), m02 (abbreviated), m07/m08 (micro).
    /// </summary>
    public static Parsed<FilingScheme> Parse(ReadOnlySpan<char> text)
    {
        var s = text.Trim().ToString().ToUpperInvariant();
        return s switch
        {
            "VOL" or "FULL" or "COMPLET" or "C" or "M01" or "M81" => Parsed<FilingScheme>.Ok(FilingScheme.Full),
            "VKT" or "ABBREVIATED" or "ABREGE" or "ABRÉGÉ" or "A" or "M02" or "M82" => Parsed<FilingScheme>.Ok(FilingScheme.Abbreviated),
            "MIC" or "MICRO" or "M" or "M07" or "M08" or "M87" or "M88" => Parsed<FilingScheme>.Ok(FilingScheme.Micro),
            _ => Parsed<FilingScheme>.Fail($"filing scheme must be VOL, VKT or MIC, found '{text.ToString()}'"),
        };
    }
}
