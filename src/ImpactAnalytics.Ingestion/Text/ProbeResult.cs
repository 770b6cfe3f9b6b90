using System.Text;

namespace ImpactAnalytics.Ingestion.Text;

/// <summary>The classification of a file's first bytes: its kind, its text encoding and the BOM length to skip.</summary>
internal readonly record struct ProbeResult(ProbeKind Kind, Encoding Encoding, int BomLength);
