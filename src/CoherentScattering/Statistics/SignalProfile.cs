namespace CoherentScattering.Statistics;

/// <summary>The profile of a binned fit in one component's events: the global fit, Δ(−2 ln L) on a grid, the 1σ interval
/// (Δ = 1) around the best fit, and Δ(−2 ln L) with the component at zero (its significance by Wilks' theorem).</summary>
public sealed class SignalProfile
{
    internal SignalProfile(string component, TemplateFit fit, ParameterProfile profile, Interval oneSigma, double deltaAtZero)
    {
        Component = component;
        Fit = fit;
        Profile = profile;
        OneSigma = oneSigma;
        DeltaAtZero = deltaAtZero;
    }

    /// <summary>The profiled component.</summary>
    public string Component { get; }

    /// <summary>The global fit.</summary>
    public TemplateFit Fit { get; }

    /// <summary>The fitted events of the component.</summary>
    public double BestFit => Fit.EventsOf(Component);

    /// <summary>−2 ln L on the grid (Δ from its minimum via <see cref="ParameterProfile.DeltaChiSquared"/>).</summary>
    public ParameterProfile Profile { get; }

    /// <summary>The interval where Δ(−2 ln L) ≤ 1 that holds the best fit.</summary>
    public Interval OneSigma { get; }

    /// <summary>Δ(−2 ln L) between the component at zero events and the best fit.</summary>
    public double DeltaAtZero { get; }
}
