namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>One unit as ML.NET loads it: treatment and the covariates as float32 (the vector size is set in the schema).</summary>
public sealed class MlNetRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
