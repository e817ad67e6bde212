namespace CoherentScattering.Nuclear;

/// <summary>The point-nucleus form factor F = 1 (no finite-size suppression); useful for tests and comparisons.</summary>
public sealed class UnitFormFactor : IFormFactor
{
    /// <summary>The single instance.</summary>
    public static readonly UnitFormFactor Instance = new();

    private UnitFormFactor() { }

    /// <inheritdoc />
    public string Name => "Unity";

    /// <inheritdoc />
    public double Evaluate(Nucleus nucleus, double momentumTransferMev) => 1.0;
}
