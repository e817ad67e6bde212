// The main job: reproduces Papoulias & Kosmas, PRD 97, 033003 (2018) at COHERENT CsI.
//   dotnet run --project src/CoherentScattering.Cli                      readable summary
//   dotnet run --project src/CoherentScattering.Cli -- events [--json] [--experiment FILE]
//   dotnet run --project src/CoherentScattering.Cli -- sin2w  [--json] [--experiment FILE]
using CoherentScattering.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
