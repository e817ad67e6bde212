using CoherentScattering.Statistics;

namespace CoherentScattering.Cli.Figures;

/// <summary>One component's best-fit expectation per bin of a projection.</summary>
internal sealed record ProjectedComponent(string Name, double FittedEvents, IReadOnlyList<double> Expected);

/// <summary>
/// A binned fit projected onto one axis (summed over the others): the observed counts with their Poisson errors, each
/// component's expectation at the best fit (its template scaled to the fitted events N_k) and the total expectation
/// Σ_k N_k t̂_k, summed in the full binning before the projection (so that it checks the components' sum).
/// </summary>
internal sealed record FitProjection(HistogramAxis Axis, IReadOnlyList<double> Data, IReadOnlyList<ProjectedComponent> Components, IReadOnlyList<double> Total)
{
    /// <summary>The upper error shown for an empty bin: the upper edge of the 68.27 % central (Garwood) Poisson interval
    /// at n = 0, ½ χ²(0.8413; 2 dof) = 1.8410 (ROOT's <c>kPoisson</c> convention); its lower error is 0.</summary>
    public const double ZeroCountUpperError = 1.8410;

    /// <summary>√n below the counts (0 for an empty bin).</summary>
    public IReadOnlyList<double> ErrorLow => Data.Select(Math.Sqrt).ToArray();

    /// <summary>√n above the counts (<see cref="ZeroCountUpperError"/> for an empty bin).</summary>
    public IReadOnlyList<double> ErrorHigh => Data.Select(n => n > 0 ? Math.Sqrt(n) : ZeroCountUpperError).ToArray();

    /// <summary>The projections of a fit onto every axis of its data, in axis order.</summary>
    /// <param name="likelihood">The likelihood that was fitted.</param>
    /// <param name="fit">Its fit (the fitted events of every component).</param>
    public static IReadOnlyList<FitProjection> Of(BinnedPoissonLikelihood likelihood, TemplateFit fit)
    {
        var data = likelihood.Data;
        var scaled = likelihood.Components.Select(c => (c.Name, Events: fit.EventsOf(c.Name), Expected: c.Template.Scale(fit.EventsOf(c.Name) / c.Template.Total))).ToArray();
        var total = new Histogram(data.Axes, Enumerable.Range(0, data.Count).Select(i => scaled.Sum(c => c.Expected.Values[i])));
        return Enumerable.Range(0, data.Axes.Count).Select(axis => new FitProjection(
            data.Axes[axis],
            data.Project(axis),
            scaled.Select(c => new ProjectedComponent(c.Name, c.Events, c.Expected.Project(axis))).ToArray(),
            total.Project(axis))).ToArray();
    }
}
