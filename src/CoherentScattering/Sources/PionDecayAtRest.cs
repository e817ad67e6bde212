using CoherentScattering.Quantities;

namespace CoherentScattering.Sources;

/// <summary>
/// A pion-decay-at-rest source (SNS-like): π⁺ → μ⁺ν_μ (prompt line) then μ⁺ → e⁺ν_eν̄_μ (delayed Michel spectra),
/// r neutrinos of each flavour per proton on target, emitted isotropically.
/// </summary>
/// <remarks>Fluence per flavour at the detector, paper Sec. II: Φ·t_run = r N_POT / (4π L²) (the paper's
/// "N_POT = N_POT/t_run" is a rate, t_run cancels; reference calculation R2 in docs/physics.md). COHERENT 2017: 3.008e14 cm⁻².</remarks>
public sealed record PionDecayAtRest : INeutrinoSource
{
    /// <summary>The prompt-line energy E = (m_π² − m_μ²)/(2 m_π) = 29.79 MeV (the paper prints 29.9: erratum E1).</summary>
    public static double PromptLineEnergyMev =>
        (PhysicalConstants.ChargedPionMassMev * PhysicalConstants.ChargedPionMassMev - PhysicalConstants.MuonMassMev * PhysicalConstants.MuonMassMev)
        / (2 * PhysicalConstants.ChargedPionMassMev);

    /// <summary>The prompt ν_μ spectrum (a line at <see cref="PromptLineEnergyMev"/>).</summary>
    public static readonly MonoenergeticSpectrum PromptMuonNeutrino = new(PromptLineEnergyMev);

    /// <summary>Creates the source description.</summary>
    /// <param name="protonsOnTarget">N_POT, &gt; 0.</param>
    /// <param name="neutrinosPerFlavorPerProton">r, &gt; 0.</param>
    /// <param name="baseline">L, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive or not finite, or together they give a
    /// fluence r N_POT/(4πL²) outside (0, 1e250] cm⁻² (the message names the argument that drives it out).</exception>
    public PionDecayAtRest(double protonsOnTarget, double neutrinosPerFlavorPerProton, Length baseline)
    {
        ProtonsOnTarget = Guard.Positive(protonsOnTarget);
        NeutrinosPerFlavorPerProton = Guard.Positive(neutrinosPerFlavorPerProton);
        Guard.Positive(baseline.Meters, nameof(baseline));
        Baseline = baseline;
        double fluence = FluencePerFlavorPerSquareCentimeter;
        if (!(fluence > 0 && fluence <= Guard.QuantityLimit))
        {
            // Name the argument furthest from an SNS-like value (1e23 POT, r = 0.1, 20 m) on a log scale.
            double pot = Math.Abs(Math.Log10(protonsOnTarget / 1e23)), r = Math.Abs(Math.Log10(neutrinosPerFlavorPerProton / 0.1)), l = 2 * Math.Abs(Math.Log10(baseline.Meters / 20));
            string name = pot >= r && pot >= l ? nameof(protonsOnTarget) : r >= l ? nameof(neutrinosPerFlavorPerProton) : nameof(baseline);
            throw new ArgumentOutOfRangeException(name, Guard.Text(
                $"The fluence r·N_POT/(4πL²) = {fluence} cm⁻² (N_POT = {protonsOnTarget}, r = {neutrinosPerFlavorPerProton}, L = {baseline.Meters} m) must lie in (0, {Guard.QuantityLimit}]."));
        }
    }

    /// <summary>N_POT.</summary>
    public double ProtonsOnTarget { get; }

    /// <summary>r, neutrinos of each flavour per proton.</summary>
    public double NeutrinosPerFlavorPerProton { get; }

    /// <summary>L.</summary>
    public Length Baseline { get; }

    /// <summary>The SNS beam timing of the CENNS-10 release (<see cref="PionDecayArrivalTime.Cenns10"/>): an SNS-like
    /// pulse with the π⁺ and μ⁺ decay times.</summary>
    public PionDecayArrivalTime? ArrivalTime => PionDecayArrivalTime.Cenns10;

    /// <summary>Fluence per flavour at the detector, r N_POT/(4π L²), in cm⁻².</summary>
    public double FluencePerFlavorPerSquareCentimeter =>
        NeutrinosPerFlavorPerProton * (ProtonsOnTarget / (4 * Math.PI * Baseline.Centimeters)) / Baseline.Centimeters; // no overflow of L²

    /// <inheritdoc />
    public override string ToString() => Guard.Text(
        $"PionDecayAtRest {{ ProtonsOnTarget = {ProtonsOnTarget}, NeutrinosPerFlavorPerProton = {NeutrinosPerFlavorPerProton}, Baseline = {Baseline} }}");

    /// <summary>The three-flavour flux: prompt ν_μ line, delayed ν_e and ν̄_μ, each with the same fluence.</summary>
    public NeutrinoFlux ToFlux()
    {
        double f = FluencePerFlavorPerSquareCentimeter;
        return new NeutrinoFlux(
        [
            new FluxComponent(NeutrinoFlavor.ElectronNeutrino, f, MuonDecayAtRestSpectrum.ElectronNeutrino, "delayed ν_e"),
            new FluxComponent(NeutrinoFlavor.MuonNeutrino, f, PromptMuonNeutrino, "prompt ν_μ"),
            new FluxComponent(NeutrinoFlavor.MuonAntineutrino, f, MuonDecayAtRestSpectrum.MuonAntineutrino, "delayed ν̄_μ"),
        ], Baseline);
    }
}
