namespace CoherentScattering.Numerics;

// <summary>The Newton systems of the binned fits: a handful of unknowns, solved directly.</summary>
internal static class SmallLinearSystems
{
    // Solves (H + τD) x = −g for the m × m row-major H: H is scaled to unit diagonal (D = diag|H|), then τ = 0, 1e-10,
    // 1e-9, … is added until the Cholesky factorisation succeeds (Levenberg–Marquardt; Nocedal & Wright, Numerical
    // Optimization, §3.4, "modified Newton" with a multiple of the identity).
    public static double[] SolveRegularised(double[] h, double[] g, int m)
    {
        var scale = new double[m];
        double largest = 0;
        for (int r = 0; r < m; r++)
        {
            largest = Math.Max(largest, Math.Abs(h[r * m + r]));
        }

        for (int r = 0; r < m; r++)
        {
            scale[r] = 1 / Math.Sqrt(Math.Max(Math.Abs(h[r * m + r]), Math.Max(1e-12 * largest, 1e-300)));
        }

        var l = new double[m * m];
        var x = new double[m];
        for (double tau = 0; ; tau = tau == 0 ? 1e-10 : tau * 10)
        {
            if (Cholesky(h, scale, tau + 1e-12, m, l))
            {
                break;
            }

            if (tau > 1e12)
            {
                // Nothing factorises (non-finite entries): a scaled gradient step.
                for (int r = 0; r < m; r++)
                {
                    x[r] = -g[r] * scale[r] * scale[r];
                }

                return x;
            }
        }

        // L Lᵀ y = −D^{-1/2} g, x = D^{-1/2} y.
        var y = new double[m];
        for (int r = 0; r < m; r++)
        {
            double s = -g[r] * scale[r];
            for (int c = 0; c < r; c++)
            {
                s -= l[r * m + c] * y[c];
            }

            y[r] = s / l[r * m + r];
        }

        for (int r = m - 1; r >= 0; r--)
        {
            double s = y[r];
            for (int c = r + 1; c < m; c++)
            {
                s -= l[c * m + r] * x[c];
            }

            x[r] = s / l[r * m + r];
        }

        for (int r = 0; r < m; r++)
        {
            x[r] *= scale[r];
        }

        return x;
    }

    // Cholesky factor L of S H S + τ I (S = diag(scale)); false when it is not positive definite.
    private static bool Cholesky(double[] h, double[] scale, double tau, int m, double[] l)
    {
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c <= r; c++)
            {
                double s = h[r * m + c] * scale[r] * scale[c] + (r == c ? tau : 0);
                for (int q = 0; q < c; q++)
                {
                    s -= l[r * m + q] * l[c * m + q];
                }

                if (r == c)
                {
                    if (!(s > 0))
                    {
                        return false;
                    }

                    l[r * m + r] = Math.Sqrt(s);
                }
                else
                {
                    l[r * m + c] = s / l[c * m + c];
                }
            }
        }

        return true;
    }

    // Solves H_AA x = −g_A by Gaussian elimination with partial pivoting (A = active parameters; a handful).
    public static double[] Solve(double[,] h, double[] g, ReadOnlySpan<int> active)
    {
        int m = active.Length;
        var a = new double[m, m + 1];
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c < m; c++)
            {
                a[r, c] = h[active[r], active[c]];
            }

            a[r, m] = -g[active[r]];
            a[r, r] += 1e-12 * Math.Max(1, Math.Abs(a[r, r])); // keeps a flat direction solvable
        }

        for (int col = 0; col < m; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < m; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (int c = 0; c <= m; c++)
            {
                (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            }

            for (int r = col + 1; r < m; r++)
            {
                double factor = a[r, col] / a[col, col];
                for (int c = col; c <= m; c++)
                {
                    a[r, c] -= factor * a[col, c];
                }
            }
        }

        var x = new double[m];
        for (int r = m - 1; r >= 0; r--)
        {
            double s = a[r, m];
            for (int c = r + 1; c < m; c++)
            {
                s -= a[r, c] * x[c];
            }

            x[r] = s / a[r, r];
        }

        return x;
    }
}
