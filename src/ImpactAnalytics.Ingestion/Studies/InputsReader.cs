using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// Reads <c>inputs</c>: resolves every path against the study file's folder, checks that it exists, and finds the
/// NACE folder (<c>inputs.nace_folder</c>, else the first <c>data/nace</c> folder at or above the study file).
/// </summary>
internal sealed class InputsReader(YamlSection inputs, string studyFolder)
{
    private readonly StudyProblemList _problems = inputs.Problems;

    public InputFiles Read()
    {
        var accounts = inputs.Value("accounts");
        var firmYears = inputs.Value("firm_years");
        if (accounts is not null && firmYears is not null)
        {
            _problems.Add(firmYears.Start, inputs.KeyPath("firm_years"), StudyProblemCodes.Conflict,
                "expected either 'accounts' or 'firm_years'; found both");
        }
        else if (accounts is null && firmYears is null)
        {
            _problems.Add(inputs.Start, inputs.KeyPath("accounts"), StudyProblemCodes.MissingKey,
                "expected key 'accounts' (NBB annual accounts) or 'firm_years' (a tidy firm-year table) in 'inputs'; found neither");
        }

        var columns = inputs.Value("columns");
        if (columns is not null && firmYears is null)
        {
            _problems.Add(columns.Start, inputs.KeyPath("columns"), StudyProblemCodes.Conflict,
                "expected 'columns' only together with 'firm_years'; found it without");
        }

        return new InputFiles
        {
            Accounts = accounts is null ? null : Path(accounts, inputs.KeyPath("accounts"), allowFolder: true),
            FirmYears = firmYears is null ? null : Path(firmYears, inputs.KeyPath("firm_years"), allowFolder: false),
            FirmYearColumns = Columns(columns),
            Register = Required("register"),
            Memberships = Required("memberships"),
            ExternalBenchmarks = ExternalBenchmarks(),
            NaceFolder = NaceFolder(),
        };
    }

    /// <summary>The first <c>data/nace</c> folder in <paramref name="folder"/> or any folder above it.</summary>
    internal static string? FindNaceFolder(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data", "nace");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private string Required(string key) =>
        inputs.Required(key) is { } node ? Path(node, inputs.KeyPath(key), allowFolder: false) : string.Empty;

    private string[] ExternalBenchmarks() =>
        inputs.Items("external_benchmarks") is { } items
            ? items.Select(i => Path(i.Node, i.Path, allowFolder: false)).ToArray()
            : [];

    private string NaceFolder()
    {
        if (inputs.Value("nace_folder") is { } node)
        {
            return Path(node, inputs.KeyPath("nace_folder"), allowFolder: true, requireFolder: true);
        }

        var found = FindNaceFolder(studyFolder);
        if (found is null)
        {
            _problems.Add(inputs.Start, inputs.KeyPath("nace_folder"), StudyProblemCodes.MissingFile,
                $"expected a data/nace folder in '{studyFolder}' or a folder above it, or the key 'inputs.nace_folder'; found neither");
            return string.Empty;
        }

        return found;
    }

    private Dictionary<string, string> Columns(YamlNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return map;
        }

        if (node is not YamlMappingNode mapping)
        {
            _problems.Add(node.Start, inputs.KeyPath("columns"), StudyProblemCodes.WrongType,
                $"expected a mapping of engine field → column header, found {YamlValues.Describe(node)}");
            return map;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var path = inputs.KeyPath("columns") + "." + ((key as YamlScalarNode)?.Value ?? "?");
            if (YamlValues.TryText(key, path, _problems, out var field)
                && YamlValues.TryText(value, path, _problems, out var header))
            {
                map[field] = header;
            }
        }

        return map;
    }

    private string Path(YamlNode node, string keyPath, bool allowFolder, bool requireFolder = false)
    {
        if (!YamlValues.TryText(node, keyPath, _problems, out var text))
        {
            return string.Empty;
        }

        string full;
        try
        {
            full = System.IO.Path.GetFullPath(System.IO.Path.Combine(studyFolder, text.Trim()));
        }
        catch (ArgumentException)
        {
            _problems.Add(node.Start, keyPath, StudyProblemCodes.WrongType, $"expected a file path; found '{text}'");
            return string.Empty;
        }

        var exists = requireFolder
            ? Directory.Exists(full)
            : File.Exists(full) || (allowFolder && Directory.Exists(full));
        if (!exists)
        {
            var what = requireFolder ? "folder" : allowFolder ? "file or folder" : "file";
            Report(node.Start, keyPath, $"expected an existing {what} (paths are relative to the study file); found no '{full}'");
        }

        return full;
    }

    private void Report(Mark at, string keyPath, string message) =>
        _problems.Add(at, keyPath, StudyProblemCodes.MissingFile, message);
}
