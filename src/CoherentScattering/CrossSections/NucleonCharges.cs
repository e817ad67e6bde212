namespace CoherentScattering.CrossSections;

/// <summary>
/// A vector weak charge split into its proton and neutron parts, Q_V = Q_p + Q_n with Q_p = Z g_p^V and Q_n = N g_n^V in
/// the Standard Model (paper Eq. 2), so that with separate form factors the amplitude is Q_p F_p + Q_n F_n
/// (Cadeddu et al., PRL 120, 072501 (2018), Eq. 1–2). New physics shifts each part by its own couplings.
/// </summary>
public readonly record struct NucleonCharges
{
    /// <summary>Creates the pair.</summary>
    /// <param name="Proton">Q_p (dimensionless, Eq. 2 normalisation), |Q_p| ≤ 1e100.</param>
    /// <param name="Neutron">Q_n, |Q_n| ≤ 1e100.</param>
    /// <exception cref="ArgumentOutOfRangeException">A charge not finite or above 1e100 in magnitude.</exception>
    public NucleonCharges(double Proton, double Neutron)
    {
        this.Proton = Guard.Magnitude(Proton, MaximumMagnitude);
        this.Neutron = Guard.Magnitude(Neutron, MaximumMagnitude);
    }

    /// <summary>The largest magnitude of either part.</summary>
    public const double MaximumMagnitude = 1e100;

    /// <summary>The proton part Q_p.</summary>
    public double Proton { get; }

    /// <summary>The neutron part Q_n.</summary>
    public double Neutron { get; }

    /// <summary>Q_V = Q_p + Q_n (the charge with a single form factor).</summary>
    public double Total => Proton + Neutron;

    /// <summary>Part-wise sum (shifts add in the amplitude).</summary>
    public static NucleonCharges operator +(NucleonCharges a, NucleonCharges b) => new(a.Proton + b.Proton, a.Neutron + b.Neutron);

    /// <inheritdoc />
    public override string ToString() => Guard.Text($"NucleonCharges {{ Proton = {Proton}, Neutron = {Neutron} }}");
}
