using System.Text.Json;
using CoherentScattering.Quantities;
using CoherentScattering.Sources;

namespace CoherentScattering.Experiments;

// The neutrino source of a file: pion decay at rest, a reactor core, and sources described as data (tabulated flux
// densities and lines with their absolute normalisation).
internal sealed partial class ExperimentReader
{
    private static readonly NeutrinoFlavor[] Flavors = Enum.GetValues<NeutrinoFlavor>();
    private const int MaximumKnots = 1_000_000; // knots of an inline table

    private INeutrinoSource Source(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error("source", $"must be a JSON object, found {e.ValueKind}.");
        }

        if (!e.TryGetProperty("type", out var t))
        {
            throw Error("source.type", "missing required key; valid: pionDecayAtRest, reactor, tabulated, monoenergetic.");
        }

        return String(t, "source.type") switch
        {
            "pionDecayAtRest" => PionSource(e),
            "reactor" => Reactor(e),
            "tabulated" => Tabulated(e),
            "monoenergetic" => Monoenergetic(e),
            var type => throw Error("source.type", $"unknown source type '{Guard.Excerpt(type)}'; valid: pionDecayAtRest, reactor, tabulated, monoenergetic."),
        };
    }

    private PionDecayAtRest PionSource(JsonElement e)
    {
        Object(e, "source", required: ["type", "protonsOnTarget", "neutrinosPerFlavorPerProton", "baselineMeters"], optional: []);
        double pot = Positive(e.GetProperty("protonsOnTarget"), "source.protonsOnTarget");
        double r = Positive(e.GetProperty("neutrinosPerFlavorPerProton"), "source.neutrinosPerFlavorPerProton");
        double baseline = Positive(e.GetProperty("baselineMeters"), "source.baselineMeters");
        return Build(() => new PionDecayAtRest(pot, r, Length.FromMeters(baseline)), new Dictionary<string, string>
        {
            ["protonsOnTarget"] = "source.protonsOnTarget",
            ["neutrinosPerFlavorPerProton"] = "source.neutrinosPerFlavorPerProton",
            ["baseline"] = "source.baselineMeters",
            ["value"] = "source.baselineMeters",
        });
    }

    // A reactor core (docs/reactor-sources.md); the live time is source.liveDays (see Experiment for the top-level key).
    private ReactorSource Reactor(JsonElement e)
    {
        Object(e, "source", required: ["type", "thermalPowerMegawatts", "fissionFractions", "baselineMeters", "liveDays"],
            optional: ["spectrumModel", "energiesPerFissionMeV"]);
        double power = Positive(e.GetProperty("thermalPowerMegawatts"), "source.thermalPowerMegawatts");
        double baseline = Positive(e.GetProperty("baselineMeters"), "source.baselineMeters");
        double days = Positive(e.GetProperty("liveDays"), "source.liveDays");
        double[] f = IsotopeValues(e.GetProperty("fissionFractions"), "source.fissionFractions");
        for (int i = 0; i < f.Length; i++)
        {
            if (!(f[i] >= 0 && f[i] <= 1))
            {
                throw Error(Guard.Text($"source.fissionFractions.{(FissionIsotope)i}"), Guard.Text($"must lie in [0, 1], got {f[i]}."));
            }
        }

        if (!(Math.Abs(f.Sum() - 1) <= FissionFractions.SumTolerance))
        {
            throw Error("source.fissionFractions", Guard.Text($"the fractions must sum to 1 within {FissionFractions.SumTolerance}, got {f.Sum()}."));
        }

        FissionEnergies? energies = null;
        if (e.TryGetProperty("energiesPerFissionMeV", out var en))
        {
            double[] v = IsotopeValues(en, "source.energiesPerFissionMeV");
            for (int i = 0; i < v.Length; i++)
            {
                if (!(v[i] >= FissionEnergies.MinimumMev && v[i] <= FissionEnergies.MaximumMev))
                {
                    throw Error(Guard.Text($"source.energiesPerFissionMeV.{(FissionIsotope)i}"), Guard.Text(
                        $"must lie in the physical range [{FissionEnergies.MinimumMev}, {FissionEnergies.MaximumMev}] MeV, got {v[i]}."));
                }
            }

            energies = new FissionEnergies(Energy.FromMegaelectronvolts(v[0]), Energy.FromMegaelectronvolts(v[1]), Energy.FromMegaelectronvolts(v[2]), Energy.FromMegaelectronvolts(v[3]));
        }

        var model = ReactorSpectrumModel.HuberMueller2to8;
        if (e.TryGetProperty("spectrumModel", out var m))
        {
            model = String(m, "source.spectrumModel") switch
            {
                "huberMueller2to8" => ReactorSpectrumModel.HuberMueller2to8,
                "huberMuellerExtrapolated" => ReactorSpectrumModel.HuberMuellerExtrapolated,
                var other => throw Error("source.spectrumModel", $"unknown spectrum model '{Guard.Excerpt(other)}'; valid: huberMueller2to8, huberMuellerExtrapolated."),
            };
        }

        return Build(() => new ReactorSource(Power.FromMegawatts(power), new FissionFractions(f[0], f[1], f[2], f[3]), Length.FromMeters(baseline), Duration.FromDays(days), model, energies),
            new Dictionary<string, string>
            {
                ["thermalPower"] = "source.thermalPowerMegawatts",
                ["baseline"] = "source.baselineMeters",
                ["liveTime"] = "source.liveDays",
                ["value"] = "source",
            });
    }

    // An object {"U235": x, "U238": x, "Pu239": x, "Pu241": x} (all four keys), in FissionIsotope order.
    private double[] IsotopeValues(JsonElement e, string key)
    {
        string[] names = Enum.GetNames<FissionIsotope>();
        Object(e, key, required: names, optional: []);
        return names.Select(n => Number(e.GetProperty(n), key + "." + n)).ToArray();
    }

    // {"type": "tabulated", "baselineMeters", "exposureDays", "components": [table | file | line, …]}.
    private TabulatedSource Tabulated(JsonElement e)
    {
        Object(e, "source", required: ["type", "baselineMeters", "exposureDays", "components"], optional: []);
        var (baseline, exposure) = Exposure(e);
        var list = e.GetProperty("components");
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() is 0 or > 64)
        {
            throw Error("source.components", "must be an array of 1 to 64 components: {flavor, energiesMeV, fluxPerCm2PerSecondPerMeV}, {flavor, file} or {flavor, lineMeV, fluxPerCm2PerSecond}.");
        }

        var components = list.EnumerateArray().Select((c, i) => Component(c, Guard.Text($"source.components[{i}]"))).ToArray();
        return Build(() => new TabulatedSource(components, baseline, exposure), new Dictionary<string, string> { ["exposure"] = "source.exposureDays" });
    }

    // {"type": "monoenergetic", "flavor", "energyMeV", "fluxPerCm2PerSecond", "baselineMeters", "exposureDays"}.
    private TabulatedSource Monoenergetic(JsonElement e)
    {
        Object(e, "source", required: ["type", "flavor", "energyMeV", "fluxPerCm2PerSecond", "baselineMeters", "exposureDays"], optional: []);
        var (baseline, exposure) = Exposure(e);
        var line = Line(e, "source", "energyMeV");
        return Build(() => new TabulatedSource([line], baseline, exposure), new Dictionary<string, string> { ["exposure"] = "source.exposureDays" });
    }

    private (Length Baseline, Duration Exposure) Exposure(JsonElement e)
    {
        double baseline = Positive(e.GetProperty("baselineMeters"), "source.baselineMeters");
        double days = Positive(e.GetProperty("exposureDays"), "source.exposureDays");
        if (baseline > Guard.QuantityLimit || days > 1e240)
        {
            throw Error(baseline > Guard.QuantityLimit ? "source.baselineMeters" : "source.exposureDays", "is beyond the representable range.");
        }

        return (Length.FromMeters(baseline), Duration.FromDays(days));
    }

    private FluxRateComponent Component(JsonElement c, string key)
    {
        if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("lineMeV", out _))
        {
            Object(c, key, required: ["flavor", "lineMeV", "fluxPerCm2PerSecond"], optional: ["label"]);
            return Line(c, key, "lineMeV");
        }

        bool fromFile = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("file", out _);
        Object(c, key, required: fromFile ? ["flavor", "file"] : ["flavor", "energiesMeV", "fluxPerCm2PerSecondPerMeV"], optional: ["label"]);
        var flavor = Flavor(c.GetProperty("flavor"), key + ".flavor");
        string? label = c.TryGetProperty("label", out var l) ? String(l, key + ".label") : null;
        if (fromFile)
        {
            // Two columns: energy (MeV), flux density (ν cm⁻² s⁻¹ MeV⁻¹); comma- or whitespace-separated, # comments.
            var table = Table(c.GetProperty("file"), key + ".file");
            if (table.Columns.Count != 2)
            {
                throw new IO.CsvFormatException(table.Source, 0, 0, Guard.Text($"needs 2 columns (energy in MeV, flux density in cm^-2 s^-1 MeV^-1) for {key}, found {table.Columns.Count}."));
            }

            return table.Build(t => FluxRateComponent.FromTable(flavor, new TabulatedSpectrum(t.Column(0), t.Column(1), t.Source), label));
        }

        var energies = Numbers(c.GetProperty("energiesMeV"), key + ".energiesMeV", MaximumKnots);
        var flux = Numbers(c.GetProperty("fluxPerCm2PerSecondPerMeV"), key + ".fluxPerCm2PerSecondPerMeV", MaximumKnots);
        if (energies.Length != flux.Length || energies.Length < 2)
        {
            throw Error(key, Guard.Text($"energiesMeV and fluxPerCm2PerSecondPerMeV need the same length of at least 2, got {energies.Length} and {flux.Length}."));
        }

        return Build(() => FluxRateComponent.FromTable(flavor, new TabulatedSpectrum(energies, flux, label ?? "tabulated " + flavor.Key()), label), new Dictionary<string, string>
        {
            ["energiesMev"] = key + ".energiesMeV",
            ["densities"] = key + ".fluxPerCm2PerSecondPerMeV",
            ["fluxDensity"] = key + ".fluxPerCm2PerSecondPerMeV",
        });
    }

    private FluxRateComponent Line(JsonElement e, string key, string energyKey)
    {
        var flavor = Flavor(e.GetProperty("flavor"), key + ".flavor");
        double energy = Positive(e.GetProperty(energyKey), key + "." + energyKey);
        double flux = Number(e.GetProperty("fluxPerCm2PerSecond"), key + ".fluxPerCm2PerSecond");
        string? label = e.TryGetProperty("label", out var l) ? String(l, key + ".label") : null;
        if (energy > 1e6 || energy < 1e-9)
        {
            throw Error(key + "." + energyKey, Guard.Text($"must lie in [1e-9, 1e6] MeV, got {energy}."));
        }

        return Build(() => FluxRateComponent.Line(flavor, Energy.FromMegaelectronvolts(energy), flux, label), new Dictionary<string, string>
        {
            ["fluxPerSquareCentimeterPerSecond"] = key + ".fluxPerCm2PerSecond",
        });
    }

    private NeutrinoFlavor Flavor(JsonElement e, string key)
    {
        string text = String(e, key);
        foreach (var f in Flavors)
        {
            if (f.Key() == text)
            {
                return f;
            }
        }

        throw Error(key, $"unknown flavour '{Guard.Excerpt(text)}'; valid: {string.Join(", ", Flavors.Select(f => f.Key()))}.");
    }
}
