using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Panel;

/// <summary>Firm-years added in bulk and written in place.</summary>
public sealed partial class FirmPanelBuilder
{
    /// <summary>
    /// Adds <paramref name="count"/> firm-years whose fields the caller then writes in place through
    /// <see cref="FirmYearStorage"/> — for loaders that know every row at once and fill them on several threads
    /// (each thread its own rows) instead of calling <see cref="AddFirmYear"/> per row. Until written a row holds
    /// firm 0, year 0 and 0 months; <see cref="Build"/> checks every row's firm and months as
    /// <see cref="AddFirmYear"/> would. Returns the builder index of the first row added.
    /// </summary>
    public int AddFirmYearsInPlace(int count)
    {
        ThrowIfBuilt();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var first = _rows;
        if (first + count > _rowFirm.Length)
        {
            Resize(Math.Max(first + count, _rowFirm.Length * 2));
        }

        // Storage past the last row is zero (rows are only ever added at the end): nothing to clear, no page to touch.
        _rows += count;
        _rowsToCheck = true;
        return first;
    }

    /// <summary>
    /// Direct write access to the firm-year fields of every row added so far (see <see cref="AddFirmYearsInPlace"/>).
    /// Threads may write different rows at the same time.
    /// </summary>
    public FirmYearStorage FirmYearStorage()
    {
        ThrowIfBuilt();
        return new FirmYearStorage(
            _rowFirm.AsSpan(0, _rows), _rowYear.AsSpan(0, _rows), _rowScheme.AsSpan(0, _rows), _rowMonths.AsSpan(0, _rows));
    }

    // The checks AddFirmYear makes, for rows written in place.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckRows()
    {
        var firms = (uint)_firmIds.Count;
        for (var r = 0; r < _rows; r++)
        {
            if ((uint)_rowFirm[r] >= firms || _rowMonths[r] is < 1 or > 36)
            {
                throw new InvalidOperationException(
                    $"row {r}: firm index {_rowFirm[r]} (of {firms} firms) or {_rowMonths[r]} months (1 to 36) out of range");
            }
        }
    }
}
