using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Simulation;

/// <summary>A synthetic population in memory: the firm panel (values exactly as the files would hold them) and its ground truth.</summary>
/// <param name="Panel">The panel, as <see cref="FirmPanelBuilder"/> builds it from the generated register, accounts and spells.</param>
/// <param name="Truth">What was planted.</param>
public sealed record SimulatedPopulation(FirmPanel Panel, GroundTruth Truth);
