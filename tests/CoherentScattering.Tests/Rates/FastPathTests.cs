using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Models;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Rates;

/// <summary>The separable, kinematic-form and numerical paths of the engine give the same events, bin by bin.</summary>
public class FastPathTests
{
    private static readonly global::CoherentScattering.Rates.EventRateCalculator Calculator = Experiment.Coherent2017.CreateRateCalculator();

    private static IEnumerable<TestCaseData> SeparableModels()
    {
        yield return new TestCaseData(StandardModel.Paper).SetArgDisplayNames("SM");
        yield return new TestCaseData(new StandardModel(0.19)).SetArgDisplayNames("SM sin²θ_W = 0.19");
        yield return new TestCaseData(NewPhysicsModel.Paper
            .With(VectorNsi.FlavorDiagonal(LeptonFlavor.Electron, 0.1, -0.2))
            .With(VectorNsi.Single(Quark.Down, LeptonFlavor.Muon, LeptonFlavor.Tau, 0.05))
            .With(ChargeRadius.ForFlavor(LeptonFlavor.Muon, Area.FromSquareCentimeters(-3e-32)))
            .With(TensorNsi.ForFlavor(LeptonFlavor.Electron, 0.03, 0.01))
            .With(MagneticMoment.ForFlavor(LeptonFlavor.Muon, 3e-9))).SetArgDisplayNames("all separable families at once");
    }

    [TestCaseSource(nameof(SeparableModels))]
    public void SeparablePath_AgreesWithKinematicAndNumericalPaths(ICrossSectionModel model)
    {
        Assert.That(((ISeparableCrossSection)model).IsSeparable, Is.True);
        var separable = Calculator.Compute(model);
        var kinematic = Calculator.ComputeByKinematicForm(model);
        var numerical = Calculator.ComputeNumerically(model);
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int b = 0; b < 12; b++)
                {
                    double reference = numerical.Get(c, i, b);
                    Assert.That(separable.Get(c, i, b), Is.EqualTo(reference).Within(1e-9 * reference));
                    Assert.That(kinematic.Get(c, i, b), Is.EqualTo(reference).Within(1e-9 * reference));
                }
            }
        }

        Assert.That(Calculator.Total(model), Is.EqualTo(numerical.Total).Within(1e-9 * numerical.Total));
    }

    [Test]
    public void MediatorModels_AreNotSeparable_AndUseKinematicPath()
    {
        var zPrime = NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(30), 1e-8));
        Assert.That(zPrime.IsSeparable, Is.False);
        Assert.Throws<InvalidOperationException>(() => zPrime.GetCoefficients(NeutrinoFlavor.ElectronNeutrino, global::CoherentScattering.Nuclear.Nuclei.Cs133, new double[2]));
        Assert.That(Calculator.Total(zPrime), Is.EqualTo(Calculator.ComputeNumerically(zPrime).Total).Within(1e-9 * Calculator.Total(zPrime)));
    }

    [Test(Description = "SmEventCount runs allocation-free once the basis integrals are cached")]
    public void Total_StandardModel_DoesNotAllocate()
    {
        Calculator.Total(StandardModel.Paper); // warm the cache
        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int k = 0; k < 100; k++)
        {
            sum += Calculator.Total(StandardModel.Paper);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero);
        Assert.That(sum, Is.GreaterThan(0));
    }

    [Test(Description = "The kinematic-form path (mediator models) allocates nothing per recoil node")]
    public void Total_KinematicFormPath_DoesNotAllocatePerNode()
    {
        var zPrime = NewPhysicsModel.Paper.With(VectorMediator.Universal(Energy.FromMegaelectronvolts(30), 1e-8));
        Calculator.Total(zPrime);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Calculator.Total(zPrime);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.LessThan(1000), "well below one object per node (the CsI set-up has hundreds of nodes)");
    }
}
