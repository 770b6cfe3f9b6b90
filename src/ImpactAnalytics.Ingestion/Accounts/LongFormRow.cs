using System.Runtime.InteropServices;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// A long-form row that passed every check a row can pass on its own, waiting for the in-order pivot (which alone
/// can tell a duplicate or a scheme conflict). <see cref="RecordStart"/>..<see cref="RecordEnd"/> locate its bytes
/// in the block, so the rare row the pivot rejects can be read again for quarantine.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct LongFormRow
{
    public double Value;
    public long Line;
    public int Firm;
    public int RecordStart;
    public int RecordEnd;
    public short Year;
    public byte Rubric;
    public byte Scheme;
    public byte Months;
    public bool Prior;
}
