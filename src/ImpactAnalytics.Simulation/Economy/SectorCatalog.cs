using static ImpactAnalytics.Simulation.Economy.ClusterNames;

namespace ImpactAnalytics.Simulation.Economy;

/// <summary>
/// The sectors of the synthetic Flemish economy: the clusters' sectors (METHODS §8: chemicals and plastics
/// C20–C22, food C10–C11, logistics H49–H52, energy D35 and F43, materials C24–C25, maritime H50 and C30.1,
/// medical C21 and C32.5) over-weighted, plus a broad rest of the economy. Every subclass is a real NACE-BEL 2008
/// code (data/nace/nacebel2008_codes_fr.csv).
/// </summary>
/// <remarks>
/// Levels are rough orders of magnitude for Belgian firms filing annual accounts (NBB Balanscentrale sector
/// figures, VA per FTE in 2014 euros): energy and pharma far above the economy's ~€90k, horeca and cleaning far
/// below; wholesale turns over much more per euro of value added than services. They are there to make the
/// sample look plausible, not to be quoted.
/// </remarks>
internal static class SectorCatalog
{
    private static readonly double[] Port = [0.50, 0.02, 0.18, 0.05, 0.25];
    private static readonly double[] Coast = [0.35, 0.02, 0.15, 0.03, 0.45];
    private static readonly double[] Chemistry = [0.50, 0.12, 0.20, 0.10, 0.08];

    /// <summary>Every sector, in a fixed order (a firm's sector is drawn by cumulative weight in this order).</summary>
    public static IReadOnlyList<Sector> All { get; } =
    [
        // Clusters' sectors.
        new("Chemie", 3.5, ["20140", "20160", "20590", "20300", "20130", "20150", "20411", "20520"], 190_000, 0.45, 18, 1.4, 0.22, 0.75, 250_000, 0.45, [Catalisti]) { ProvinceWeights = Chemistry },
        new("Farma", 1.8, ["21100", "21201", "21209"], 230_000, 0.50, 22, 1.5, 0.35, 0.60, 220_000, 0.40, [Catalisti, Medvia]) { ProvinceWeights = Chemistry },
        new("Kunststof", 2.5, ["22210", "22220", "22290", "22190", "22230"], 95_000, 0.35, 14, 1.2, 0.30, 0.70, 110_000, 0.62, [Catalisti]),
        new("Voeding", 5.0, ["10110", "10130", "10510", "10711", "10712", "10720", "10820", "10850", "10890", "10910", "10312", "10393", "10200"], 80_000, 0.40, 9, 1.5, 0.20, 0.80, 90_000, 0.62, [FlandersFood]),
        new("Dranken", 1.5, ["11050", "11070", "11010"], 120_000, 0.45, 8, 1.5, 0.30, 0.70, 150_000, 0.50, [FlandersFood]),
        new("Wegtransport", 3.5, ["49410", "49420"], 70_000, 0.30, 10, 1.3, 0.38, 0.35, 80_000, 0.68, [Vil]),
        new("Logistiek", 3.5, ["52100", "52290", "52241", "52249", "52210"], 85_000, 0.35, 12, 1.4, 0.32, 0.15, 70_000, 0.62, [Vil]) { ProvinceWeights = Port },
        new("Scheepvaart", 2.0, ["50200", "50400"], 130_000, 0.50, 6, 1.4, 0.30, 0.30, 300_000, 0.45, [BlueCluster, Vil]) { ProvinceWeights = Port },
        new("Havendiensten", 1.5, ["52220"], 95_000, 0.40, 10, 1.3, 0.40, 0.20, 120_000, 0.60, [BlueCluster, Vil]) { ProvinceWeights = Port },
        new("Scheepsbouw", 1.5, ["30110", "30120"], 85_000, 0.35, 9, 1.3, 0.28, 0.70, 90_000, 0.65, [BlueCluster]) { ProvinceWeights = Coast },
        new("Baggerwerken", 1.3, ["42911", "42919"], 120_000, 0.45, 12, 1.6, 0.35, 0.40, 200_000, 0.55, [BlueCluster]) { ProvinceWeights = Coast },
        new("Energie", 2.0, ["35110", "35130", "35140", "35300", "35220"], 260_000, 0.55, 8, 1.7, 0.20, 0.80, 600_000, 0.30, [Flux50]),
        new("Installatie", 4.5, ["43211", "43212", "43221", "43222", "43291"], 70_000, 0.30, 5, 1.2, 0.45, 0.55, 30_000, 0.70, [Flux50]),
        new("Elektrotechniek", 1.2, ["27110", "27120", "27330", "27900"], 100_000, 0.40, 15, 1.4, 0.30, 0.70, 100_000, 0.60, [Flux50]),
        new("Metaal", 1.5, ["24100", "24420", "24440", "24510", "24200"], 120_000, 0.45, 25, 1.5, 0.22, 0.80, 250_000, 0.55, [Sim]),
        new("Metaalproducten", 4.0, ["25110", "25120", "25620", "25610", "25999", "25731"], 75_000, 0.30, 9, 1.2, 0.40, 0.65, 60_000, 0.68, [Sim]),
        new("Medisch", 2.0, ["32500"], 90_000, 0.40, 6, 1.3, 0.45, 0.50, 50_000, 0.60, [Medvia]),
        new("Biotech", 1.5, ["72110"], 110_000, 0.55, 7, 1.5, 0.60, 0.25, 80_000, 0.65, [Medvia]),

        // The rest of the economy.
        new("Bouw", 5.0, ["41201", "41203", "41101"], 75_000, 0.35, 5, 1.3, 0.25, 0.50, 40_000, 0.60, []),
        new("Afwerking", 6.0, ["43320", "43910", "43341", "43310", "43331", "43999", "43120"], 60_000, 0.30, 4, 1.1, 0.50, 0.50, 25_000, 0.70, []),
        new("Groothandel", 8.0, ["46190", "46391", "46699", "46900", "46739", "46520", "46460", "46311", "46499"], 105_000, 0.50, 5, 1.4, 0.10, 0.90, 50_000, 0.55, []),
        new("Kleinhandel", 7.0, ["47111", "47191", "47711", "47410", "47761", "47300", "47241"], 50_000, 0.35, 5, 1.2, 0.18, 0.85, 40_000, 0.65, []),
        new("Autohandel", 3.0, ["45113", "45201", "45320"], 60_000, 0.35, 5, 1.2, 0.12, 0.85, 50_000, 0.65, []),
        new("Horeca", 5.0, ["55100", "56101", "56102", "56301"], 38_000, 0.35, 4, 1.1, 0.45, 0.70, 45_000, 0.72, []),
        new("Software", 4.0, ["62010", "62020", "62030", "62090"], 95_000, 0.40, 5, 1.4, 0.55, 0.20, 15_000, 0.70, []),
        new("Boekhouding", 3.0, ["69201", "69202"], 85_000, 0.35, 4, 1.1, 0.70, 0.10, 20_000, 0.62, []),
        new("Advies", 4.0, ["70220"], 100_000, 0.50, 3, 1.1, 0.60, 0.10, 20_000, 0.55, []),
        new("Ingenieurs", 3.0, ["71121", "71122", "71111"], 85_000, 0.35, 4, 1.3, 0.55, 0.15, 20_000, 0.68, []),
        new("Reclame", 1.5, ["73110", "73120"], 80_000, 0.40, 4, 1.2, 0.40, 0.10, 15_000, 0.65, []),
        new("Vastgoed", 3.0, ["68201", "68203"], 150_000, 0.60, 3, 1.0, 0.55, 0.30, 600_000, 0.30, []),
        new("Schoonmaak", 1.5, ["81210"], 35_000, 0.25, 12, 1.5, 0.70, 0.25, 8_000, 0.85, []),
        new("Diensten", 1.5, ["82990", "82110", "74109"], 60_000, 0.40, 4, 1.2, 0.50, 0.20, 15_000, 0.65, []),
        new("Gezondheid", 3.0, ["86210", "86220", "86230"], 90_000, 0.35, 3, 0.9, 0.75, 0.30, 60_000, 0.50, []),
        new("Machinebouw", 1.5, ["28299", "28930", "28220", "28250"], 95_000, 0.35, 18, 1.3, 0.33, 0.70, 70_000, 0.65, []),
        new("Hout", 0.8, ["16100", "16230"], 65_000, 0.30, 6, 1.2, 0.30, 0.75, 60_000, 0.65, []),
        new("Bouwmaterialen", 1.0, ["23610", "23630", "23321", "23990"], 90_000, 0.35, 12, 1.3, 0.30, 0.70, 150_000, 0.55, []),
        new("Kappers", 1.5, ["96021"], 35_000, 0.30, 3, 0.8, 0.55, 0.60, 15_000, 0.70, []),
        new("Verhuur", 0.7, ["77110"], 110_000, 0.45, 4, 1.2, 0.40, 0.30, 400_000, 0.35, []),
        new("Grondwerken", 1.5, ["42110", "42990", "42211"], 80_000, 0.35, 10, 1.3, 0.35, 0.50, 90_000, 0.60, []),
        new("Transportmiddelen", 0.8, ["30200", "30920", "30990"], 85_000, 0.35, 10, 1.4, 0.28, 0.70, 80_000, 0.65, []),
        new("Onderzoek", 0.8, ["72190", "72200"], 90_000, 0.45, 5, 1.3, 0.60, 0.20, 40_000, 0.68, []),
        new("Nijverheid", 0.8, ["32990", "32300", "32400"], 70_000, 0.35, 6, 1.2, 0.35, 0.65, 50_000, 0.65, []),
        new("Passagiersvaart", 1.0, ["50100", "50300"], 70_000, 0.40, 6, 1.2, 0.40, 0.40, 250_000, 0.60, []) { ProvinceWeights = Coast },
        new("Non-ferro", 1.0, ["24410", "24310", "24540"], 100_000, 0.40, 12, 1.3, 0.22, 0.80, 150_000, 0.58, []),
        new("Huishoudtoestellen", 0.6, ["27510", "27401", "27402"], 85_000, 0.35, 10, 1.3, 0.30, 0.70, 70_000, 0.62, []),
        new("Personenvervoer", 1.0, ["49390", "49320"], 50_000, 0.30, 6, 1.3, 0.55, 0.40, 60_000, 0.75, []),
    ];

    /// <summary>Cumulative normalised weights of <see cref="All"/>, for drawing a sector.</summary>
    public static IReadOnlyList<double> Cumulative { get; } = Accumulate(All.Select(s => s.Weight).ToArray());

    /// <summary>Picks an index from cumulative weights with a uniform number in [0, 1).</summary>
    public static int Pick(IReadOnlyList<double> cumulative, double u)
    {
        for (var i = 0; i < cumulative.Count - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Count - 1;
    }

    /// <summary>Normalised cumulative sums of weights.</summary>
    public static double[] Accumulate(double[] weights)
    {
        var total = weights.Sum();
        var cumulative = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }

        return cumulative;
    }
}
