using CoherentScattering.CrossSections;

namespace CoherentScattering.Models;

/// <summary>
/// An effect that adds incoherently to the cross section (no interference with the SM): tensor NSI (Eq. 11–12),
/// the neutrino magnetic moment (Vogel–Engel form of Eq. 14–16), a scalar mediator (Eq. 24), flavour-changing vector
/// NSI. Each term is of kinematic form A + B/E + C/E² at fixed T.
/// </summary>
public interface IIncoherentTerm
{
    /// <summary>The term's coefficients at a scattering point (form factor included), MeV⁻³ units as <see cref="KinematicForm"/>.</summary>
    /// <param name="point">Flavour, nucleus, recoil and F².</param>
    KinematicForm Term(in ScatteringPoint point);
}
