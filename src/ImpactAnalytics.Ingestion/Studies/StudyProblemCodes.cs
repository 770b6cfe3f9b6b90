namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The stable codes of <see cref="StudyProblem"/>.</summary>
public static class StudyProblemCodes
{
    /// <summary>The study file does not exist or cannot be read.</summary>
    public const string Unreadable = "study.unreadable";

    /// <summary>The text is not valid YAML (or is empty, or holds more than one document).</summary>
    public const string Syntax = "study.syntax";

    /// <summary>A key the study file does not know; the message suggests the nearest known key.</summary>
    public const string UnknownKey = "study.unknown-key";

    /// <summary>A required key is absent.</summary>
    public const string MissingKey = "study.missing-key";

    /// <summary>A value of the wrong kind: a list where a number belongs, text where true/false belongs, …</summary>
    public const string WrongType = "study.wrong-type";

    /// <summary>A number outside its allowed range, or two values that contradict each other (low ≥ high).</summary>
    public const string OutOfRange = "study.out-of-range";

    /// <summary>A word outside the allowed set (e.g. <c>nace_level: klass</c>).</summary>
    public const string UnknownWord = "study.unknown-word";

    /// <summary>Keys that exclude each other are both given (<c>accounts</c> and <c>firm_years</c>).</summary>
    public const string Conflict = "study.conflict";

    /// <summary>An input file or folder does not exist.</summary>
    public const string MissingFile = "study.missing-file";
}
