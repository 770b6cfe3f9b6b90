namespace ImpactAnalytics.Core.Domain;

/// <summary>The hierarchical level of a NACE code, from the broadest (section) to the Belgian subclass.</summary>
public enum NaceLevel : byte
{
    /// <summary>A letter, e.g. <c>C</c>.</summary>
    Section = 1,

    /// <summary>Two digits, e.g. <c>20</c>.</summary>
    Division = 2,

    /// <summary>Three digits, written <c>20.1</c>.</summary>
    Group = 3,

    /// <summary>Four digits, written <c>20.16</c>.</summary>
    Class = 4,

    /// <summary>Five digits, NACE-BEL only, written without dots: <c>20160</c>.</summary>
    Subclass = 5,
}
