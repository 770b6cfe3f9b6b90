using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>One NBB CBSO JSON filing as read, before validation; texts as found (empty when absent).</summary>
internal sealed class CbsoFiling(string file, FileTally tally)
{
    public string File { get; } = file;

    public FileTally Tally { get; } = tally;

    public string Reference { get; set; } = string.Empty;

    public string EnterpriseNumber { get; set; } = string.Empty;

    public string DepositDate { get; set; } = string.Empty;

    public string ModelType { get; set; } = string.Empty;

    public string StartDate { get; set; } = string.Empty;

    public string EndDate { get; set; } = string.Empty;

    public List<CbsoRubric> Rubrics { get; } = [];

    /// <summary>The original fields of a rubric entry for quarantine, in <see cref="CbsoJsonReader.Columns"/> order.</summary>
    public string[] Fields(CbsoRubric r) => [File, Reference, EnterpriseNumber, EndDate, DepositDate, ModelType, r.Code, r.Period, r.Value];
}
