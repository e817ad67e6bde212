using System.Globalization;
using CoherentScattering.CrossSections;
using CoherentScattering.Experiments;
using CoherentScattering.Statistics;

namespace CoherentScattering.Cli;

/// <summary><c>sin2w</c>: the Δχ² profile of sin²θ_W and its 90 % C.L. interval (paper Fig. 2 and Table I, row 1).</summary>
internal static class WeakMixingAngleCommand
{
    public const double ConfidenceLevel = 0.9;
    public const double ScanLow = 0.0, ScanHigh = 0.5;

    public static ParameterProfile Profile(Experiment experiment, PullTreatment treatment = PullTreatment.SignalAndBackground)
    {
        var likelihood = experiment.CreateCountingLikelihood(treatment); // the folded total when the experiment has a response chain
        return ParameterProfile.Scan(s => likelihood.MinusTwoLogLikelihood(new StandardModel(s)), ScanLow, ScanHigh, 251);
    }

    public static void Run(Experiment experiment, bool json, TextWriter output)
    {
        var profile = Profile(experiment);
        var intervals = profile.Intervals(ConfidenceLevel);
        if (json)
        {
            output.WriteLine(JsonOutput.Serialize(new WeakMixingAngleDocument(JsonOutput.SchemaVersion,
                JsonOutput.Units([("bestFit", "1"), ("chi2Min", "1"), ("intervals", "1"), ("profile", "[1, 1]: [sin2thetaW, Δχ²]")]), "sin2thetaW", profile.BestFit,
                profile.MinimumChiSquared, ConfidenceLevel, JsonOutput.Pairs(intervals), JsonOutput.Profile(profile.Grid, profile.DeltaChiSquared)),
                CliJsonContext.Default.WeakMixingAngleDocument));
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sin²θ_W: best fit {profile.BestFit:F4} (χ²_min = {profile.MinimumChiSquared:F3}); 90 % C.L.: {string.Join(" ∪ ", intervals)}"));
    }
}
