using System.Numerics.Tensors;

namespace CoherentScattering.Statistics;

/// <summary>
/// Counts (observed or expected) on the product of one or more axes, stored flat with the first axis varying slowest
/// (energy × F90 × time for the CENNS-10 release). Immutable; values are finite and non-negative.
/// </summary>
public sealed class Histogram
{
    private readonly HistogramAxis[] axes;
    private readonly double[] values;

    /// <summary>Creates a histogram.</summary>
    /// <param name="axes">One or more axes.</param>
    /// <param name="values">Π Count(axis) values, first axis slowest; each in [0, 1e250].</param>
    /// <exception cref="ArgumentException">No axes, a wrong number of values, or a negative or non-finite value.</exception>
    public Histogram(IEnumerable<HistogramAxis> axes, IEnumerable<double> values)
        : this(Guard.NoNulls(axes), Guard.FiniteArray(values))
    {
    }

    // Takes ownership of the arrays (non-null axes); checks the count and every value.
    private Histogram(HistogramAxis[] axes, double[] values)
    {
        this.axes = axes;
        if (axes.Length == 0)
        {
            throw new ArgumentException("A histogram needs at least one axis.", nameof(axes));
        }

        this.values = values;
        long size = 1;
        foreach (var axis in axes)
        {
            size *= axis.Count;
        }

        if (values.Length != size)
        {
            throw new ArgumentException(Guard.Text($"values needs {size} entries (the product of the axis sizes), got {values.Length}."), nameof(values));
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0 && values[i] <= Guard.QuantityLimit))
            {
                throw IO.TableRow.Error(Guard.Text($"values[{i}] = {values[i]} must lie in [0, 1e250] (a histogram of counts or expected events)."), nameof(values), i, axes.Length);
            }
        }
    }

    // A histogram over arrays the caller hands over and never changes (same checks, no copies).
    internal static Histogram Owning(HistogramAxis[] axes, double[] values) => new(axes, values);

    /// <summary>The axes.</summary>
    public IReadOnlyList<HistogramAxis> Axes => axes;

    /// <summary>Number of bins.</summary>
    public int Count => values.Length;

    /// <summary>The values, first axis slowest.</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>Sum of all bins.</summary>
    public double Total => TensorPrimitives.Sum<double>(values);

    // The values without a copy (read only).
    internal ReadOnlySpan<double> ValueSpan => values;

    /// <summary>Whether another histogram has the same axes (count and edges).</summary>
    /// <param name="other">The other histogram.</param>
    public bool SameBinning(Histogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (axes.Length != other.axes.Length)
        {
            return false;
        }

        for (int a = 0; a < axes.Length; a++)
        {
            if (!axes[a].SameBinning(other.axes[a]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same shape scaled by a factor.</summary>
    /// <param name="factor">Factor ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative factor, or a scaled bin above 1e250.</exception>
    public Histogram Scale(double factor)
    {
        Guard.NonNegative(factor);
        Guard.InRange(values.Max() * factor, 0.0, Guard.QuantityLimit, nameof(factor));
        return new Histogram(axes, values.Select(v => v * factor));
    }

    /// <summary>The projection onto one axis (sum over the others).</summary>
    /// <param name="axis">Axis index.</param>
    public double[] Project(int axis)
    {
        Guard.Index(axis, axes.Length);
        var result = new double[axes[axis].Count];
        int inner = 1;
        for (int a = axis + 1; a < axes.Length; a++)
        {
            inner *= axes[a].Count;
        }

        for (int i = 0; i < values.Length; i++)
        {
            result[i / inner % axes[axis].Count] += values[i];
        }

        return result;
    }

    // Values on the first axis spread over the other axes with a template's shape in each first-axis bin (uniformly where
    // the template is empty there): the CENNS-10 companion note's §5 recipe for the CEvNS template (summarised in
    // Data/coherent-2020-lar/README.md).
    internal static Histogram SpreadLike(IReadOnlyList<double> firstAxis, IReadOnlyList<double> shape, IReadOnlyList<HistogramAxis> axes)
    {
        int bins = axes[0].Count, cells = shape.Count / bins;
        var values = new double[shape.Count];
        for (int e = 0; e < bins; e++)
        {
            double inBin = 0;
            for (int j = 0; j < cells; j++)
            {
                inBin += shape[e * cells + j];
            }

            for (int j = 0; j < cells; j++)
            {
                values[e * cells + j] = firstAxis[e] * (inBin > 0 ? shape[e * cells + j] / inBin : 1.0 / cells);
            }
        }

        return new Histogram(axes, values);
    }
}
