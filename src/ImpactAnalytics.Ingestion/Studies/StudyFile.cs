using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// The front door of the study file (docs/study-file.md): reads the YAML, validates every key, fills in the
/// METHODS defaults, resolves input paths against the study file's folder and checks that they exist.
/// </summary>
public static class StudyFile
{
    /// <summary>
    /// Loads a study file. Problems with the file (syntax, unknown or missing keys, wrong types, out-of-range values,
    /// missing input files) are returned, all of them, never thrown.
    /// </summary>
    /// <param name="path">Path of the study file, absolute or relative to the working directory.</param>
    public static StudyLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new StudyProblemList(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(0, 0, string.Empty, StudyProblemCodes.Unreadable, $"expected a readable study file; {e.Message}");
            return StudyLoadResult.Fail(problems.InFileOrder());
        }

        var root = Parse(bytes, problems);
        var study = root is null
            ? null
            : StudyReader.Read(root, Path.GetFullPath(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), problems);
        return study is not null && problems.Count == 0
            ? StudyLoadResult.Ok(study)
            : StudyLoadResult.Fail(problems.InFileOrder());
    }

    private static YamlMappingNode? Parse(byte[] bytes, StudyProblemList problems)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(0, 0, string.Empty, StudyProblemCodes.Syntax, "expected UTF-8 text; found bytes that are not UTF-8");
            return null;
        }

        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text.TrimStart('\uFEFF')));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner ? $"{e.Message}: {inner.Message}" : e.Message;
            problems.Add(e.Start, string.Empty, StudyProblemCodes.Syntax, $"invalid YAML: {message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections; its position still tells where.
            problems.Add(scanner.CurrentPosition, string.Empty, StudyProblemCodes.Syntax,
                "invalid YAML: the parser could not continue here (an unclosed [ or { before this point?)");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            var at = stream.Documents.Count == 0 ? new Mark() : stream.Documents[1].RootNode.Start;
            problems.Add(at, string.Empty, StudyProblemCodes.Syntax,
                $"expected one YAML document; found {stream.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        problems.Add(root.Start, string.Empty, StudyProblemCodes.WrongType, $"expected a mapping of keys at the top level, found {YamlValues.Describe(root)}");
        return null;
    }
}
