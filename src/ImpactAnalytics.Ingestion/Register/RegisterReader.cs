using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Register;

/// <summary>
/// Reads the firm register: enterprise_number and nace required; name, nace_version, region and founded optional.
/// A malformed or unknown NACE code or version, a malformed enterprise number, or a second row for the same firm
/// rejects the row; a malformed founding year is a warning and leaves the year unknown.
/// </summary>
internal static class RegisterReader
{
    public static List<RegisterEntry> Read(TableSource source, IngestOptions options)
    {
        var entries = new List<RegisterEntry>();
        var idCol = source.Column("enterprise_number", "enterprisenumber", "ondernemingsnummer", "numero_entreprise", "kbo");
        var naceCol = source.Column("nace", "nace_code", "nacebel", "activity");
        if (!source.Require(idCol, "enterprise_number") | !source.Require(naceCol, "nace"))
        {
            return entries;
        }

        var nameCol = source.Column("name", "naam", "nom");
        var versionCol = source.Column("nace_version", "naceversion", "classification");
        var regionCol = source.Column("region", "province", "provincie", "arrondissement");
        var foundedCol = source.Column("founded", "founding_year", "oprichting", "start_date");
        var seen = new Dictionary<EnterpriseNumber, long>();
        var versions = new Dictionary<string, NaceVersion?>(StringComparer.Ordinal);
        // A register has a few hundred distinct codes among its firms: each valid one is parsed and looked up once.
        var codes = new Dictionary<(string Text, NaceVersion Version), NaceCode>();
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (source.Next())
        {
            if (!source.CheckShape() || !FieldChecks.Enterprise(source, idCol, out var id))
            {
                continue;
            }

            if (seen.TryGetValue(id, out var firstLine))
            {
                source.Reject(idCol, IssueCodes.RegisterDuplicate, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {id} is already in the register at line {firstLine}; the first row is kept"));
                continue;
            }

            if (!TryVersion(source, versionCol, options, versions, out var version) || !TryNace(source, naceCol, version, options, codes, out var nace))
            {
                continue;
            }

            seen.Add(id, source.Line);
            var region = source.Text(regionCol);
            if (!regions.TryGetValue(region, out var shared))
            {
                regions.Add(region, region);
                shared = region;
            }

            entries.Add(new RegisterEntry(id, source.Text(nameCol), nace, shared, Founded(source, foundedCol), source.Line));
        }

        return entries;
    }

    private static bool TryVersion(TableSource source, int column, IngestOptions options, Dictionary<string, NaceVersion?> versions, out NaceVersion version)
    {
        version = options.DefaultNaceVersion;
        var text = source.Text(column);
        if (text.Length == 0)
        {
            return true;
        }

        if (!versions.TryGetValue(text, out var known))
        {
            known = NaceVersionNames.Parse(text);
            versions.Add(text, known);
        }

        if (known is { } parsed)
        {
            version = parsed;
            return true;
        }

        source.Reject(column, IssueCodes.RegisterNaceVersion,
            $"nace_version must be NACE-BEL 2008, NACE Rev. 2 or NACE Rev. 2.1, found '{text}'");
        return false;
    }

    private static bool TryNace(
        TableSource source, int column, NaceVersion version, IngestOptions options, Dictionary<(string, NaceVersion), NaceCode> codes, out NaceCode nace)
    {
        var text = source.Text(column);
        if (codes.TryGetValue((text, version), out nace))
        {
            return true;
        }

        if (!TryNewNace(source, column, text, version, options, out nace))
        {
            return false;
        }

        codes.Add((text, version), nace);
        return true;
    }

    private static bool TryNewNace(TableSource source, int column, string text, NaceVersion version, IngestOptions options, out NaceCode nace)
    {
        nace = default;
        var parsed = NaceCode.Parse(text, version);
        if (!parsed.Success)
        {
            source.Reject(column, IssueCodes.RegisterNaceMalformed, parsed.Error!);
            return false;
        }

        nace = parsed.Value;
        if (options.NaceClassifications is not { } classifications || !classifications.TryGetValue(version, out var classification))
        {
            return true;
        }

        var known = classification.Contains(nace)
            || (version == NaceVersion.NaceBel2008 && nace.Level != NaceLevel.Subclass
                && classifications.TryGetValue(NaceVersion.Rev2, out var rev2) && rev2.Contains(nace.ToNaceRev2Class()));
        if (!known)
        {
            source.Reject(column, IssueCodes.RegisterNaceUnknown,
                $"NACE code '{nace.Code}' does not exist in {NaceCode.Describe(version)}");
        }

        return known;
    }

    private static int? Founded(TableSource source, int column)
    {
        var text = source.Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        // A full date (2004-05-17, 17/05/2004) gives its year; a bare year is the common case.
        if (FieldChecks.TryYear(text, out var year))
        {
            return year;
        }

        if (DateFields.TryParse(text, out var date))
        {
            return date.Year;
        }

        source.Log.Issue(source.File, source.Line, source.ColumnName(column), IssueCodes.RegisterFoundedMalformed,
            FieldChecks.YearMessage(source.ColumnName(column), text) + "; founding year left unknown", Severity.Warning);
        return null;
    }
}
