namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// The edition of the activity classification a code belongs to. A code means nothing without it: section
/// letters shift from J onwards between Rev. 2 and Rev. 2.1.
/// </summary>
public enum NaceVersion : byte
{
    /// <summary>NACE Rev. 2 (Regulation 1893/2006): 21 sections, 88 divisions, 272 groups, 615 classes.</summary>
    Rev2 = 1,

    /// <summary>NACE-BEL 2008: NACE Rev. 2 plus Belgian five-digit subclasses; its first four digits are the Rev. 2 class.</summary>
    NaceBel2008 = 2,

    /// <summary>NACE Rev. 2.1 (Delegated Regulation 2023/137): 22 sections (A–V), 87 divisions, 287 groups, 651 classes.</summary>
    Rev21 = 3,
}
