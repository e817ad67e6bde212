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

    public static string ToJson(ExpectedEvents events)
    {
        string suffix = Suffix(events.ObservableUnit);
        var byFlavor = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var flavor in new[] { NeutrinoFlavor.ElectronNeutrino, NeutrinoFlavor.MuonNeutrino, NeutrinoFlavor.MuonAntineutrino })
        {
            byFlavor[flavor.Key()] = events.ByFlavor(flavor);
        }

        foreach (var (flavor, n) in events.Flavors.Where(f => f.Key is not (NeutrinoFlavor.ElectronNeutrino or NeutrinoFlavor.MuonNeutrino or NeutrinoFlavor.MuonAntineutrino)))
        {
            byFlavor[flavor.Key()] = n;
        }

        var byIsotope = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (isotope, n) in events.Isotopes)
        {
            byIsotope[isotope] = n;
        }

        var bins = events.Bins.Select(bin => new OrderedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["low" + suffix] = bin.Low,
            ["high" + suffix] = bin.High,
            ["events"] = bin.Events,
        }).ToArray();
        return JsonOutput.Serialize(new EventsDocument(JsonOutput.SchemaVersion, JsonOutput.Units(Units(events.ObservableUnit)), events.Total,
            suffix.Length == 0 ? events.ObservableUnit : null, byFlavor, byIsotope, bins), CliJsonContext.Default.EventsDocument);
    }
}
