namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// One estimated ATT(g,t) with its influence function over all n panel units (zero outside the cell's sample,
/// scaled by n/n_cell), so that SE = √(Σψ²)/n and linear combinations of cells combine their ψ.
/// </summary>
internal sealed record GroupTimeCell(int Group, int Time, int BasePeriod, double Att, int Treated, int Controls, double[] Psi);
