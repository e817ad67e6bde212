using CoherentScattering.CrossSections;
using CoherentScattering.Detector;
using CoherentScattering.Nuclear;
using CoherentScattering.Quantities;
using CoherentScattering.Rates;
using CoherentScattering.Sources;

namespace CoherentScattering.Tests.Nuclear;

public class ElementTests
{
    private static IEnumerable<Element> All() => Elements.All;

    [TestCaseSource(nameof(All))]
    public void Catalogue_FractionsSumToOne_AndShareZ(Element element)
    {
        Assert.That(element.Isotopes.Sum(i => i.Fraction), Is.EqualTo(1).Within(1e-5), "the printed compositions sum to 1 to their last digit");
        Assert.That(element.Isotopes.Select(i => i.Nucleus.Protons), Is.All.EqualTo(element.AtomicNumber));
        Assert.That(Elements.Get(element.Symbol), Is.SameAs(element));
    }

    [Test(Description = "The issue's list of natural targets is in the catalogue")]
    public void Catalogue_HoldsTheListedElements() =>
        Assert.That(Elements.All.Select(e => e.Symbol), Is.EquivalentTo(new[] { "H", "C", "O", "F", "Na", "Al", "Si", "Ar", "Ca", "Ge", "I", "Cs", "Xe", "W" }));

    [TestCase("Ge", 32, 5, 72.7076, 72.630, Description = "Σ f·A of the 2013 fractions by hand; standard atomic weight 72.630(8) (CIAAW)")]
    [TestCase("Xe", 54, 9, 131.3879, 131.293, Description = "Σ f·A by hand; standard atomic weight 131.293(6)")]
    [TestCase("W", 74, 5, 183.8907, 183.84, Description = "Σ f·A by hand; standard atomic weight 183.84(1)")]
    [TestCase("Ca", 20, 6, 40.1156, 40.078, Description = "Σ f·A by hand; standard atomic weight 40.078(4)")]
    public void MolarMass_IsTheMassNumberAverage_NearTheAtomicWeight(string symbol, int z, int isotopes, double massNumberAverage, double atomicWeight)
    {
        var e = Elements.Get(symbol);
        Assert.That(e.AtomicNumber, Is.EqualTo(z));
        Assert.That(e.Isotopes, Has.Count.EqualTo(isotopes));
        Assert.That(e.MolarMassGramsPerMole, Is.EqualTo(massNumberAverage).Within(1e-3), "M = A·u: the molar mass is Σ f_i A_i");
        Assert.That(e.MolarMassGramsPerMole, Is.EqualTo(atomicWeight).Within(2e-3 * atomicWeight), "A·u differs from the atomic masses by the mass excess, < 0.2 %");
    }

    [Test(Description = "Germanium, IUPAC 2013 (Meija et al., PAC 88, 293 (2016)): the five fractions taken one by one (a swapped pair would fail)")]
    public void Germanium_EachIsotopeFraction()
    {
        var f = Elements.Germanium.Isotopes.ToDictionary(i => i.Nucleus.Key, i => i.Fraction);
        Assert.That(f["Ge70"], Is.EqualTo(0.2052));
        Assert.That(f["Ge72"], Is.EqualTo(0.2745));
        Assert.That(f["Ge73"], Is.EqualTo(0.0776));
        Assert.That(f["Ge74"], Is.EqualTo(0.3652));
        Assert.That(f["Ge76"], Is.EqualTo(0.0775));
    }

    // Events of a pion-decay-at-rest flux on 1 kg in 1–50 keVnr, SM.
    private static double Events(TargetMaterial target, double kilograms)
    {
        var detector = new DetectorResponse(target, Mass.FromKilograms(kilograms), LinearRecoilObservable.RecoilKiloelectronvolts, PerfectAcceptance.Instance, [1.0, 50.0]);
        return new EventRateCalculator(new PionDecayAtRest(1.76e23, 0.08, Length.FromMeters(19.3)).ToFlux(), detector).Total(StandardModel.Paper);
    }

    [TestCaseSource(nameof(All))]
    public void Natural_EqualsAbundanceWeightedSumOfIsotopes(Element element)
    {
        // A natural kilogram holds the isotope i with mass fraction w_i = f_i A_i / Σ f_j A_j (Eq. 5): its events are
        // those of w_i kg of the pure isotope.
        double natural = Events(TargetMaterial.Natural(element), 1);
        double molar = element.MolarMassGramsPerMole, sum = 0;
        foreach (var i in element.Isotopes)
        {
            sum += Events(TargetMaterial.Pure(i.Nucleus), i.Fraction * i.Nucleus.MolarMassGramsPerMole / molar);
        }

        Assert.That(natural, Is.EqualTo(sum).Within(1e-10 * sum));
    }

    [Test(Description = "CaWO4: one formula unit holds 1 Ca, 1 W, 4 O; the W share of the events equals that of its mass fraction")]
    public void Compound_WeighsElementsByFormulaMass()
    {
        var cawo4 = TargetMaterial.Compound([(Elements.Calcium, 1), (Elements.Tungsten, 1), (Elements.Oxygen, 4)]);
        double formula = Elements.Calcium.MolarMassGramsPerMole + Elements.Tungsten.MolarMassGramsPerMole + 4 * Elements.Oxygen.MolarMassGramsPerMole;
        double expected = Events(TargetMaterial.Natural(Elements.Calcium), Elements.Calcium.MolarMassGramsPerMole / formula)
            + Events(TargetMaterial.Natural(Elements.Tungsten), Elements.Tungsten.MolarMassGramsPerMole / formula)
            + Events(TargetMaterial.Natural(Elements.Oxygen), 4 * Elements.Oxygen.MolarMassGramsPerMole / formula);
        Assert.That(Events(cawo4, 1), Is.EqualTo(expected).Within(1e-10 * expected));
        Assert.That(cawo4.Isotopes, Has.Count.EqualTo(6 + 5 + 3));
    }

    [Test]
    public void Get_Unknown_ListsSymbols()
    {
        var e = Assert.Throws<ArgumentException>(() => Elements.Get("Ge2"));
        Assert.That(e!.Message, Does.Contain("Ge2").And.Contain("Xe").And.Contain("W"));
        Assert.That(Elements.TryGet("ge", out _), Is.False, "symbols are case-sensitive");
    }

    [Test]
    public void Element_BadCompositions_Refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new Element("Ge", [new(Nuclei.Ge70, 0.5), new(Nuclei.Ge72, 0.4)]), "sum 0.9");
        Assert.Throws<ArgumentException>(() => _ = new Element("X", [new(Nuclei.Ge70, 0.5), new(Nuclei.Xe124, 0.5)]), "two Z");
        Assert.Throws<ArgumentException>(() => _ = new Element("Ge", [new(Nuclei.Ge70, 0.5), new(Nuclei.Ge70, 0.5)]), "repeated");
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new IsotopeAbundance(Nuclei.Ge70, 0));
        Assert.Throws<ArgumentException>(() => TargetMaterial.Compound([(Elements.Oxygen, 1), (Elements.Oxygen, 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetMaterial.Compound([(Elements.Oxygen, double.NaN)]));
    }

    [Test(Description = "An enriched element is an Element with its own fractions")]
    public void Enriched_Germanium76()
    {
        var enriched = new Element("Ge", [new(Nuclei.Ge76, 0.88), new(Nuclei.Ge74, 0.12)]);
        Assert.That(enriched.TargetIsotopes(2).Select(i => i.Atoms), Is.EqualTo(new[] { 1.76, 0.24 }).Within(1e-12));
    }
}
