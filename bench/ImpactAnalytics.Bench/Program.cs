namespace ImpactAnalytics.Bench;

/// <summary>Runs a named benchmark and prints its figures with the machine and the input size.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "core":
                return CoreBench.Run();
            case "generator":
                return GeneratorBench.Run(args[1..]);
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project bench/ImpactAnalytics.Bench -- <benchmark>");
                Console.Error.WriteLine("benchmarks: core, generator [firms]");
                return args.Length == 0 ? 2 : 0;
        }
    }
}
