using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Register;

/// <summary>Reads the classification edition as registers write it.</summary>
public static class NaceVersionNames
{
    /// <summary>
    /// Parses <c>NACE-BEL 2008</c> (also <c>nacebel2008</c>, <c>2008</c>), <c>NACE Rev. 2</c> (<c>rev2</c>, <c>2</c>)
    /// and <c>NACE Rev. 2.1</c> (<c>rev2.1</c>, <c>2.1</c>, <c>NACE-BEL 2025</c>), ignoring case, spaces, dots and
    /// hyphens. <c>null</c> when the text names no known edition.
    /// </summary>
    public static NaceVersion? Parse(string text)
    {
        var key = new string(text.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return key switch
        {
            "NACEBEL2008" or "NACEBEL" or "2008" or "BEL2008" => NaceVersion.NaceBel2008,
            "NACEREV2" or "REV2" or "2" or "NACE2" or "NACER2" => NaceVersion.Rev2,
            "NACEREV21" or "REV21" or "21" or "NACE21" or "NACEBEL2025" or "2025" => NaceVersion.Rev21,
            _ => null,
        };
    }
}
