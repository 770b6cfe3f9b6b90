namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// One <c>impact run</c> of the embedded sample study into a temporary folder, with the report's text read back by
/// PdfPig; the folder is deleted on dispose. A run takes about 20 s, so test classes share it via IClassFixture.
/// </summary>
public sealed class SampleRun : IDisposable
{
    public SampleRun()
        : this(["--language", "nl"])
    {
    }

    private SampleRun(string[] extra)
    {
        Folder = Directory.CreateTempSubdirectory("impact-run-").FullName;
        Output = Path.Combine(Folder, "out");
        (Code, Out, Error) = Cli.Run(["run", RepoPaths.SampleStudy, "--out", Output, "--quiet", .. extra]);
        Pages = File.Exists(PathOf("report.pdf")) ? PdfLines.Read(PathOf("report.pdf")) : [];
    }

    /// <summary>The temporary folder holding <see cref="Output"/>; free for a test's own files.</summary>
    public string Folder { get; }

    /// <summary>The run's output folder (<c>--out</c>).</summary>
    public string Output { get; }

    public int Code { get; }

    public string Out { get; }

    public string Error { get; }

    /// <summary>The lines of text of each page of report.pdf, no-break spaces as spaces, one space between words.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pages { get; }

    public string PdfText => string.Join('\n', Pages.Select(p => string.Join('\n', p)));

    /// <summary>Runs the sample with extra arguments (e.g. another language) into a folder of its own.</summary>
    public static SampleRun With(params string[] extra) => new(extra);

    public string PathOf(string relative) => Path.Combine(Output, relative);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
