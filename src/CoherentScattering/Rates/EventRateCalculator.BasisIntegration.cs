using System.Buffers;
using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using CoherentScattering.CrossSections;
using CoherentScattering.Sources;

namespace CoherentScattering.Rates;

// The basis integrals of separable models: each basis form integrated once per calculator over every (component,
// isotope) and cached by its key; a flavour-independent form (the SM's) evaluated once per (isotope, node) and shared
// by the components.
public sealed partial class EventRateCalculator
{
    private BasisIntegral Integral(IBasisForm form)
    {
        string? key = form.CacheKey;
        if (key is not null && Volatile.Read(ref basisCache).TryGetValue((form.GetType(), key), out var cached))
        {
            return cached;
        }

        var integral = IntegrateBasis(form);
        return key is null ? integral : ImmutableInterlocked.GetOrAdd(ref basisCache, (form.GetType(), key), integral);
    }

    internal BasisIntegral IntegrateBasis(IBasisForm form) =>
        components.Length > 1 && form is IFlavorIndependentForm { IsFlavorIndependent: true } ? IntegrateSharedBasis(form) : IntegrateBasisPerComponent(form);

    // A form that does not depend on the flavour is evaluated once per (isotope, node) and shared by every component;
    // the sums are those of the per-component path, term for term (the same result to the last bit). The bin and node
    // events are computed when first asked for (a total needs neither).
    private BasisIntegral IntegrateSharedBasis(IBasisForm form)
    {
        var total = new double[components.Length * nuclei.Length];
        bool finite = true;
        for (int i = 0; i < nuclei.Length; i++)
        {
            // The forms at this isotope's nodes, in a pooled buffer (the bin and node events evaluate them again).
            var forms = ArrayPool<KinematicForm>.Shared.Rent(nodes[i].Count);
            try
            {
                var f = forms.AsSpan(0, nodes[i].Count);
                EvaluateShared(form, i, f);
                // w_k (A_k, B_k, C_k) as one run of doubles, dotted with each component's (M₀, M₁, M₂) run: the same sum
                // as the per-component path in another order (~1e-16 relative).
                var weighted = MemoryMarshal.Cast<KinematicForm, double>(f);
                double[] weight = nodes[i].Weight;
                for (int k = 0; k < f.Length; k++)
                {
                    weighted[3 * k] *= weight[k];
                    weighted[3 * k + 1] *= weight[k];
                    weighted[3 * k + 2] *= weight[k];
                }

                for (int c = 0; c < components.Length; c++)
                {
                    int p = c * nuclei.Length + i;
                    total[p] = exposure[p] * TensorPrimitives.Dot(weighted, MemoryMarshal.Cast<SpectrumMoments, double>(moments[c][i].AsSpan()));
                    finite &= double.IsFinite(total[p]);
                }
            }
            finally
            {
                ArrayPool<KinematicForm>.Shared.Return(forms);
            }
        }

        var integral = new BasisIntegral(total, () =>
        {
            int bins = binEdges.Length - 1;
            var perBin = new double[components.Length * nuclei.Length * bins];
            var perNode = new double[components.Length * nuclei.Length][];
            for (int i = 0; i < nuclei.Length; i++)
            {
                var f = new KinematicForm[nodes[i].Count];
                EvaluateShared(form, i, f);
                for (int c = 0; c < components.Length; c++)
                {
                    int p = c * nuclei.Length + i;
                    SharedContributions(p, f, perBin.AsSpan(p * bins, bins), perNode[p] = new double[f.Length]);
                }
            }

            return (perBin, perNode);
        });
        if (!finite)
        {
            _ = integral.PerBin; // a non-finite integral at a node: the checked sums below throw as the per-component path does
        }

        return integral;
    }

    // A flavour-independent form at the nodes of isotope i (any component's flavour in the point).
    private void EvaluateShared(IBasisForm form, int i, Span<KinematicForm> forms)
    {
        var n = nodes[i];
        double[] recoil = n.RecoilMev, f2 = n.FormFactorSquared;
        var nucleus = nuclei[i];
        if (form is IBatchBasisForm batch)
        {
            batch.Evaluate(nucleus, recoil, f2, forms);
            return;
        }

        var flavor = components[0].Flavor;
        for (int k = 0; k < forms.Length; k++)
        {
            forms[k] = form.Evaluate(ScatteringPoint.Trusted(flavor, nucleus, recoil[k], f2[k]));
        }
    }

    // The events of pair p per bin and per node (the terms of the shared total, checked). The nodes run through the bins in
    // order, so each bin's sum is accumulated locally, in the same order.
    private void SharedContributions(int p, ReadOnlySpan<KinematicForm> forms, Span<double> perBin, Span<double> perNode)
    {
        var m = moments[p / nuclei.Length][p % nuclei.Length];
        var n = nodes[p % nuclei.Length];
        double[] weight = n.Weight;
        int[] bin = n.Bin;
        double e = exposure[p], binSum = 0;
        int current = bin.Length > 0 ? bin[0] : 0;
        for (int k = 0; k < forms.Length; k++)
        {
            double contribution = perNode[k] = e * weight[k] * forms[k].Integrate(m[k]);
            if (bin[k] != current)
            {
                perBin[current] += binSum;
                current = bin[k];
                binSum = 0;
            }

            binSum += contribution;
        }

        if (forms.Length > 0)
        {
            perBin[current] += binSum;
        }
    }

    private BasisIntegral IntegrateBasisPerComponent(IBasisForm form)
    {
        int bins = binEdges.Length - 1;
        var perBin = new double[components.Length * nuclei.Length * bins];
        var total = new double[components.Length * nuclei.Length];
        var perNode = new double[components.Length * nuclei.Length][];
        for (int c = 0; c < components.Length; c++)
        {
            for (int i = 0; i < nuclei.Length; i++)
            {
                int p = c * nuclei.Length + i;
                var n = nodes[i];
                var m = moments[c][i];
                var node = perNode[p] = new double[n.Count];
                for (int k = 0; k < n.Count; k++)
                {
                    var point = ScatteringPoint.Trusted(components[c].Flavor, nuclei[i], n.RecoilMev[k], n.FormFactorSquared[k]);
                    double contribution = node[k] = exposure[p] * n.Weight[k] * form.Evaluate(point).Integrate(m[k]);
                    perBin[p * bins + n.Bin[k]] += contribution;
                    total[p] += contribution;
                }
            }
        }

        return new BasisIntegral(perBin, total, perNode);
    }
}
