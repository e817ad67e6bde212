using CoherentScattering.CrossSections;
using CoherentScattering.Models;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;
using CoherentScattering.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace CoherentScattering.Tests;

/// <summary>No public call returns NaN: bad numbers give an ArgumentException naming the parameter, good ones a finite result.</summary>
public class BadInputTests
{
    private static readonly double[] Specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1.0, -1e-300, 0.0, 1e-300, 5e-3, 30.0, 1e300];

    private static readonly (string Name, Func<double, double> Call)[] Calls =
    [
        ("Kinematics.MaxRecoilMev", x => Kinematics.MaxRecoilMev(x, Nuclei.Cs133.MassMev)),
        ("Kinematics.MinNeutrinoEnergyMev", x => Kinematics.MinNeutrinoEnergyMev(x, Nuclei.Cs133.MassMev)),
        ("Kinematics.MomentumTransferMev", x => Kinematics.MomentumTransferMev(x, Nuclei.I127.MassMev)),
        ("HelmFormFactor.Evaluate", x => HelmFormFactor.Paper.Evaluate(Nuclei.Cs133, x)),
        ("KleinNystrandFormFactor.Evaluate", x => KleinNystrandFormFactor.Coherent.Evaluate(Nuclei.Cs133, x)),
        ("SymmetrizedFermiFormFactor.Evaluate", x => SymmetrizedFermiFormFactor.LewinSmith.Evaluate(Nuclei.Cs133, x)),
        ("Michel ν_e density", x => MuonDecayAtRestSpectrum.ElectronNeutrino.Density(x)),
        ("Michel ν̄_μ moments", x => MuonDecayAtRestSpectrum.MuonAntineutrino.InverseMoments(x).Second),
        ("prompt line moments", x => PionDecayAtRest.PromptMuonNeutrino.InverseMoments(x).First),
        ("SM dσ/dT in E", x => StandardModel.Paper.DifferentialCrossSection(ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, 0.01), x)),
        ("SM dσ/dT in T", x => StandardModel.Paper.DifferentialCrossSection(ScatteringPoint.Create(NeutrinoFlavor.ElectronNeutrino, Nuclei.Cs133, x), 30)),
        ("new-physics dσ/dT", x => NewPhysicsModel.Paper.With(MagneticMoment.Universal(1e-9)).DifferentialCrossSection(ScatteringPoint.Create(NeutrinoFlavor.MuonNeutrino, Nuclei.I127, 0.01), x)),
        ("Likelihood.ChiSquared", x => new Likelihood(CountingMeasurement.Coherent2017).ChiSquared(x)),
        ("StandardModel(sin²θ_W)", x => new StandardModel(x).VectorWeakCharge(Nuclei.Cs133)),
        ("SterileOscillation survival", x => SterileOscillation.Common(1.0, 0.5).SurvivalProbability(NeutrinoFlavor.ElectronNeutrino, x, 19.3)),
    ];

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property PublicCalls_NeverReturnNaN() =>
        Prop.ForAll(Gen.Elements(Calls).ToArbitrary(), Gen.Elements(Specials).ToArbitrary(), (call, x) =>
        {
            try
            {
                double result = call.Call(x);
                return !double.IsNaN(result);
            }
            catch (ArgumentException e)
            {
                return !string.IsNullOrEmpty(e.ParamName) || e.Message.Length > 0;
            }
        });

    [Test]
    public void Kinematics_NegativeRecoil_NamesParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Kinematics.MinNeutrinoEnergyMev(-1e-3, 1e5));
        Assert.That(e!.ParamName, Is.EqualTo("recoilMev"));
        Assert.That(e.Message, Does.Contain("[0, +inf)"));
    }
}
