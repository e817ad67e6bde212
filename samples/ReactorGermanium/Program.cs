// A reactor germanium experiment end to end (docs/reactor-sources.md): built in C#, then the same set-up read from the
// embedded JSON preset; both print the Standard-Model events per isotope and per reconstructed bin.
using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using ReactorGermanium;

var inv = CultureInfo.InvariantCulture;
var inCode = DresdenStyleExperiment.Build().ComputeEvents(StandardModel.Paper);
var fromJson = ExperimentFile.LoadPreset("dresden-ii-ge").ComputeEvents(StandardModel.Paper);

Console.WriteLine(string.Create(inv, $"Reactor Ge, built in C#: {inCode.Total:F2} SM events; from dresden-ii-ge.json: {fromJson.Total:F2}"));
foreach (var (isotope, n) in inCode.Isotopes)
{
    Console.WriteLine(string.Create(inv, $"  {isotope,-6} {n,9:F2}"));
}

foreach (var bin in inCode.Bins.Where(b => b.Events >= 0.01))
{
    Console.WriteLine(string.Create(inv, $"  [{bin.Low:F2}, {bin.High:F2}) keVee {bin.Events,9:F2}"));
}
