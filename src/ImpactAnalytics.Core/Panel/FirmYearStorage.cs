using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Panel;

/// <summary>
/// Direct write access to a <see cref="FirmPanelBuilder"/>'s firm-year fields, one element per row added so far
/// (<see cref="FirmPanelBuilder.FirmYearStorage"/>): what <see cref="FirmPanelBuilder.AddFirmYear"/> would store.
/// </summary>
public readonly ref struct FirmYearStorage
{
    internal FirmYearStorage(Span<int> firm, Span<int> year, Span<FilingScheme> scheme, Span<byte> months)
    {
        Firm = firm;
        Year = year;
        Scheme = scheme;
        Months = months;
    }

    /// <summary>Per row the firm's builder index (as <see cref="FirmPanelBuilder.AddFirm"/> returned it).</summary>
    public Span<int> Firm { get; }

    /// <summary>Per row the financial year.</summary>
    public Span<int> Year { get; }

    /// <summary>Per row the filing scheme.</summary>
    public Span<FilingScheme> Scheme { get; }

    /// <summary>Per row the length of the financial year in months, 1 to 36.</summary>
    public Span<byte> Months { get; }
}
