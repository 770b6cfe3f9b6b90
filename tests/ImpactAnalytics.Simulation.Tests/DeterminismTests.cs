namespace ImpactAnalytics.Simulation.Tests;

public sealed class DeterminismTests
{
    private static readonly PopulationSettings Settings = new(400, 2014, 2023, 42);

    [Fact]
    public void A_firm_generated_alone_equals_the_same_firm_in_the_stream()
    {
        var generator = new PopulationGenerator(Settings);
        var streamed = generator.Firms().ToArray();

        foreach (var index in new[] { 399, 0, 123 })
        {
            var alone = new PopulationGenerator(Settings).Generate(index);
            Assert.Equal(Fingerprint(streamed[index]), Fingerprint(alone));
        }
    }

    [Fact]
    public void A_firm_does_not_depend_on_how_many_firms_are_generated()
    {
        var small = new PopulationGenerator(Settings with { Firms = 50 }).Generate(49);
        var large = new PopulationGenerator(Settings).Generate(49);

        Assert.Equal(Fingerprint(large), Fingerprint(small));
    }

    [Fact]
    public void Different_seeds_give_different_firms()
    {
        var a = new PopulationGenerator(Settings).Generate(7);
        var b = new PopulationGenerator(Settings with { Seed = 43 }).Generate(7);

        Assert.NotEqual(Fingerprint(a), Fingerprint(b));
    }

    [Fact]
    public void Invalid_settings_are_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => new PopulationGenerator(Settings with { LastYear = 2010 }));

        Assert.Contains("before the first year", error.Message, StringComparison.Ordinal);
        Assert.NotNull((Settings with { Firms = -5 }).Validate());
        Assert.NotNull((Settings with { Effect = 0.9 }).Validate());
        Assert.Null(Settings.Validate());
    }

    private static string Fingerprint(SyntheticFirm f) => string.Join(
        '|',
        f.Id, f.Name, f.Nace, f.Region, f.Founded, f.TreatedFrom,
        string.Join(';', f.Memberships.Select(m => $"{m.Cluster}:{m.StartYear}-{m.EndYear}")),
        string.Join(';', f.Years.SelectMany(y => y.Values.Select(v => $"{y.Year}{y.Scheme}{v.Rubric}={v.Value}"))));
}
