using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>Where the long-form columns are in a file's header (-1: absent), and the file's shape for issues.</summary>
internal sealed record LongFormColumns(int Id, int Year, int End, int Scheme, int Code, int Value, int Period, int Months)
{
    /// <summary>Finds the columns by their accepted names.</summary>
    public static LongFormColumns Find(TableSource source) => new(
        source.Column("enterprise_number", "enterprisenumber", "ondernemingsnummer", "numero_entreprise", "kbo"),
        source.Column("year", "financial_year", "boekjaar"),
        source.Column("fiscal_year_end", "exercise_end", "end_date", "year_end"),
        source.Column("scheme", "model", "schema"),
        source.Column("code", "rubric", "rubriek"),
        source.Column("value", "amount", "waarde"),
        source.Column("period", "periode"),
        source.Column("months", "maanden"));

    /// <summary>Reports each required column the header lacks; <c>true</c> when none is missing.</summary>
    public bool Require(TableSource source)
    {
        var ok = source.Require(Id, "enterprise_number") & source.Require(Scheme, "scheme")
            & source.Require(Code, "code") & source.Require(Value, "value");
        if (Year < 0 && End < 0)
        {
            ok = source.Require(-1, "year (or fiscal_year_end)") && ok;
        }

        return ok;
    }
}
