using System.Security.Cryptography;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Ingestion.Tests.Studies;

public sealed class StudyFileDefaultsTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_minimal_study_loads_with_every_default_filled_in()
    {
        var path = _folder.Write(StudyFolder.Minimal);

        var result = StudyFile.Load(path);

        Assert.True(result.Success, string.Join("\n", result.Problems));
        var study = result.Study!;
        Assert.Equal("test", study.Name);
        Assert.Equal(new YearRange(2014, 2023), study.Years);
        Assert.Equal(ValueAddedFormulas.GrossMargin, study.Measures.ValueAddedFormula);
        Assert.False(study.Measures.ExcludeSubsidies);
        Assert.Equal([Rubric.EmployeesFte, Rubric.WorkforceFte], study.Measures.FteSources);
        Assert.Equal(1.0, study.Measures.MinFte);
        Assert.Equal(NaceLevel.Class, study.Benchmark.Level);
        Assert.Equal(BenchmarkStatistic.Median, study.Benchmark.Statistic);
        Assert.True(study.Benchmark.ExcludeMembers);
        Assert.Equal(10, study.Benchmark.MinCell);
        Assert.Equal(new OutlierRule(OutlierMethod.Winsorize, 0.01, 0.99), study.Benchmark.Outliers);
        Assert.True(study.Counterfactual.Psm.Enabled);
        Assert.Equal(1, study.Counterfactual.Psm.Ratio);
        Assert.Null(study.Counterfactual.Psm.Caliper);
        Assert.False(study.Counterfactual.Psm.Replace);
        Assert.Equal([ExactColumn.NaceDivision, ExactColumn.Cohort], study.Counterfactual.Psm.Exact);
        Assert.True(study.Counterfactual.Did.Enabled);
        Assert.Equal(DidControlGroup.NeverTreated, study.Counterfactual.Did.Control);
        Assert.Equal(DidMethod.DoublyRobust, study.Counterfactual.Did.Method);
        Assert.Equal([ImpactOutcome.LnValueAdded, ImpactOutcome.LnFte, ImpactOutcome.LnLabourProductivity], study.Counterfactual.Did.Outcomes);
        Assert.Equal(10, study.Disclosure.MinFirms);
        Assert.Equal(0.85, study.Disclosure.Dominance);
        Assert.Equal(2000, study.Bootstrap.Replicates);
        Assert.Equal(20240501, study.Bootstrap.Seed);
        Assert.Equal(ReportLanguage.Dutch, study.Report.Language);
        Assert.Equal("Economische impact van de speerpuntclusters", study.Report.Title);
    }

    [Fact]
    public void Input_paths_are_absolute_and_the_nace_folder_is_found_above_the_study_file()
    {
        var path = _folder.Write(StudyFolder.Minimal);

        var inputs = StudyFile.Load(path).Study!.Inputs;

        Assert.Equal(Path.Combine(_folder.Studies, "accounts.csv.gz"), inputs.Accounts);
        Assert.Null(inputs.FirmYears);
        Assert.Equal(Path.Combine(_folder.Studies, "register.csv"), inputs.Register);
        Assert.Equal(Path.Combine(_folder.Studies, "memberships.csv"), inputs.Memberships);
        Assert.Empty(inputs.ExternalBenchmarks);
        Assert.Equal(_folder.NaceFolder, inputs.NaceFolder);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_study_files_folder_not_the_working_directory()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Studies, "nested"));
        var path = _folder.Write("""
            name: nested
            years: 2019
            inputs:
              firm_years: ../firms.csv
              columns: { enterprise_number: ondernemingsnummer, value_added: toegevoegde_waarde }
              register: ../register.csv
              memberships: ./../memberships.csv
              external_benchmarks: [../eurostat.json]
              nace_folder: ../../data/nace
            """, Path.Combine("nested", "study.yaml"));

        var result = StudyFile.Load(path);

        Assert.True(result.Success, string.Join("\n", result.Problems));
        var inputs = result.Study!.Inputs;
        Assert.Null(inputs.Accounts);
        Assert.Equal(Path.Combine(_folder.Studies, "firms.csv"), inputs.FirmYears);
        Assert.Equal("toegevoegde_waarde", inputs.FirmYearColumns["value_added"]);
        Assert.Equal(Path.Combine(_folder.Studies, "memberships.csv"), inputs.Memberships);
        Assert.Equal([Path.Combine(_folder.Studies, "eurostat.json")], inputs.ExternalBenchmarks);
        Assert.Equal(_folder.NaceFolder, inputs.NaceFolder);
        Assert.Equal(new YearRange(2019, 2019), result.Study.Years);
    }

    [Fact]
    public void Every_setting_given_in_the_file_overrides_its_default()
    {
        var path = _folder.Write(StudyFolder.Minimal + """

            measures: { value_added: va.given, exclude_subsidies: true, fte: [9087], min_fte: 0.5 }
            benchmark:
              nace_level: group
              statistic: ratio
              exclude_members: false
              min_cell: 5
              outliers: { method: trim, low: 0.05, high: 0.95 }
            counterfactual:
              psm: { enabled: false, ratio: 3, caliper: 0.1, replace: true, exact: [] }
              did: { enabled: false, control: notyet, method: ipw, outcomes: [ln_lp], pretest_leads: 2 }
            disclosure: { min_firms: 3, dominance: 0.9 }
            bootstrap: { replicates: 499, seed: -7 }
            report: { language: en }
            """);

        var study = StudyFile.Load(path).Study!;

        Assert.Equal(
            new MeasureSettings { ValueAddedFormula = "va.given", ExcludeSubsidies = true, FteSources = study.Measures.FteSources, MinFte = 0.5 },
            study.Measures);
        Assert.Equal([Rubric.WorkforceFte], study.Measures.FteSources);
        Assert.Equal(
            new BenchmarkSettings
            {
                Level = NaceLevel.Group, Statistic = BenchmarkStatistic.Ratio, ExcludeMembers = false, MinCell = 5,
                Outliers = new OutlierRule(OutlierMethod.Trim, 0.05, 0.95),
            },
            study.Benchmark);
        var psm = study.Counterfactual.Psm;
        Assert.Equal((false, 3, 0.1, true, 0), (psm.Enabled, psm.Ratio, psm.Caliper, psm.Replace, psm.Exact.Count));
        var did = study.Counterfactual.Did;
        Assert.Equal((false, DidControlGroup.NotYetTreated, DidMethod.InverseProbabilityWeighting), (did.Enabled, did.Control, did.Method));
        Assert.Equal([ImpactOutcome.LnLabourProductivity], did.Outcomes);
        Assert.Equal(2, did.PretestLeads);
        Assert.Equal(new DisclosureSettings { MinFirms = 3, Dominance = 0.9 }, study.Disclosure);
        Assert.Equal(new BootstrapSettings { Replicates = 499, Seed = -7 }, study.Bootstrap);
        Assert.Equal(new ReportSettings { Language = ReportLanguage.English, Title = "Economic impact of the spearhead clusters" }, study.Report);
    }

    [Fact]
    public void The_study_carries_its_own_absolute_path_and_the_sha256_of_its_bytes()
    {
        var path = _folder.Write(StudyFolder.Minimal);

        var study = StudyFile.Load(path).Study!;

        Assert.Equal(Path.GetFullPath(path), study.SourcePath);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), study.Sha256);
        Assert.Equal(64, study.Sha256.Length);
    }
}
