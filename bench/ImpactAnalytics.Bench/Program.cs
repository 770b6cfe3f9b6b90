namespace ImpactAnalytics.Bench;

/// <summary>Runs a named benchmark and prints its figures with the machine and the input size.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.Length == 0 ? string.Empty : args[0])
        {
            case "counterfactual":
                return CounterfactualBench.Run();
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project bench/ImpactAnalytics.Bench -- <benchmark>");
                Console.Error.WriteLine("benchmarks: counterfactual");
                return 2;
        }
    }
}
