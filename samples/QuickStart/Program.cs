// QuickStart: one detector, one model, one number. Mirrored by the README's QuickStart block.
using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;

var source = new PionDecayAtRest(protonsOnTarget: 1.76e23, neutrinosPerFlavorPerProton: 0.08, baseline: Length.FromMeters(19.3));
var detector = new DetectorResponse(
    TargetMaterial.CesiumIodide,
    Mass.FromKilograms(14.57),
    LinearRecoilObservable.Coherent2017Photoelectrons,
    Coherent2017Acceptance.Continuous,
    DetectorResponse.UniformBins(low: 6, high: 30, width: 2));

var rates = new EventRateCalculator(source.ToFlux(), detector);
ExpectedEvents events = rates.Compute(StandardModel.Paper);
Console.WriteLine($"Standard-Model CEvNS events at COHERENT CsI (6-30 PE): {events.Total:F2}");
