namespace CoherentScattering.Statistics;

// <summary>The shape parameters θ of a binned likelihood (one per distinct systematic name) and, per component, the
// shape shifts per unit θ of the systematics acting on it.</summary>
internal sealed class ShapeParameterSet
{
    private static readonly ShapeParameterSet Empty = new([], [], [], [], [], []);

    private ShapeParameterSet(string[] names, double[] low, double[] high, double[] auxiliary, bool[] kink, Link[][] links)
    {
        Names = names;
        Low = low;
        High = high;
        Auxiliary = auxiliary;
        Kink = kink;
        Links = links;
    }

    // <summary>One systematic on one component: its parameter index and the shifts (t̂⁺ − t̂, t̂ − t̂⁻).</summary>
    // The same parameters with other auxiliary values (the centres of their standard-normal priors).
    public ShapeParameterSet WithAuxiliary(double[] auxiliary) => new(Names, Low, High, auxiliary, Kink, Links);

    internal readonly record struct Link(int Parameter, double[] Up, double[] Down);

    public string[] Names { get; }

    public int Count => Names.Length;

    public double[] Low { get; }

    public double[] High { get; }

    public double[] Auxiliary { get; }

    // <summary>Whether the interpolation of θ_j has a kink at 0 (some component with its own −1σ template).</summary>
    public bool[] Kink { get; }

    // <summary>Per component (in order), the systematics acting on it.</summary>
    public Link[][] Links { get; }

    // <summary>The parameters of a list of components; a name shared by several components must describe the same
    // parameter (range and prior), and may not be a component's name.</summary>
    public static ShapeParameterSet Of(TemplateComponent[] components, string parameter)
    {
        if (components.All(c => c.ShapeSystematics.Count == 0))
        {
            return components.Length == 0 ? Empty : new ShapeParameterSet([], [], [], [], [], components.Select(_ => Array.Empty<Link>()).ToArray());
        }

        var first = new List<ShapeSystematic>();
        var kink = new List<bool>();
        var links = new Link[components.Length][];
        for (int k = 0; k < components.Length; k++)
        {
            var c = components[k];
            links[k] = new Link[c.ShapeSystematics.Count];
            for (int s = 0; s < links[k].Length; s++)
            {
                var systematic = c.ShapeSystematics[s];
                int j = first.FindIndex(f => f.Name == systematic.Name);
                if (j < 0)
                {
                    if (components.Any(other => other.Name == systematic.Name))
                    {
                        throw new ArgumentException($"Shape parameter '{systematic.Name}' has the name of a component.", parameter);
                    }

                    j = first.Count;
                    first.Add(systematic);
                    kink.Add(false);
                }
                else if (!first[j].SameParameter(systematic))
                {
                    throw new ArgumentException(Guard.Text(
                        $"Shape parameter '{systematic.Name}' is described differently on two components ({first[j]} against {systematic} on '{c.Name}'): one name, one range and prior."), parameter);
                }

                kink[j] |= systematic.HasOwnDownSide;
                var (up, down) = c.Shifts[s];
                links[k][s] = new Link(j, up, down);
            }
        }

        return new ShapeParameterSet(first.Select(f => f.Name).ToArray(), first.Select(f => f.LowerBound).ToArray(), first.Select(f => f.UpperBound).ToArray(),
            first.Select(f => f.Auxiliary).ToArray(), kink.ToArray(), links);
    }
}
