namespace CoherentScattering.CrossSections;

/// <summary>The two basis forms of Eq. (1): vector (G_F²M/π) F² (1 − MT/2E²) and axial (G_F²M/π) F² (1 + MT/2E²).</summary>
public static class StandardBasis
{
    /// <summary>The vector form, coefficient Q_V².</summary>
    public static IBasisForm Vector { get; } = new Form("sm.vector", vector: true);

    /// <summary>The axial form, coefficient Q_A².</summary>
    public static IBasisForm Axial { get; } = new Form("sm.axial", vector: false);

    private sealed class Form(string key, bool vector) : IBasisForm
    {
        public string? CacheKey => key;

        public KinematicForm Evaluate(in ScatteringPoint point) =>
            StandardModel.Form(point, vector ? 1.0 : 0.0, vector ? 0.0 : 1.0);

        public override string ToString() => key;
    }
}
