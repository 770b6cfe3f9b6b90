using System.Globalization;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// Writes a command's output into a hidden staging folder beside the target and moves it into place only when
/// everything succeeded, so a failed or interrupted run never leaves a half-written output folder that looks
/// complete. A stale staging folder from a killed run is removed by the next run.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private bool _committed;

    private OutputStaging(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The final output folder.</summary>
    public string Target { get; }

    /// <summary>The folder to write into until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>
    /// Prepares a staging folder for <paramref name="target"/>; throws <see cref="CliException"/> (exit 2) with one
    /// clear line when the parent folder cannot be created or written.
    /// </summary>
    public static OutputStaging Begin(string target)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))
            ?? throw CliException.Usage($"cannot write output to '{target}': it has no parent folder");
        var name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (File.Exists(full))
        {
            throw CliException.Usage($"cannot write output to '{target}': a file of that name exists");
        }

        for (var dir = parent; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                throw CliException.Usage($"cannot write output to '{target}': '{dir}' is a file, not a folder");
            }
        }

        try
        {
            Directory.CreateDirectory(parent);
            foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
            {
                Directory.Delete(stale, recursive: true);
            }

            var staging = Path.Combine(
                parent, string.Create(CultureInfo.InvariantCulture, $".{name}.staging-{Environment.ProcessId}"));
            Directory.CreateDirectory(staging);
            return new OutputStaging(full, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot write output to '{target}': {e.Message}");
        }
    }

    /// <summary>A path inside the staging folder, creating its sub-folder.</summary>
    public string PathOf(string relative)
    {
        var path = Path.Combine(Staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Replaces the target folder by the staged output.</summary>
    public void Commit()
    {
        try
        {
            if (Directory.Exists(Target))
            {
                Directory.Delete(Target, recursive: true);
            }

            Directory.Move(Staging, Target);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot replace output folder '{Target}': {e.Message}");
        }
    }

    /// <summary>Removes the staging folder when the output was not committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            try
            {
                Directory.Delete(Staging, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the next run removes stale staging folders.
            }
        }
    }
}
