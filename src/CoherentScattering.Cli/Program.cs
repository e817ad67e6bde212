// cevns: the command-line tool and main job (reproduces Papoulias & Kosmas, PRD 97, 033003 (2018) at COHERENT CsI).
//   cevns                         the readable summary, Table I and the figures   (dotnet run --project src/CoherentScattering.Cli)
//   cevns --help, cevns COMMAND --help, cevns --version
//   cevns events|sin2w|table1|figures|fit|merge [options]
using CoherentScattering.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
