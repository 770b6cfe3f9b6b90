using System.Globalization;
using System.IO.Compression;
using System.Text;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation.Output;

/// <summary>
/// Writes firms, one at a time, to the register, accounts and memberships files of one folder. CSV: UTF-8 without
/// BOM, comma, LF, invariant culture, one header row; rows in firm-index order, then year, then rubric order.
/// The gzip stream carries no file name or time stamp, so the same rows give the same bytes.
/// </summary>
internal sealed class PopulationFiles : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string NaceVersionText = NaceCode.Describe(NaceVersion.NaceBel2008);

    private readonly StreamWriter _register;
    private readonly StreamWriter _accounts;
    private readonly StreamWriter _memberships;

    public PopulationFiles(string folder)
    {
        _register = Open(Path.Combine(folder, SampleWriter.RegisterFile), gzip: false);
        _accounts = Open(Path.Combine(folder, SampleWriter.AccountsFile), gzip: true);
        _memberships = Open(Path.Combine(folder, SampleWriter.MembershipsFile), gzip: false);
        _register.Write("enterprise_number,name,nace,nace_version,region,founded\n");
        _accounts.Write("enterprise_number,year,scheme,code,value\n");
        _memberships.Write("enterprise_number,cluster,start_year,end_year\n");
    }

    /// <summary>Data rows written to the accounts file so far.</summary>
    public long AccountRows { get; private set; }

    public void Write(SyntheticFirm firm)
    {
        var id = firm.Id.ToString();
        _register.Write(id);
        _register.Write(',');
        _register.Write(firm.Name);
        _register.Write(',');
        _register.Write(firm.Nace.Code);
        _register.Write(',');
        _register.Write(NaceVersionText);
        _register.Write(',');
        _register.Write(firm.Region);
        _register.Write(',');
        WriteInteger(_register, firm.Founded);
        _register.Write('\n');

        foreach (var year in firm.Years)
        {
            var scheme = year.Scheme.Code();
            foreach (var value in year.Values)
            {
                _accounts.Write(id);
                _accounts.Write(',');
                WriteInteger(_accounts, year.Year);
                _accounts.Write(',');
                _accounts.Write(scheme);
                _accounts.Write(',');
                _accounts.Write(value.Rubric.Code());
                _accounts.Write(',');
                WriteValue(_accounts, value);
                _accounts.Write('\n');
                AccountRows++;
            }
        }

        foreach (var spell in firm.Memberships)
        {
            _memberships.Write(id);
            _memberships.Write(',');
            _memberships.Write(spell.Cluster);
            _memberships.Write(',');
            WriteInteger(_memberships, spell.StartYear);
            _memberships.Write(',');
            if (spell.EndYear is { } end)
            {
                WriteInteger(_memberships, end);
            }

            _memberships.Write('\n');
        }
    }

    public void Dispose()
    {
        _register.Dispose();
        _accounts.Dispose();
        _memberships.Dispose();
    }

    /// <summary>Money in whole euros; FTE with one decimal (1003 and 9087).</summary>
    private static void WriteValue(StreamWriter writer, ReportedValue value)
    {
        Span<char> buffer = stackalloc char[32];
        var fte = value.Rubric is Rubric.EmployeesFte or Rubric.WorkforceFte;
        var ok = fte
            ? value.Value.TryFormat(buffer, out var written, "0.0", CultureInfo.InvariantCulture)
            : ((long)value.Value).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
        writer.Write(ok ? buffer[..written] : throw new InvalidOperationException("value does not fit the buffer"));
    }

    private static void WriteInteger(StreamWriter writer, int value)
    {
        Span<char> buffer = stackalloc char[12];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static StreamWriter Open(string path, bool gzip)
    {
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Stream stream = gzip ? new GZipStream(file, CompressionLevel.Optimal) : file;
        return new StreamWriter(stream, Utf8, 1 << 16) { NewLine = "\n" };
    }
}
