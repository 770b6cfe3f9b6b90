namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>One entry of a filing's <c>Rubrics</c> array, texts as found, with the line its object starts on.</summary>
internal sealed record CbsoRubric(long Line, string Code, string Period, string Value);
