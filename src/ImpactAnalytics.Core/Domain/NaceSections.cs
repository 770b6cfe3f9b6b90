namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// Division → section tables of NACE Rev. 2 and Rev. 2.1, derived from the classification files in
/// <c>data/nace/</c> (a test in ImpactAnalytics.Ingestion.Tests checks them against those files).
/// </summary>
internal static class NaceSections
{
    // (first division, last division, section), from data/nace/nace_rev2_structure.csv.
    private static readonly (int From, int To, char Section)[] Rev2Ranges =
    [
        (1, 3, 'A'), (5, 9, 'B'), (10, 33, 'C'), (35, 35, 'D'), (36, 39, 'E'), (41, 43, 'F'), (45, 47, 'G'),
        (49, 53, 'H'), (55, 56, 'I'), (58, 63, 'J'), (64, 66, 'K'), (68, 68, 'L'), (69, 75, 'M'), (77, 82, 'N'),
        (84, 84, 'O'), (85, 85, 'P'), (86, 88, 'Q'), (90, 93, 'R'), (94, 96, 'S'), (97, 98, 'T'), (99, 99, 'U'),
    ];

    // From data/nace/nace_rev2_1_structure.csv: division 45 is gone and sections shift from J (publishing) on.
    private static readonly (int From, int To, char Section)[] Rev21Ranges =
    [
        (1, 3, 'A'), (5, 9, 'B'), (10, 33, 'C'), (35, 35, 'D'), (36, 39, 'E'), (41, 43, 'F'), (46, 47, 'G'),
        (49, 53, 'H'), (55, 56, 'I'), (58, 60, 'J'), (61, 63, 'K'), (64, 66, 'L'), (68, 68, 'M'), (69, 75, 'N'),
        (77, 82, 'O'), (84, 84, 'P'), (85, 85, 'Q'), (86, 88, 'R'), (90, 93, 'S'), (94, 96, 'T'), (97, 98, 'U'),
        (99, 99, 'V'),
    ];

    private static readonly HashSet<int> Rev2Gaps = [4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89];
    private static readonly HashSet<int> Rev21Gaps = [4, 34, 40, 44, 45, 48, 54, 57, 67, 76, 83, 89];

    /// <summary>The section letter of a division, or <c>null</c> when the division does not exist in that version.</summary>
    public static char? SectionOf(int division, NaceVersion version)
    {
        var (ranges, gaps) = version == NaceVersion.Rev21 ? (Rev21Ranges, Rev21Gaps) : (Rev2Ranges, Rev2Gaps);
        if (gaps.Contains(division))
        {
            return null;
        }

        foreach (var (from, to, section) in ranges)
        {
            if (division >= from && division <= to)
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>Whether a section letter exists in that version.</summary>
    public static bool SectionExists(char section, NaceVersion version) =>
        section >= 'A' && section <= (version == NaceVersion.Rev21 ? 'V' : 'U');

    /// <summary>Every division of a version, ascending.</summary>
    public static IEnumerable<(int Division, char Section)> Divisions(NaceVersion version)
    {
        var ranges = version == NaceVersion.Rev21 ? Rev21Ranges : Rev2Ranges;
        var gaps = version == NaceVersion.Rev21 ? Rev21Gaps : Rev2Gaps;
        foreach (var (from, to, section) in ranges)
        {
            for (var d = from; d <= to; d++)
            {
                if (!gaps.Contains(d))
                {
                    yield return (d, section);
                }
            }
        }
    }
}
