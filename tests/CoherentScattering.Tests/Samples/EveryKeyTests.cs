using CoherentScattering.Statistics;
using ModelParameter = global::CoherentScattering.Cli.ModelParameter;
using ParameterFitCommand = global::CoherentScattering.Cli.ParameterFitCommand;

namespace CoherentScattering.Tests.Samples;

// Every parameter key of fit --parameter runs on every preset alone and jointly: a finite profile with a minimum inside
// or at the edge of the scan, on a coarse grid.
public sealed class EveryKeyTests
{
    private static readonly string[] Presets = ["coherent-2017-csi", "coherent-2017-csi-spectral", "coherent-2021-csi", "coherent-2020-lar"];

    private static readonly Lazy<Dictionary<string, IModelLikelihood>> Likelihoods = new(() => Presets.ToDictionary(p => p, ParameterFitCommand.LikelihoodOf));

    private static IEnumerable<string> Keys() => ModelParameter.Keys.Select(k => k.Replace("@MASS", "@10", StringComparison.Ordinal));

    [TestCaseSource(nameof(Keys))]
    public void Key_RunsOnEveryPresetAloneAndJointly(string key)
    {
        var parameter = ModelParameter.Find(key) with { Points = 5 };
        var fits = Presets.Select(p => (p, Likelihoods.Value[p]))
            .Append(("coherent-2017-csi-spectral+coherent-2020-lar", new JointLikelihood([Likelihoods.Value["coherent-2017-csi-spectral"], Likelihoods.Value["coherent-2020-lar"]])))
            .Append(("coherent-2021-csi+coherent-2020-lar", new JointLikelihood([Likelihoods.Value["coherent-2021-csi"], Likelihoods.Value["coherent-2020-lar"]])));
        foreach (var (name, likelihood) in fits)
        {
            var profile = ParameterProfile.ScanModels(likelihood, parameter.Model, parameter.Low, parameter.High, parameter.Points);
            Assert.That(profile.ChiSquared, Is.All.Matches<double>(double.IsFinite), $"{key} on {name}");
            // A neutron radius acts on its own nuclei only: flat where the target holds none of them.
            bool applies = key switch { "rn_csi" => name.Contains("csi", StringComparison.Ordinal), "rn_ar" => name.Contains("lar", StringComparison.Ordinal), _ => true };
            if (applies)
            {
                Assert.That(profile.DeltaChiSquared.Max(), Is.Positive, $"{key} on {name}: the data constrain the parameter over its range");
            }
            else
            {
                Assert.That(profile.ChiSquared.Distinct().Count(), Is.EqualTo(1), $"{key} on {name}: no nucleus of the target is affected");
            }
        }
    }
}
