using CoherentScattering.Quantities;

namespace CoherentScattering.Detector;

/// <summary>
/// A detector: target material and mass, the observable x(T) (photoelectrons or recoil keV), the acceptance a(x),
/// and the analysis bins in x whose outer edges form the region of interest.
/// </summary>
public sealed class DetectorResponse
{
    private readonly double[] binEdges;

    /// <summary>Creates a detector.</summary>
    /// <param name="target">Target material.</param>
    /// <param name="mass">Detector mass, &gt; 0.</param>
    /// <param name="observable">x(T).</param>
    /// <param name="acceptance">a(x).</param>
    /// <param name="binEdges">Strictly increasing bin edges in x (2 to 100 001; the first ≥ 0); outer edges = region of
    /// interest, whose upper edge must map to a recoil in (0, 1e6] MeV.</param>
    /// <exception cref="ArgumentOutOfRangeException">Non-positive mass.</exception>
    /// <exception cref="ArgumentException">Fewer than two or more than 100 001 edges, edges not strictly increasing (low ≥ high),
    /// negative, or a region of interest beyond 1 TeV of recoil.</exception>
    public DetectorResponse(TargetMaterial target, Mass mass, IRecoilObservable observable, IAcceptance acceptance, IEnumerable<double> binEdges)
    {
        Target = Guard.NotNull(target);
        Guard.Positive(mass.Kilograms, nameof(mass));
        Mass = mass;
        Observable = Guard.NotNull(observable);
        Acceptance = Guard.NotNull(acceptance);
        ArgumentNullException.ThrowIfNull(binEdges);
        this.binEdges = binEdges.ToArray();
        if (this.binEdges.Length < 2 || this.binEdges.Length > MaxBins + 1)
        {
            throw new ArgumentException(Guard.Text($"binEdges needs between 2 and {MaxBins + 1} edges (low and high of the region of interest, at most {MaxBins} bins), got {this.binEdges.Length}."), nameof(binEdges));
        }

        for (int i = 0; i < this.binEdges.Length; i++)
        {
            if (!double.IsFinite(this.binEdges[i]) || this.binEdges[i] < 0 || (i > 0 && !(this.binEdges[i] > this.binEdges[i - 1])))
            {
                throw new ArgumentException(Guard.Text($"binEdges must be finite, non-negative and strictly increasing (low < high); edge {i} = {this.binEdges[i]} is not."), nameof(binEdges));
            }
        }

        double tHigh = observable.ToRecoilMev(this.binEdges[^1]);
        if (!(tHigh > 0 && tHigh <= MaxRecoilMev))
        {
            throw new ArgumentException(Guard.Text(
                $"The region of interest ends at x = {this.binEdges[^1]} {observable.Unit}, a recoil of {tHigh} MeV; it must end within (0, {MaxRecoilMev}] MeV."), nameof(binEdges));
        }
    }

    /// <summary>The largest number of analysis bins a detector may have.</summary>
    public const int MaxBins = 100_000;

    /// <summary>The largest recoil energy (MeV) a region of interest may reach (1 TeV).</summary>
    public const double MaxRecoilMev = 1e6;

    /// <summary>Uniform bins of a given width across a region of interest [low, high].</summary>
    /// <param name="low">Lower ROI edge in x, ≥ 0.</param>
    /// <param name="high">Upper ROI edge in x, &gt; low.</param>
    /// <param name="width">Bin width, &gt; 0; (high − low)/width must be an integer within 1e-9, at most 100 000.</param>
    /// <exception cref="ArgumentException">low ≥ high, or the width does not divide the ROI, or more than 100 000 bins.</exception>
    public static double[] UniformBins(double low, double high, double width)
    {
        Guard.NonNegative(low);
        Guard.Positive(width);
        if (!(high > low) || !double.IsFinite(high))
        {
            throw new ArgumentException(Guard.Text($"The region of interest needs low < high, got [{low}, {high}]."), nameof(high));
        }

        double count = (high - low) / width;
        if (!(count <= MaxBins + 0.5))
        {
            throw new ArgumentException(Guard.Text($"The bin width {width} divides the region of interest [{low}, {high}] into {count:G4} bins; at most {MaxBins} are allowed."), nameof(width));
        }

        int n = (int)Math.Round(count);
        if (n < 1 || Math.Abs(count - n) > 1e-9 * Math.Max(1, count))
        {
            throw new ArgumentException(Guard.Text($"The bin width {width} must divide the region of interest [{low}, {high}] into a whole number of bins."), nameof(width));
        }

        return Enumerable.Range(0, n + 1).Select(i => i == n ? high : low + i * width).ToArray();
    }

    /// <summary>Target material.</summary>
    public TargetMaterial Target { get; }

    /// <summary>Detector mass.</summary>
    public Mass Mass { get; }

    /// <summary>x(T).</summary>
    public IRecoilObservable Observable { get; }

    /// <summary>a(x).</summary>
    public IAcceptance Acceptance { get; }

    /// <summary>Bin edges in x (copy of the inner array is never exposed).</summary>
    public IReadOnlyList<double> BinEdges => binEdges;

    /// <summary>Number of bins.</summary>
    public int BinCount => binEdges.Length - 1;

    /// <summary>Lower edge of the region of interest in x.</summary>
    public double RegionLow => binEdges[0];

    /// <summary>Upper edge of the region of interest in x.</summary>
    public double RegionHigh => binEdges[^1];

    /// <summary>Returns the same detector with another mass.</summary>
    /// <param name="mass">New mass.</param>
    public DetectorResponse WithMass(Mass mass) => new(Target, mass, Observable, Acceptance, binEdges);

    /// <summary>Returns the same detector with another target material (e.g. another form factor).</summary>
    /// <param name="target">New target.</param>
    public DetectorResponse WithTarget(TargetMaterial target) => new(Guard.NotNull(target), Mass, Observable, Acceptance, binEdges);

    /// <summary>Returns the same detector with another acceptance.</summary>
    /// <param name="acceptance">New acceptance.</param>
    public DetectorResponse WithAcceptance(IAcceptance acceptance) => new(Target, Mass, Observable, Guard.NotNull(acceptance), binEdges);

    /// <summary>Returns the same detector with other bins.</summary>
    /// <param name="binEdges">New bin edges (as in the constructor).</param>
    /// <exception cref="ArgumentException">Invalid edges.</exception>
    public DetectorResponse WithBins(IEnumerable<double> binEdges) => new(Target, Mass, Observable, Acceptance, binEdges);
}
