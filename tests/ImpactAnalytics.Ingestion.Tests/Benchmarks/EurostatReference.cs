namespace ImpactAnalytics.Ingestion.Tests.Benchmarks;

/// <summary>The real Eurostat responses copied to the test output (Reference/eurostat/ATTRIBUTION.md).</summary>
internal static class EurostatReference
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Reference", "eurostat");

    public static string Turnover => Path.Combine(Folder, "eurostat_sbs_na_1a_se_r2_I561-I563_V12110_2018-2020.json");

    public static string PersonsEmployed => Path.Combine(Folder, "eurostat_sbs_na_1a_se_r2_I561-I563_V16110_2018-2020.json");

    public static string Tidy => Path.Combine(Folder, "eurostat_sbs_na_1a_se_r2_I561-I563_tidy.csv");
}
