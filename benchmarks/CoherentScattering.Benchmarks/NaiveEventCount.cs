using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;
using MathNet.Numerics;

namespace CoherentScattering.Benchmarks;

/// <summary>
/// Eq. (4) written the straightforward way: for every flavour and isotope, an adaptive Gauss–Kronrod integral over T
/// of a(T) times an adaptive integral over E of λ(E) dσ/dT (the prompt line evaluated at its energy), both to 1e-8
/// relative, no caching. The baseline the engine is measured against.
/// </summary>
public sealed class NaiveEventCount(Experiment experiment, ICrossSectionModel model)
{
    public double Total()
    {
        var detector = experiment.Detector;
        var target = detector.Target;
        double hbarc2 = PhysicalConstants.HbarCMevCm * PhysicalConstants.HbarCMevCm;
        double tLow = detector.Observable.ToRecoilMev(detector.RegionLow), tHigh = detector.Observable.ToRecoilMev(detector.RegionHigh);
        double total = 0;
        foreach (var component in experiment.Flux.Components)
        {
            for (int i = 0; i < target.Isotopes.Count; i++)
            {
                var nucleus = target.Isotopes[i].Nucleus;
                double k = target.NucleiPerKilogram(i) * detector.Mass.Kilograms * component.FluencePerSquareCentimeter * hbarc2;
                double Inner(double t)
                {
                    double f = target.FormFactor.Evaluate(nucleus, Kinematics.MomentumTransferMev(t, nucleus.MassMev));
                    var point = new ScatteringPoint(component.Flavor, nucleus, t, f * f);
                    double eMin = point.MinNeutrinoEnergyMev;
                    double acceptance = detector.Acceptance.Evaluate(detector.Observable.FromRecoilMev(t));
                    if (component.Spectrum is MonoenergeticSpectrum line)
                    {
                        return acceptance * (line.EnergyMev >= eMin ? model.DifferentialCrossSection(point, line.EnergyMev) : 0);
                    }

                    double eMax = component.Spectrum.MaximumEnergyMev;
                    return eMin >= eMax ? 0 : acceptance * Integrate.GaussKronrod(
                        e => component.Spectrum.Density(e) * model.DifferentialCrossSection(point, e), eMin, eMax, 1e-8, 15);
                }

                total += k * Integrate.GaussKronrod(Inner, tLow, tHigh, 1e-8, 20);
            }
        }

        return total;
    }
}
