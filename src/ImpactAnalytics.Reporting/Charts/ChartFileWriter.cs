using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>Writes a chart, with its captions, to PNG and SVG files (the same drawing as in the PDF).</summary>
public static partial class ChartFileWriter
{
    /// <summary>Writes a PNG of <see cref="ChartSize.PixelWidth"/> × <see cref="ChartSize.PixelHeight"/> pixels.</summary>
    public static void WritePng(ReportChart chart, ReportCulture culture, Stream output, ChartSize size)
    {
        using var picture = Record(chart, culture, size);
        WritePng(picture, output, size);
    }

    /// <summary>
    /// The chart drawn once into a picture of <see cref="ChartSize.Width"/> × <see cref="ChartSize.Height"/> units:
    /// played back into the PNG and into the SVG, it gives the bytes of drawing the chart into each directly.
    /// </summary>
    private static SKPicture Record(ReportChart chart, ReportCulture culture, ChartSize size)
    {
        var bounds = new SKRect(0, 0, size.Width, size.Height);
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(bounds);
        ChartPainter.Draw(canvas, bounds, chart, culture);
        return recorder.EndRecording();
    }

    private static void WritePng(SKPicture picture, Stream output, ChartSize size)
    {
        var info = new SKImageInfo(size.PixelWidth, size.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("Skia could not create a raster surface for the chart.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(size.PixelScale);
        canvas.DrawPicture(picture);
        canvas.Flush();
        // Filtered "up" and deflated at level 3 instead of Skia's default (every filter tried, level 6): the same
        // pixels in a file a few per cent larger, written ten times faster. A chart with no translucent pixel (the
        // usual case: it is drawn on white) is written as RGB, without its alpha channel of 255s.
        using var pixels = surface.PeekPixels();
        using var encoded = IsOpaque(pixels) ? pixels.WithAlphaType(SKAlphaType.Opaque) : null;
        using var data = (encoded ?? pixels).Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 3))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        data.SaveTo(output);
    }

    private static bool IsOpaque(SKPixmap pixels)
    {
        // RGBA8888: the alpha byte is the high byte of each little-endian 32-bit pixel.
        var words = MemoryMarshal.Cast<byte, uint>(pixels.GetPixelSpan());
        return words.IndexOfAnyExceptInRange(0xFF000000u, uint.MaxValue) < 0;
    }

    /// <summary>Writes an SVG of <see cref="ChartSize.Width"/> × <see cref="ChartSize.Height"/> units.</summary>
    public static void WriteSvg(ReportChart chart, ReportCulture culture, Stream output, ChartSize size)
    {
        using var picture = Record(chart, culture, size);
        WriteSvg(picture, output, size);
    }

    private static void WriteSvg(SKPicture picture, Stream output, ChartSize size)
    {
        var bounds = new SKRect(0, 0, size.Width, size.Height);
        // Skia writes the SVG in many small pieces: into native memory, not through a managed stream piece by piece.
        using var svg = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(bounds, svg))
        {
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(bounds, paint);
            canvas.DrawPicture(picture);
        }

        using var data = svg.DetachAsData();
        var bytes = Encoding.UTF8.GetBytes(NumberClipPaths(Encoding.UTF8.GetString(data.AsSpan())));
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>
    /// Skia names clip paths after a counter of the whole process ("cl_63e"), which depends on everything drawn
    /// before, and on other threads: they are renamed cl_1, cl_2, … in order of appearance, so the same chart gives
    /// the same file.
    /// </summary>
    internal static string NumberClipPaths(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathName().Replace(svg, match =>
        {
            if (!names.TryGetValue(match.Value, out var name))
            {
                name = "cl_" + (names.Count + 1).ToString(CultureInfo.InvariantCulture);
                names[match.Value] = name;
            }

            return name;
        });
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-f]+(?=[""\)])", RegexOptions.CultureInvariant)]
    private static partial Regex ClipPathName();

    /// <summary>
    /// Writes <c>{FileName}.png</c> and <c>{FileName}.svg</c> into <paramref name="directory"/> (created if need be)
    /// and returns their paths.
    /// </summary>
    public static (string PngPath, string SvgPath) WriteFiles(
        ReportChart chart, ReportCulture culture, string directory, ChartSize size)
    {
        // Draw into memory first, so that a chart that cannot be drawn leaves no empty file behind.
        using var picture = Record(chart, culture, size);
        using var png = new MemoryStream();
        WritePng(picture, png, size);
        using var svg = new MemoryStream();
        WriteSvg(picture, svg, size);

        Directory.CreateDirectory(directory);
        var pngPath = Path.Combine(directory, chart.FileName + ".png");
        var svgPath = Path.Combine(directory, chart.FileName + ".svg");
        File.WriteAllBytes(pngPath, png.ToArray());
        File.WriteAllBytes(svgPath, svg.ToArray());
        return (pngPath, svgPath);
    }
}
