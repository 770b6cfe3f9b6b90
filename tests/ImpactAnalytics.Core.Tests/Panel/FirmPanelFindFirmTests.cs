using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Tests.Panel;

/// <summary>FindFirm gives every registered firm's own index and -1 for numbers below, between and above them.</summary>
public sealed class FirmPanelFindFirmTests
{
    [Fact]
    public void Find_firm_gives_each_firms_index_and_minus_one_for_unregistered_numbers()
    {
        var random = new Random(20240501);
        var bodies = new SortedSet<long>();
        while (bodies.Count < 1000)
        {
            bodies.Add(random.NextInt64(2_000_000, 20_000_000) / 2 * 2);
        }

        var builder = new FirmPanelBuilder();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        foreach (var body in bodies.Reverse())
        {
            builder.AddFirm(EnterpriseNumber.FromBody(body), "firm", nace, "Antwerpen", null);
        }

        var panel = builder.Build();

        for (var f = 0; f < panel.FirmCount; f++)
        {
            Assert.Equal(f, panel.FindFirm(panel.FirmIds[f]));
        }

        // Odd bodies are in no firm: below the first, between any two and above the last.
        Assert.Equal(-1, panel.FindFirm(EnterpriseNumber.FromBody(1_999_999)));
        Assert.Equal(-1, panel.FindFirm(EnterpriseNumber.FromBody(bodies.Min + 1)));
        Assert.Equal(-1, panel.FindFirm(EnterpriseNumber.FromBody(bodies.Max + 1)));
        Assert.Equal(-1, panel.FindFirm(EnterpriseNumber.FromBody(19_999_999)));
    }
}
