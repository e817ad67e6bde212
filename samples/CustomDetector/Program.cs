// A user-defined detector and a user-written cross-section plugin, with nothing but the public API:
// 1 kg of natural germanium, 1 keV nuclear-recoil threshold, perfect acceptance, 20 m from an SNS-like source.
using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;
using CustomDetector;

// Natural germanium, atom fractions (IUPAC 2009 isotopic compositions).
var germanium = new TargetMaterial(
[
    new TargetIsotope(Nuclei.Ge70, 0.2057),
    new TargetIsotope(Nuclei.Ge72, 0.2745),
    new TargetIsotope(Nuclei.Ge73, 0.0775),
    new TargetIsotope(Nuclei.Ge74, 0.3650),
    new TargetIsotope(Nuclei.Ge76, 0.0773),
]);
var detector = new DetectorResponse(
    germanium,
    Mass.FromKilograms(1.0),
    LinearRecoilObservable.RecoilKiloelectronvolts,
    PerfectAcceptance.Instance,
    DetectorResponse.UniformBins(low: 1, high: 41, width: 4));   // 1 keV threshold, 4-keV bins
var source = new PionDecayAtRest(protonsOnTarget: 1.76e23, neutrinosPerFlavorPerProton: 0.08, baseline: Length.FromMeters(20));
var rates = new EventRateCalculator(source.ToFlux(), detector);

var paper = rates.Compute(StandardModel.Paper);
var plugin = new FullKinematicsStandardModel(0.2312);
var withRecoilTerm = rates.Compute(plugin);
var numerically = rates.ComputeNumerically(plugin);

var inv = CultureInfo.InvariantCulture;
Console.WriteLine("1 kg natural Ge, 1 keV threshold, perfect acceptance, 1.76e23 POT at 20 m");
Console.WriteLine(string.Create(inv, $"  SM (Eq. 1 of the paper):          {paper.Total,8:F3} events"));
Console.WriteLine(string.Create(inv, $"  SM with T/E term (user plugin):   {withRecoilTerm.Total,8:F3} events ({100 * (withRecoilTerm.Total / paper.Total - 1):F3} %)"));
Console.WriteLine(string.Create(inv, $"  same plugin, general numerical path: {numerically.Total,8:F3} events"));
Console.WriteLine("  per isotope:");
foreach (var (isotope, n) in paper.Isotopes)
{
    Console.WriteLine(string.Create(inv, $"    {isotope,-6} {n,8:F3}"));
}

Console.WriteLine("  per bin [keV]:");
foreach (var bin in paper.Bins)
{
    Console.WriteLine(string.Create(inv, $"    [{bin.Low,2:F0}, {bin.High,2:F0})  {bin.Events,8:F3}"));
}
