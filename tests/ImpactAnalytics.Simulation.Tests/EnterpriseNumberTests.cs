using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation.Tests;

[Collection(SampleGroup.Name)]
public sealed class EnterpriseNumberTests(SampleFixture sample)
{
    [Fact]
    public void Every_enterprise_number_in_the_sample_passes_the_mod_97_check()
    {
        var numbers = sample.Population.Panel.FirmIds.Select(id => id.ToString()).ToArray();

        Assert.Equal(3000, numbers.Length);
        Assert.All(numbers, text =>
        {
            var parsed = EnterpriseNumber.Parse(text);
            Assert.True(parsed.Success, parsed.Error);
            var value = long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(97 - (value / 100 % 97), value % 100);
            Assert.True(text[0] is '0' or '1');
        });
    }

    [Fact]
    public void Enterprise_numbers_are_unique()
    {
        var ids = sample.Firms.Select(f => f.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void A_sample_number_with_wrong_check_digits_is_rejected_with_a_message()
    {
        var good = sample.Firms[0].Id.ToString();
        var check = int.Parse(good[8..], System.Globalization.CultureInfo.InvariantCulture);
        var bad = string.Concat(good.AsSpan(0, 8), ((check % 97) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture));

        var parsed = EnterpriseNumber.Parse(bad);

        Assert.False(parsed.Success);
        Assert.Contains("mod-97", parsed.Error, StringComparison.Ordinal);
        Assert.Contains(bad, parsed.Error, StringComparison.Ordinal);
    }
}
