using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// The propensity model fitted a second, independent way: ML.NET's L-BFGS logistic regression without
/// regularisation (L1 = L2 = 0), a tight tolerance, many iterations, one thread and a fixed seed. Features are
/// float32, as ML.NET stores them. Managed code only: L-BFGS logistic regression needs no native library (only its
/// training statistics would, and they are not asked for).
/// </summary>
internal static class MlNetLogistic
{
    private const int Seed = 20240501;

    /// <summary>Fits treated on an intercept and <paramref name="columns"/>; coefficients are intercept first.</summary>
    public static (double[] Coefficients, double[] Probabilities) Fit(IReadOnlyList<double[]> columns, IReadOnlyList<bool> treated)
    {
        var n = treated.Count;
        var rows = new MlNetRow[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new MlNetRow { Label = treated[i], Features = [.. columns.Select(c => (float)c[i])] };
        }

        var schema = SchemaDefinition.Create(typeof(MlNetRow));
        schema[nameof(MlNetRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns.Count);
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(MlNetRow.Label),
            FeatureColumnName = nameof(MlNetRow.Features),
            L1Regularization = 0f,
            L2Regularization = 0f,
            OptimizationTolerance = 1e-12f,
            MaximumNumberOfIterations = 10_000,
            HistorySize = 50,
            NumberOfThreads = 1,
        });

        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        double[] coefficients = [linear.Bias, .. linear.Weights.Select(w => (double)w)];
        var probabilities = model.Transform(data).GetColumn<float>("Probability").Select(p => (double)p).ToArray();
        return (coefficients, probabilities);
    }
}
