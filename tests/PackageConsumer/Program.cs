// A downstream program that references CoherentScattering and CoherentScattering.Models as NuGet packages and uses
// only their public API: the COHERENT 2017 SM events, a new-physics model, and the χ² of the measurement.
using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Sources;

var coherent = Experiment.Coherent2017;
var rates = coherent.CreateRateCalculator();
double sm = rates.Total(StandardModel.Paper);
double nsi = rates.Total(NewPhysicsModel.Paper.With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, 0.0)));
double chi2 = coherent.CreateLikelihood().ChiSquared(sm);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SM events: {sm:F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NSI events: {nsi:F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chi2(SM): {chi2:F4}"));
