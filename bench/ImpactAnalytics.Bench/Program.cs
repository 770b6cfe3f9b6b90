namespace ImpactAnalytics.Bench;

/// <summary>Runs a named benchmark and prints its figures with the machine and the input size.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var name = args.Length > 0 ? args[0] : string.Empty;
        switch (name)
        {
            case "core":
                return args.Length > 2 ? CoreBench.RunStudy(args[1], args[2]) : CoreBench.Run();
            case "counterfactual":
                return CounterfactualBench.Run();
            case "coverage":
                return CoverageBench.Run(args[1..]);
            case "generator":
                return GeneratorBench.Run(args[1..]);
            case "impact":
                return ImpactBench.Run(args[1..]);
            case "ingest":
                return IngestBench.Run(args[1..]);
            case "scale":
                return ScaleBench.Run(args[1..]);
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project bench/ImpactAnalytics.Bench -- <benchmark> [args]");
                Console.Error.WriteLine(
                    "benchmarks: core [study.yaml out-folder] | counterfactual | coverage [seeds] [firms] | generator [firms] | impact [firms] | ingest [firms] [years] | scale <sample folder>");
                return 2;
        }
    }
}
