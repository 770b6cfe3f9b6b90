namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// The commit of the checkout the tool runs from, read from the <c>.git</c> folder (no git executable needed),
/// for the run manifest. <c>null</c> when the tool does not run from a git checkout.
/// </summary>
public static class GitInfo
{
    /// <summary>The 40-hex commit id of HEAD, searching upward from <paramref name="start"/>.</summary>
    public static string? Commit(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (File.Exists(git))
            {
                // A worktree: ".git" is a file "gitdir: <path>".
                var line = File.ReadAllText(git).Trim();
                if (line.StartsWith("gitdir:", StringComparison.Ordinal))
                {
                    return FromGitDir(Path.GetFullPath(Path.Combine(dir.FullName, line[7..].Trim())));
                }
            }
            else if (Directory.Exists(git))
            {
                return FromGitDir(git);
            }
        }

        return null;
    }

    private static string? FromGitDir(string gitDir)
    {
        var headPath = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headPath))
        {
            return null;
        }

        var head = File.ReadAllText(headPath).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return head;
        }

        var reference = head[4..].Trim();
        var common = File.Exists(Path.Combine(gitDir, "commondir"))
            ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim()))
            : gitDir;
        foreach (var root in new[] { gitDir, common })
        {
            var refFile = Path.Combine(root, reference);
            if (File.Exists(refFile))
            {
                return File.ReadAllText(refFile).Trim();
            }

            var packed = Path.Combine(root, "packed-refs");
            if (File.Exists(packed))
            {
                foreach (var line in File.ReadLines(packed))
                {
                    if (line.EndsWith(" " + reference, StringComparison.Ordinal))
                    {
                        return line[..line.IndexOf(' ', StringComparison.Ordinal)];
                    }
                }
            }
        }

        return null;
    }
}
