using System.Globalization;

namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// A code of an activity classification, with its version and level. The code is stored normalised:
/// section <c>C</c>, division <c>20</c>, group <c>20.1</c>, class <c>20.16</c>, NACE-BEL subclass <c>20160</c>.
/// <c>default</c> is not a valid code (empty text, version and level 0).
/// </summary>
/// <remarks>
/// Parsing checks the format and that the division exists in the version; whether a group or class exists is the
/// classification's business (<see cref="NaceClassification"/>), which the ingestion layer loads from
/// <c>data/nace/</c>.
/// </remarks>
public readonly record struct NaceCode : IComparable<NaceCode>
{
    private NaceCode(NaceVersion version, NaceLevel level, string code)
    {
        Version = version;
        Level = level;
        Code = code;
    }

    /// <summary>The classification edition.</summary>
    public NaceVersion Version { get; }

    /// <summary>Section, division, group, class or (NACE-BEL only) subclass.</summary>
    public NaceLevel Level { get; }

    /// <summary>The normalised code text (see the type's summary).</summary>
    public string Code { get; }

    /// <summary>The two-digit division number (1–99); 0 for a section.</summary>
    public int Division => Level == NaceLevel.Section
        ? 0
        : ((Code[0] - '0') * 10) + (Code[1] - '0');

    /// <summary>The section letter this code belongs to.</summary>
    public char Section => Level == NaceLevel.Section
        ? Code[0]
        : NaceSections.SectionOf(Division, Version) ?? throw new InvalidOperationException($"no section for {Code}");

    /// <summary>
    /// Parses a code in the given version. Accepts dotted or undotted digits (<c>20.16</c>, <c>2016</c>), a leading
    /// section letter as Eurostat writes it (<c>C2016</c>, <c>I561</c>), a section letter alone, and for NACE-BEL
    /// five-digit subclasses (<c>20160</c>, <c>20.160</c>).
    /// </summary>
    public static Parsed<NaceCode> Parse(ReadOnlySpan<char> text, NaceVersion version)
    {
        var s = text.Trim();
        if (s.IsEmpty)
        {
            return Parsed<NaceCode>.Fail("NACE code is empty");
        }

        if (s.Length == 1 && char.IsAsciiLetter(s[0]))
        {
            var letter = char.ToUpperInvariant(s[0]);
            return NaceSections.SectionExists(letter, version)
                ? Parsed<NaceCode>.Ok(new NaceCode(version, NaceLevel.Section, letter.ToString()))
                : Parsed<NaceCode>.Fail($"NACE section '{letter}' does not exist in {Describe(version)}");
        }

        char? givenSection = null;
        if (char.IsAsciiLetter(s[0]))
        {
            givenSection = char.ToUpperInvariant(s[0]);
            s = s[1..];
        }

        Span<char> digits = stackalloc char[5];
        var n = 0;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == digits.Length)
                {
                    return Parsed<NaceCode>.Fail($"NACE code '{text.ToString()}' has more than five digits");
                }

                digits[n++] = c;
            }
            else if (c != '.')
            {
                return Parsed<NaceCode>.Fail($"NACE code '{text.ToString()}' contains '{c}'");
            }
        }

        if (n < 2)
        {
            return Parsed<NaceCode>.Fail($"NACE code '{text.ToString()}' needs at least two digits");
        }

        if (n == 5 && version == NaceVersion.Rev2)
        {
            return Parsed<NaceCode>.Fail(
                $"NACE code '{text.ToString()}' has five digits: subclasses exist in NACE-BEL, not in {Describe(version)}");
        }

        if (n == 5 && version == NaceVersion.Rev21)
        {
            return Parsed<NaceCode>.Fail(
                $"NACE code '{text.ToString()}' has five digits: NACE-BEL 2025 subclasses are not supported; give the Rev. 2.1 class");
        }

        var division = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var section = NaceSections.SectionOf(division, version);
        if (section is null)
        {
            return Parsed<NaceCode>.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"NACE division {division:00} (from '{text.ToString()}') does not exist in {Describe(version)}"));
        }

        if (givenSection is not null && givenSection != section)
        {
            return Parsed<NaceCode>.Fail(
                $"NACE code '{text.ToString()}': division {division:00} is in section {section}, not {givenSection}");
        }

        var d = digits[..n];
        var (level, code) = n switch
        {
            2 => (NaceLevel.Division, new string(d)),
            3 => (NaceLevel.Group, string.Concat(d[..2], ".", d[2..])),
            4 => (NaceLevel.Class, string.Concat(d[..2], ".", d[2..])),
            _ => (NaceLevel.Subclass, new string(d)),
        };
        return Parsed<NaceCode>.Ok(new NaceCode(version, level, code));
    }

    /// <summary>Parses trusted text (constants, tests); throws <see cref="FormatException"/> when invalid.</summary>
    public static NaceCode ParseExact(string text, NaceVersion version)
    {
        var parsed = Parse(text, version);
        return parsed.Success ? parsed.Value : throw new FormatException(parsed.Error);
    }

    /// <summary>The code one level up (subclass → class → group → division → section); <c>null</c> for a section.</summary>
    public NaceCode? Parent => Level switch
    {
        NaceLevel.Section => null,
        NaceLevel.Division => new NaceCode(Version, NaceLevel.Section, Section.ToString()),
        NaceLevel.Group => new NaceCode(Version, NaceLevel.Division, Code[..2]),
        NaceLevel.Class => new NaceCode(Version, NaceLevel.Group, Code[..4]),
        NaceLevel.Subclass => new NaceCode(Version, NaceLevel.Class, string.Concat(Code.AsSpan(0, 2), ".", Code.AsSpan(2, 2))),
        _ => null,
    };

    /// <summary>The ancestor at <paramref name="level"/> (or this code when already there).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="level"/> is finer than this code's level.</exception>
    public NaceCode AtLevel(NaceLevel level)
    {
        if (level > Level)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"{Code} is at level {Level}, coarser than {level}");
        }

        var c = this;
        while (c.Level > level)
        {
            c = c.Parent!.Value;
        }

        return c;
    }

    /// <summary>
    /// For a NACE-BEL 2008 code: the same code in NACE Rev. 2 (a subclass rolls up to its class by its first four
    /// digits; coarser levels are identical). Rev. 2 and Rev. 2.1 codes are returned unchanged.
    /// </summary>
    public NaceCode ToNaceRev2Class()
    {
        if (Version != NaceVersion.NaceBel2008)
        {
            return this;
        }

        var c = Level == NaceLevel.Subclass ? Parent!.Value : this;
        return new NaceCode(NaceVersion.Rev2, c.Level, c.Code);
    }

    /// <inheritdoc/>
    public int CompareTo(NaceCode other)
    {
        var v = Version.CompareTo(other.Version);
        return v != 0 ? v : string.CompareOrdinal(SortKey, other.SortKey);
    }

    // Sections sort before their divisions: "C" < "C20" < "C20.1" …
    private string SortKey => Level == NaceLevel.Section ? Code : string.Concat(Section.ToString(), Code);

    /// <summary>The normalised code, e.g. <c>20.16</c>.</summary>
    public override string ToString() => Code ?? string.Empty;

    /// <summary>A readable name of a version for messages.</summary>
    public static string Describe(NaceVersion version) => version switch
    {
        NaceVersion.Rev2 => "NACE Rev. 2",
        NaceVersion.NaceBel2008 => "NACE-BEL 2008",
        NaceVersion.Rev21 => "NACE Rev. 2.1",
        _ => version.ToString(),
    };

    public static bool operator <(NaceCode left, NaceCode right) => left.CompareTo(right) < 0;

    public static bool operator >(NaceCode left, NaceCode right) => left.CompareTo(right) > 0;

    public static bool operator <=(NaceCode left, NaceCode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(NaceCode left, NaceCode right) => left.CompareTo(right) >= 0;
}
