using System.CommandLine;
using System.Globalization;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Cli.Commands;

/// <summary>
/// <c>impact sample</c>: writes a synthetic population (METHODS §8) as accounts.csv.gz, register.csv,
/// memberships.csv and truth.json. Arguments are checked before anything is written; the files appear only when
/// all four are complete.
/// </summary>
public static class SampleCommand
{
    /// <summary>Defaults that reproduce the embedded sample in data/sample/.</summary>
    public const int DefaultFirms = 3000;

    /// <inheritdoc cref="DefaultFirms"/>
    public const string DefaultYears = "2014-2023";

    /// <inheritdoc cref="DefaultFirms"/>
    public const long DefaultSeed = 20240501;

    /// <inheritdoc cref="DefaultFirms"/>
    public const double DefaultEffect = 0.03;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var firms = new Option<int>("--firms")
        {
            Description = "Number of firms in the register (incumbents and entrants).",
            DefaultValueFactory = _ => DefaultFirms,
        };
        var years = new Option<string>("--years")
        {
            Description = "Financial years, first-last, e.g. 2014-2023.",
            DefaultValueFactory = _ => DefaultYears,
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Seed of every random stream: the same seed gives the same files, byte for byte.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var effect = new Option<double>("--effect")
        {
            Description = "Planted effect of membership on value added per FTE from the joining year on (0.03 = +3 %).",
            DefaultValueFactory = _ => DefaultEffect,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write accounts.csv.gz, register.csv, memberships.csv and truth.json to.",
            Required = true,
        };

        var command = new Command("sample", "Write a synthetic population of Flemish firms with cluster memberships.");
        command.Options.Add(firms);
        command.Options.Add(years);
        command.Options.Add(seed);
        command.Options.Add(effect);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var settings = Settings(parse.GetValue(firms), parse.GetValue(years), parse.GetValue(seed), parse.GetValue(effect));
            var folder = parse.GetValue(output);
            if (string.IsNullOrWhiteSpace(folder))
            {
                throw CliException.Usage("--out needs a folder");
            }

            return Run(context, settings, folder);
        });
        return command;
    }

    /// <summary>Checks the arguments one by one, naming the option that is wrong.</summary>
    internal static PopulationSettings Settings(int firms, string? years, long seed, double effect)
    {
        if (firms is < 1 or > PopulationSettings.MaxFirms)
        {
            throw CliException.Usage(Invariant($"--firms must be between 1 and {PopulationSettings.MaxFirms:N0}, found {firms}"));
        }

        var (first, last) = ParseYears(years ?? string.Empty);
        if (!double.IsFinite(effect) || Math.Abs(effect) > PopulationSettings.MaxEffect)
        {
            throw CliException.Usage(Invariant(
                $"--effect must be between -{PopulationSettings.MaxEffect} and {PopulationSettings.MaxEffect} (0.03 = +3 %), found {effect}"));
        }

        var settings = new PopulationSettings(firms, first, last, seed, effect);
        return settings.Validate() is { } problem ? throw CliException.Usage(problem) : settings;
    }

    private static (int First, int Last) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            throw CliException.Usage($"--years must be two years joined by a dash, e.g. 2014-2023, found '{text}'");
        }

        if (first is < PopulationSettings.MinYear or > PopulationSettings.MaxYear
            || last is < PopulationSettings.MinYear or > PopulationSettings.MaxYear)
        {
            throw CliException.Usage(Invariant(
                $"--years must lie between {PopulationSettings.MinYear} and {PopulationSettings.MaxYear}, found '{text}'"));
        }

        return last < first
            ? throw CliException.Usage(Invariant($"--years must not end before they start: {last} is before {first}"))
            : (first, last);
    }

    private static int Run(CliContext context, PopulationSettings settings, string folder)
    {
        context.Progress(Invariant(
            $"sample: {settings.Firms:N0} firms, {settings.FirstYear}-{settings.LastYear}, seed {settings.Seed}, planted effect {settings.Effect:+0.###;-0.###;0}"));
        var step = Math.Max(1, settings.Firms / 10);
        GroundTruth truth;
        try
        {
            truth = SampleWriter.Write(settings, folder, done =>
            {
                if (done % step == 0 || done == settings.Firms)
                {
                    context.Progress(Invariant($"sample: {done:N0} of {settings.Firms:N0} firms"));
                }
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot write to --out '{folder}': {e.Message}");
        }

        context.Out.WriteLine(Invariant(
            $"wrote {Path.GetFullPath(folder)}: {settings.Firms:N0} firms, {truth.FirmYears:N0} firm-years, {truth.TreatedFirms:N0} treated firms, planted effect {truth.Effect:0.####} (log {truth.LogEffect:0.######})"));
        return ExitCodes.Ok;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
