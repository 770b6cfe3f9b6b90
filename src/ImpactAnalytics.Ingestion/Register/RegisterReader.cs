using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
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
    /// <summary>
    /// Reads the register into <paramref name="builder"/> (which holds no firm yet), in file order, and appends each
    /// accepted firm's number to <paramref name="firmIds"/>.
    /// </summary>
    public static void Read(TableSource source, IngestOptions options, FirmPanelBuilder builder, List<EnterpriseNumber> firmIds)
    {
        if (builder.FirmCount != 0)
        {
            throw new ArgumentException("the register is read into a builder without firms", nameof(builder));
        }

        var idCol = source.Column("enterprise_number", "enterprisenumber", "ondernemingsnummer", "numero_entreprise", "kbo");
        var naceCol = source.Column("nace", "nace_code", "nacebel", "activity");
        if (!source.Require(idCol, "enterprise_number") | !source.Require(naceCol, "nace"))
        {
            return;
        }

        var nameCol = source.Column("name", "naam", "nom");
        var versionCol = source.Column("nace_version", "naceversion", "classification");
        var regionCol = source.Column("region", "province", "provincie", "arrondissement");
        var foundedCol = source.Column("founded", "founding_year", "oprichting", "start_date");
        var capacity = 0;
        if (source is CsvSource { EstimatedRecords: > 0 } csv)
        {
            // A little over the estimate, so that a register of longer-than-sampled rows does not double the storage.
            capacity = csv.EstimatedRecords + (csv.EstimatedRecords / 32);
            builder.EnsureFirmCapacity(capacity);
            firmIds.EnsureCapacity(firmIds.Count + capacity);
        }

        // The builder's index finds a second row for a firm; the line of the first is kept here, by builder index.
        var lines = new List<long>(capacity);
        var fields = new FieldReader(source);
        var versions = new Dictionary<string, NaceVersion?>(StringComparer.Ordinal);
        // A register has a few hundred distinct codes among its firms: each valid one is parsed and looked up once.
        var codes = new Dictionary<(string Text, NaceVersion Version), NaceCode>();
        while (source.Next())
        {
            if (!source.CheckShape() || !fields.Enterprise(idCol, out var id))
            {
                continue;
            }

            if (builder.IndexOf(id) is var index and >= 0)
            {
                source.Reject(idCol, IssueCodes.RegisterDuplicate, string.Create(
                    CultureInfo.InvariantCulture,
                    $"firm {id} is already in the register at line {lines[index]}; the first row is kept"));
                continue;
            }

            if (!TryVersion(source, fields.Shared(versionCol), versionCol, options, versions, out var version)
                || !TryNace(source, fields.Shared(naceCol), naceCol, version, options, codes, out var nace))
            {
                continue;
            }

            lines.Add(source.Line);
            var region = fields.Shared(regionCol);
            builder.AddFirm(id, source.Text(nameCol), nace, region, Founded(source, fields.Shared(foundedCol), foundedCol));
            firmIds.Add(id);
        }
    }

    private static bool TryVersion(
        TableSource source, string text, int column, IngestOptions options, Dictionary<string, NaceVersion?> versions, out NaceVersion version)
    {
        version = options.DefaultNaceVersion;
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
        TableSource source, string text, int column, NaceVersion version, IngestOptions options, Dictionary<(string, NaceVersion), NaceCode> codes,
        out NaceCode nace)
    {
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

    private static int? Founded(TableSource source, string text, int column)
    {
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
