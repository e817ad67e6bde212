// BenchmarkDotNet entry point. Full suite (not in CI):
//   dotnet run -c Release --project benchmarks/CoherentScattering.Benchmarks -- --filter '*'
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CoherentScattering.Benchmarks.PaperBenchmarks).Assembly).Run(args);
