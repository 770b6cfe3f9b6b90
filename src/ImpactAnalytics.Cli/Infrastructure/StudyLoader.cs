using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>Loads the study file for <c>run</c> and <c>validate</c>, turning every problem into one clear exit.</summary>
public static class StudyLoader
{
    /// <summary>The study every command uses when none is given, relative to the working folder.</summary>
    public const string DefaultStudy = "data/sample/study.yaml";

    /// <summary>
    /// Loads and validates the study, or throws <see cref="CliException"/> (exit 1) whose message lists every
    /// problem as <c>file:line:column: key: message</c>.
    /// </summary>
    public static Study Load(string? path)
    {
        var given = path ?? DefaultStudy;
        if (!File.Exists(given))
        {
            var hint = path is null
                ? " (run from the repository root, or name a study file: impact run path/to/study.yaml)"
                : string.Empty;
            throw CliException.BadInput($"study file '{given}' not found{hint}");
        }

        var result = StudyFile.Load(given);
        if (result.Study is { } study && result.Problems.Count == 0)
        {
            return study;
        }

        var lines = result.Problems.Select(p => p.ToString());
        throw CliException.BadInput(
            $"the study file has {result.Problems.Count} problem(s):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", lines));
    }
}
