using System.Text.Json.Nodes;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Ingestion.Tests.Studies;

public sealed class StudyResolvedJsonTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_resolved_json_holds_every_study_file_key_with_its_effective_value()
    {
        var study = StudyFile.Load(_folder.Write(StudyFolder.Minimal)).Study!;

        var json = study.ToResolvedJson();

        foreach (var keyPath in StudyKeyPaths.All)
        {
            Assert.True(Find(json, keyPath).Found, $"resolved JSON lacks {keyPath}");
        }

        Assert.Equal(0.01, Find(json, "benchmark.outliers.low").Node!.GetValue<double>());
        Assert.Equal("class", Find(json, "benchmark.nace_level").Node!.GetValue<string>());
        Assert.Null(Find(json, "counterfactual.psm.caliper").Node);
        Assert.Null(Find(json, "inputs.firm_years").Node);
        Assert.Equal(["1003", "9087"], Find(json, "measures.fte").Node!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(Path.Combine(_folder.Studies, "register.csv"), Find(json, "inputs.register").Node!.GetValue<string>());
        Assert.Equal(study.Sha256, json["sha256"]!.GetValue<string>());
        Assert.Equal(study.SourcePath, json["study_file"]!.GetValue<string>());
    }

    [Fact]
    public void The_resolved_json_text_is_the_same_for_the_same_file()
    {
        var path = _folder.Write(StudyFolder.Minimal);

        var first = StudyFile.Load(path).Study!.ToResolvedJsonText();
        var second = StudyFile.Load(path).Study!.ToResolvedJsonText();

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.Contains("\"title\": \"Economische impact van de speerpuntclusters\"", first, StringComparison.Ordinal);
    }

    private static (bool Found, JsonNode? Node) Find(JsonObject json, string keyPath)
    {
        JsonNode? node = json;
        foreach (var key in keyPath.Split('.'))
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(key, out node))
            {
                return (false, null);
            }
        }

        return (true, node);
    }
}
