using CoherentScattering.CrossSections;
using CoherentScattering.Nuclear;
using CoherentScattering.Sources;

namespace CoherentScattering.Models;

/// <summary>An incoherent term of the form c(ν, nucleus) · b(T, E) with a parameter-free basis form b.</summary>
public interface ISeparableTerm : IIncoherentTerm
{
    /// <summary>The basis form b.</summary>
    IBasisForm Basis { get; }

    /// <summary>The coefficient c for a flavour and nucleus.</summary>
    /// <param name="flavor">Neutrino flavour.</param>
    /// <param name="nucleus">Nucleus.</param>
    double Coefficient(NeutrinoFlavor flavor, Nucleus nucleus);
}
