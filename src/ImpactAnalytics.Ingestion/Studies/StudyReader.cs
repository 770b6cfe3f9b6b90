using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>Turns the root mapping of a study file into a <see cref="Study"/>, collecting every problem.</summary>
internal static partial class StudyReader
{
    private const int MinYear = 1950;
    private const int MaxYear = 2100;

    /// <summary>The study, or <c>null</c> when a problem was found.</summary>
    public static Study? Read(YamlMappingNode root, string fullPath, string sha256, StudyProblemList problems)
    {
        var s = new YamlSection(root, string.Empty, problems, StudyKeys.Root);
        var name = Name(s);
        var years = Years(s);
        var inputsSection = s.Section("inputs", StudyKeys.Inputs);
        if (inputsSection is null && s.Value("inputs") is null)
        {
            s.Required("inputs");
        }

        var inputs = inputsSection is null
            ? null
            : new InputsReader(inputsSection, Path.GetDirectoryName(fullPath)!).Read();
        var study = new Study
        {
            Name = name,
            Years = years,
            Inputs = inputs ?? new InputFiles { Register = string.Empty, Memberships = string.Empty, NaceFolder = string.Empty },
            Measures = SettingsReader.Measures(s.Section("measures", StudyKeys.Measures)),
            Benchmark = SettingsReader.Benchmark(s.Section("benchmark", StudyKeys.Benchmark)),
            Counterfactual = SettingsReader.Counterfactual(s.Section("counterfactual", StudyKeys.Counterfactual)),
            Disclosure = SettingsReader.Disclosure(s.Section("disclosure", StudyKeys.Disclosure)),
            Bootstrap = SettingsReader.Bootstrap(s.Section("bootstrap", StudyKeys.Bootstrap)),
            Report = SettingsReader.Report(s.Section("report", StudyKeys.Report)),
            SourcePath = fullPath,
            Sha256 = sha256,
        };
        return problems.Count == 0 ? study : null;
    }

    private static string Name(YamlSection s)
    {
        if (s.Required("name") is not { } node || !YamlValues.TryText(node, "name", s.Problems, out var name))
        {
            return string.Empty;
        }

        if (!NamePattern().IsMatch(name))
        {
            s.Problems.Add(node.Start, "name", StudyProblemCodes.OutOfRange,
                $"expected a name usable as a folder (letters, digits, '.', '_', '-', starting with a letter or digit); found '{name}'");
        }

        return name;
    }

    private static YearRange Years(YamlSection s)
    {
        if (s.Required("years") is not { } node || !YamlValues.TryText(node, "years", s.Problems, out var text))
        {
            return default;
        }

        var match = YearsPattern().Match(text);
        if (!match.Success)
        {
            s.Problems.Add(node.Start, "years", StudyProblemCodes.WrongType,
                $"expected a year range such as 2014-2023 (or one year); found '{text}'");
            return default;
        }

        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var last = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : first;
        if (first < MinYear || last > MaxYear || first > last)
        {
            YamlValues.OutOfRange(node, "years", s.Problems,
                string.Create(CultureInfo.InvariantCulture, $"first ≤ last, both from {MinYear} to {MaxYear}"), $"'{text}'");
        }

        return new YearRange(first, last);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearsPattern();
}
