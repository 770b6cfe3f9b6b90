namespace ImpactAnalytics.Ingestion.Tests.SecondReader;

/// <summary>One record: the 1-based physical line it starts on and its fields, unquoted and not trimmed.</summary>
internal sealed record CsvTableRow(long Line, IReadOnlyList<string> Fields);
