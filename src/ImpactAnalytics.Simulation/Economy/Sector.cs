namespace ImpactAnalytics.Simulation.Economy;

/// <summary>
/// One sector of the synthetic economy: real NACE-BEL 2008 subclasses and the parameters firms in it draw from.
/// Money in euros of the base year (2014); shares are fractions.
/// </summary>
/// <param name="Key">Short name, used in firm names and diagnostics.</param>
/// <param name="Weight">Relative share of firms (any scale; the catalogue normalises).</param>
/// <param name="Subclasses">Five-digit NACE-BEL 2008 subclasses, drawn uniformly.</param>
/// <param name="Productivity">Median value added per FTE of non-member firms in 2014, euros.</param>
/// <param name="ProductivitySd">Standard deviation of the persistent firm effect in ln LP.</param>
/// <param name="FteMedian">Median of the persistent firm size, FTE (log-normal).</param>
/// <param name="FteSd">Standard deviation of ln FTE across firms.</param>
/// <param name="ValueAddedShare">Value added / turnover of the median firm.</param>
/// <param name="GoodsShare">Share of goods (60) in bought-in goods and services (60 + 61).</param>
/// <param name="CapitalPerFte">Tangible fixed assets (22/27) per FTE of the median firm, euros.</param>
/// <param name="WageShare">Remuneration (62) / value added of the median firm.</param>
/// <param name="Clusters">Clusters a firm of this sector may join, by name; empty for the rest of the economy.</param>
internal sealed record Sector(
    string Key,
    double Weight,
    string[] Subclasses,
    double Productivity,
    double ProductivitySd,
    double FteMedian,
    double FteSd,
    double ValueAddedShare,
    double GoodsShare,
    double CapitalPerFte,
    double WageShare,
    string[] Clusters)
{
    /// <summary>Province weights for this sector (Antwerpen, Limburg, Oost-, Vlaams-Brabant, West-); null for the default.</summary>
    public double[]? ProvinceWeights { get; init; }

    /// <summary>Whether firms of the sector make goods (71 stock changes are then common).</summary>
    public bool Manufacturing => Subclasses[0][0] is '1' or '2' or '3' && string.CompareOrdinal(Subclasses[0], "34") < 0;
}
