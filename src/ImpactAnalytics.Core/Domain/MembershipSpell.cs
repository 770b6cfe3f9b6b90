using System.Globalization;

namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// One uninterrupted period of a firm's membership of a cluster, in whole years, both ends inclusive.
/// A firm that leaves and re-joins has two spells. <see cref="EndYear"/> <c>null</c> means still a member.
/// <c>default</c> is not a valid spell (empty cluster name).
/// </summary>
public readonly record struct MembershipSpell
{
    private MembershipSpell(EnterpriseNumber firm, string cluster, int startYear, int? endYear)
    {
        Firm = firm;
        Cluster = cluster;
        StartYear = startYear;
        EndYear = endYear;
    }

    /// <summary>The member firm.</summary>
    public EnterpriseNumber Firm { get; }

    /// <summary>The cluster's name as the membership file writes it (e.g. <c>Catalisti</c>), trimmed.</summary>
    public string Cluster { get; }

    /// <summary>First year of membership (the treatment cohort when it is the firm's first spell).</summary>
    public int StartYear { get; }

    /// <summary>Last year of membership, inclusive; <c>null</c> while the membership runs.</summary>
    public int? EndYear { get; }

    /// <summary>Validates the spell: a non-empty cluster name and an end not before the start.</summary>
    public static Parsed<MembershipSpell> Create(EnterpriseNumber firm, string cluster, int startYear, int? endYear)
    {
        if (string.IsNullOrWhiteSpace(cluster))
        {
            return Parsed<MembershipSpell>.Fail("cluster name is empty");
        }

        if (endYear is { } end && end < startYear)
        {
            return Parsed<MembershipSpell>.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"membership ends in {end} before it starts in {startYear}"));
        }

        return Parsed<MembershipSpell>.Ok(new MembershipSpell(firm, cluster.Trim(), startYear, endYear));
    }

    /// <summary>Whether the firm is a member in <paramref name="year"/>.</summary>
    public bool Covers(int year) => year >= StartYear && (EndYear is null || year <= EndYear);
}
