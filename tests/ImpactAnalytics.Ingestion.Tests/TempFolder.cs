using System.IO.Compression;
using System.Text;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>A fresh folder for hand-made input files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public static readonly EnterpriseNumber FirmA = EnterpriseNumber.ParseExact("0878065378");
    public static readonly EnterpriseNumber FirmB = EnterpriseNumber.ParseExact("0437910359");
    public static readonly EnterpriseNumber FirmC = EnterpriseNumber.ParseExact("0200065765");
    public static readonly EnterpriseNumber Unregistered = EnterpriseNumber.ParseExact("0314595348");

    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ingest-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The standard register: firms A, B and C with NACE-BEL subclasses.</summary>
    public const string Register =
        "enterprise_number,name,nace,nace_version,region,founded\n" +
        "0878065378,Alpha NV,20160,NACE-BEL 2008,Antwerpen,1990\n" +
        "0437910359,Beta BV,10710,NACE-BEL 2008,Oost-Vlaanderen,2001\n" +
        "0200065765,Gamma CV,49410,NACE-BEL 2008,Limburg,\n";

    public const string Memberships = "enterprise_number,cluster,start_year,end_year\n0878065378,Catalisti,2018,\n";

    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteGzip(string name, string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return WriteBytes(name, memory.ToArray());
    }

    /// <summary>Runs ingestion with the standard register and memberships unless given.</summary>
    public IngestionResult Run(string? accounts = null, string? register = null, string? memberships = null, IngestOptions? options = null, string? firmYears = null, IReadOnlyDictionary<string, string>? mapping = null)
    {
        var inputs = new InputFiles
        {
            Accounts = accounts,
            FirmYears = firmYears,
            FirmYearColumns = mapping ?? new Dictionary<string, string>(),
            Register = register ?? Write("register.csv", Register),
            Memberships = memberships ?? Write("memberships.csv", Memberships),
            NaceFolder = Path,
        };
        return Ingest.Run(inputs, options ?? new IngestOptions());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, true);
        }
        catch (IOException)
        {
            // A test that failed may leave a file open; the OS temp cleaner gets it.
        }
    }
}
