using ImpactAnalytics.Reporting.Layout;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Pdf;

/// <summary>
/// Lays content out top-down on A4 pages and records each page's drawing as deferred commands, so that the pages
/// can be numbered "p. 3 van 12" once their count is known. Lengths in points.
/// </summary>
internal sealed class PageComposer
{
    private readonly List<List<Action<SKCanvas>>> _pages = [];

    public PageComposer() => NewPage();

    /// <summary>The y of the next free line on the current page.</summary>
    public float Y { get; private set; }

    public static float Left => ReportStyle.MarginLeft;

    public static float Width => ReportStyle.ContentWidth;

    public static float Bottom => ReportStyle.PageHeight - ReportStyle.MarginBottom;

    public float Remaining => Bottom - Y;

    /// <summary>True when nothing has been placed on the current page yet.</summary>
    public bool AtPageTop => Y <= ReportStyle.MarginTop + 0.01f;

    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => _pages;

    public void NewPage()
    {
        _pages.Add([]);
        Y = ReportStyle.MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or the page is empty).</summary>
    public void EnsureSpace(float height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Vertical space, dropped at the top of a page.</summary>
    public void Space(float height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, Bottom);
        }
    }

    /// <summary>Records a drawing at the current y and moves down by <paramref name="height"/>.</summary>
    public void Place(float height, Action<SKCanvas, float> draw)
    {
        var top = Y;
        _pages[^1].Add(canvas => draw(canvas, top));
        Y += height;
    }
}
