using BenchmarkDotNet.Running;

namespace GeoGraph.Api.Benchmarks;

/// <summary>Arguments go to BenchmarkDotNet (e.g. "--filter '*'").</summary>
public static class BenchmarkMain
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
}
