// The main job: reproduces Papoulias & Kosmas, PRD 97, 033003 (2018) at COHERENT CsI.
//   dotnet run --project samples/Coherent2017                      readable summary
//   dotnet run --project samples/Coherent2017 -- events [--json] [--experiment FILE]
//   dotnet run --project samples/Coherent2017 -- sin2w  [--json] [--experiment FILE]
using Coherent2017;

return CommandLine.Run(args, Console.Out, Console.Error);
