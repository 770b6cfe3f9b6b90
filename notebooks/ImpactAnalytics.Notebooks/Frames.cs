using System.Globalization;
using System.Reflection;
using System.Text;
using Deedle;

namespace ImpactAnalytics.Notebooks;

/// <summary>
/// Turns the engine's result records (ClusterYearSummary, BenchmarkCell, MembershipFlow, IndexPoint, …) into Deedle
/// frames for grouping and pivoting. One row per record, keyed 0…n−1 in the records' order; one column per public
/// property in declaration order, named in snake_case as the CSV outputs name them (PremiumAdjusted →
/// premium_adjusted). Numbers stay typed (double, int, long, bool); a <c>null</c> becomes a missing value, never NaN;
/// enums and domain values (NaceCode, NaceLevel, EnterpriseNumber) become their invariant text. Reflection and
/// Deedle are slow next to the engine's arrays: meant for result tables of thousands of rows, not the firm panel.
/// </summary>
public static class Frames
{
    /// <summary>A frame of <paramref name="records"/>, one row per record.</summary>
    public static Frame<int, string> FromRecords<T>(IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var rows = records.ToArray();
        var properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);
        var columns = new FrameBuilder.Columns<int, string>();
        foreach (var property in properties)
        {
            columns.Add(SnakeCase(property.Name), Column(rows, property));
        }

        return columns.Frame;
    }

    /// <summary>PremiumAdjusted → premium_adjusted, NMembers → n_members, MeanLp → mean_lp.</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static ISeries<int> Column<T>(T[] rows, PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        object? Get(int i) => property.GetValue(rows[i]);
        if (type == typeof(double))
        {
            return Typed(rows.Length, Get, v => (double)v);
        }

        if (type == typeof(int))
        {
            return Typed(rows.Length, Get, v => (int)v);
        }

        if (type == typeof(long))
        {
            return Typed(rows.Length, Get, v => (long)v);
        }

        if (type == typeof(bool))
        {
            return Typed(rows.Length, Get, v => (bool)v);
        }

        return Typed(rows.Length, Get, v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    // Rows whose value is null get no observation: Deedle shows them as missing when the columns are aligned.
    private static Series<int, TValue> Typed<TValue>(int count, Func<int, object?> get, Func<object, TValue> convert)
    {
        var builder = new SeriesBuilder<int, TValue>();
        for (var i = 0; i < count; i++)
        {
            if (get(i) is { } value)
            {
                builder.Add(i, convert(value));
            }
        }

        return builder.Series;
    }
}
