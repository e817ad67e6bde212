using CoherentScattering.CrossSections;

namespace CoherentScattering.Statistics;

// One scan point of a model likelihood: the model built from its parameters, then −2 ln L; a failure of either is
// reported as the argument that caused it (the model function or the likelihood), with the parameters.
internal static class ModelEvaluation
{
    public static double At(IModelLikelihood likelihood, Func<ICrossSectionModel> build, FormattableString point)
    {
        ICrossSectionModel model;
        try
        {
            model = build() ?? throw new ArgumentException("it returned null.");
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(Guard.Text($"The model function fails at {point.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {e.Message}"), "model", e);
        }

        try
        {
            return likelihood.MinusTwoLogLikelihood(model);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(Guard.Text($"'{likelihood.Name}' cannot evaluate model '{model.Name}' at {point.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {e.Message}"), "likelihood", e);
        }
    }
}
