using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Rates;
using CoherentScattering.Sources;

namespace Coherent2017;

/// <summary><c>events</c>: Standard-Model expected events in total, per flavour, per isotope and per bin.</summary>
internal static class EventsCommand
{
    public static ExpectedEvents Compute(Experiment experiment) =>
        experiment.CreateRateCalculator().Compute(StandardModel.Paper);

    public static void Run(Experiment experiment, bool json, TextWriter output)
    {
        var events = Compute(experiment);
        if (json)
        {
            output.WriteLine(ToJson(events));
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{experiment.Name}: {events.Total:F2} SM events"));
        foreach (var (flavor, n) in events.Flavors)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {flavor.Key(),-10} {n,8:F2}"));
        }

        foreach (var (isotope, n) in events.Isotopes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {isotope,-10} {n,8:F2}"));
        }

        foreach (var bin in events.Bins)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{bin.Low,5:G4}, {bin.High,5:G4}) {events.ObservableUnit,-3} {bin.Events,8:F3}"));
        }
    }

    public static string ToJson(ExpectedEvents events) => JsonOutput.Write(w =>
    {
        bool pe = events.ObservableUnit == "PE";
        w.WriteStartObject();
        w.WriteNumber("total", events.Total);
        w.WriteStartObject("byFlavor");
        foreach (var flavor in new[] { NeutrinoFlavor.ElectronNeutrino, NeutrinoFlavor.MuonNeutrino, NeutrinoFlavor.MuonAntineutrino })
        {
            w.WriteNumber(flavor.Key(), events.ByFlavor(flavor));
        }

        foreach (var (flavor, n) in events.Flavors.Where(f => f.Key is not (NeutrinoFlavor.ElectronNeutrino or NeutrinoFlavor.MuonNeutrino or NeutrinoFlavor.MuonAntineutrino)))
        {
            w.WriteNumber(flavor.Key(), n);
        }

        w.WriteEndObject();
        w.WriteStartObject("byIsotope");
        foreach (var (isotope, n) in events.Isotopes)
        {
            w.WriteNumber(isotope, n);
        }

        w.WriteEndObject();
        w.WriteStartArray("bins");
        foreach (var bin in events.Bins)
        {
            w.WriteStartObject();
            w.WriteNumber(pe ? "lowPE" : "lowKeV", bin.Low);
            w.WriteNumber(pe ? "highPE" : "highKeV", bin.High);
            w.WriteNumber("events", bin.Events);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
