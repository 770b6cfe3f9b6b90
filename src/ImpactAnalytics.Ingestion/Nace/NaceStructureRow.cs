using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Nace;

/// <summary>One row of a NACE structure file, as written (before the code is parsed).</summary>
/// <param name="Line">1-based line where the row starts.</param>
/// <param name="Level">Section, division, group or class: which code column is filled.</param>
/// <param name="Code">The code text as written, e.g. <c>01.11</c>.</param>
/// <param name="Label">The activity label with runs of white space (line breaks included) made one space.</param>
/// <param name="Section">The letter of the section row above this row (the row's own letter for a section).</param>
internal sealed record NaceStructureRow(long Line, NaceLevel Level, string Code, string Label, char Section);
