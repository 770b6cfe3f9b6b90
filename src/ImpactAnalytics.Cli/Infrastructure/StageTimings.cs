using System.Diagnostics;
using System.Globalization;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// Announces the stages of a long command and times them: a live Spectre.Console display on a terminal, plain
/// lines ("[   1.2 s] ingest") when standard error is redirected (CI, logs), nothing with <c>--quiet</c>.
/// The timings go into the run manifest.
/// </summary>
public sealed class StageTimings
{
    private readonly CliContext _context;
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<(string Stage, double Seconds)> _done = [];
    private readonly Action<string>? _live;

    /// <summary>Creates a reporter; <paramref name="live"/> receives stage names for a live display, if any.</summary>
    public StageTimings(CliContext context, Action<string>? live = null)
    {
        _context = context;
        _live = live;
    }

    /// <summary>The finished stages with their wall-clock seconds, in order.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Done => _done;

    /// <summary>Total seconds since the reporter was created.</summary>
    public double TotalSeconds => _total.Elapsed.TotalSeconds;

    /// <summary>Runs one stage, announcing and timing it.</summary>
    public T Run<T>(string stage, Func<T> work)
    {
        if (_live is not null)
        {
            _live(stage);
        }
        else
        {
            _context.Progress(string.Create(CultureInfo.InvariantCulture, $"[{_total.Elapsed.TotalSeconds,6:0.0} s] {stage}"));
        }

        var watch = Stopwatch.StartNew();
        var result = work();
        _done.Add((stage, watch.Elapsed.TotalSeconds));
        return result;
    }

    /// <summary>Runs one stage without a result.</summary>
    public void Run(string stage, Action work) => Run(stage, () =>
    {
        work();
        return true;
    });
}
