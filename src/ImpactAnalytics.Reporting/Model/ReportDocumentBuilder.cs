using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Model;

/// <summary>Builds a <see cref="ReportDocument"/> block by block, in reading order.</summary>
public sealed class ReportDocumentBuilder
{
    private readonly ReportMetadata _metadata;
    private readonly List<ReportBlock> _blocks = [];

    public ReportDocumentBuilder(ReportMetadata metadata) => _metadata = metadata;

    public ReportDocumentBuilder Heading(string text, int level = 1) => Add(new HeadingBlock(text, level));

    public ReportDocumentBuilder Paragraph(string text) => Add(new ParagraphBlock(text));

    public ReportDocumentBuilder Bullets(params string[] items) => Add(new BulletsBlock(items));

    public ReportDocumentBuilder Table(ReportTable table) => Add(new TableBlock(table));

    public ReportDocumentBuilder Chart(ReportChart chart, double aspectRatio = 0.62) =>
        Add(new ChartBlock(chart, aspectRatio));

    public ReportDocumentBuilder PageBreak() => Add(new PageBreakBlock());

    /// <summary>Starts the method annex on a new page under its heading in the report language.</summary>
    public ReportDocumentBuilder MethodAnnex() =>
        PageBreak().Heading(ReportTexts.For(_metadata.Language).MethodAnnexTitle);

    public ReportDocumentBuilder Add(ReportBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    public ReportDocument Build() => new(_metadata, _blocks.ToArray());
}
