namespace ImpactAnalytics.Ingestion.Text;

/// <summary>What the first bytes of an input file look like.</summary>
internal enum ProbeKind
{
    Text,
    Empty,
    Binary,
    Zip,
    Utf16,
}
