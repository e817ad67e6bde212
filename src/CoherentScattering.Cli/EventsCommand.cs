using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Rates;
using CoherentScattering.Sources;

namespace CoherentScattering.Cli;

/// <summary><c>events</c>: Standard-Model expected events in total, per flavour, per isotope and per bin.</summary>
internal static class EventsCommand
{
    public static ExpectedEvents Compute(Experiment experiment) =>
        experiment.ComputeEvents(StandardModel.Paper);

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

    // The units of the events document; the bin edges in the observable's unit.
    private static (string, string)[] Units(string binUnit)
    {
        string suffix = Suffix(binUnit);
        return [("total", "events"), ("byFlavor", "events"), ("byIsotope", "events"), ("bins.low" + suffix, binUnit), ("bins.high" + suffix, binUnit), ("bins.events", "events")];
    }

    // Bin-edge keys carry the unit: lowPE, lowKeV (recoil), lowKeVee (electron-equivalent, through a response chain).
    private static string Suffix(string unit) => unit switch
    {
        "PE" => "PE",
        "keV" => "KeV",
        "keVee" => "KeVee",
        _ => "",
    };

    public static string ToJson(ExpectedEvents events) => JsonOutput.Document(Units(events.ObservableUnit), w =>
    {
        string suffix = Suffix(events.ObservableUnit);
        w.WriteNumber("total", events.Total);
        if (suffix.Length == 0)
        {
            w.WriteString("binUnit", events.ObservableUnit);
        }

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
            w.WriteNumber("low" + suffix, bin.Low);
            w.WriteNumber("high" + suffix, bin.High);
            w.WriteNumber("events", bin.Events);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
