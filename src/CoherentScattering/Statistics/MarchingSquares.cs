namespace CoherentScattering.Statistics;

// Contour lines of a field on a rectangular grid where it changes sign (≤ 0 inside), by marching squares with saddles
// resolved by the cell average: the boundaries of ParameterMap (Δχ² at a level) and FeldmanCousinsRegion (t − c).
internal static class MarchingSquares
{
    public static IReadOnlyList<ContourSegment> Segments(double[] x, double[] y, Func<int, int, double> field)
    {
        var segments = new List<ContourSegment>();
        for (int i = 0; i + 1 < x.Length; i++)
        {
            for (int j = 0; j + 1 < y.Length; j++)
            {
                AddCell(x, y, field, i, j, segments);
            }
        }

        return segments;
    }

    private static void AddCell(double[] x, double[] y, Func<int, int, double> field, int i, int j, List<ContourSegment> segments)
    {
        // Corners counter-clockwise: 0 = (i, j), 1 = (i+1, j), 2 = (i+1, j+1), 3 = (i, j+1).
        double v0 = field(i, j), v1 = field(i + 1, j), v2 = field(i + 1, j + 1), v3 = field(i, j + 1);
        var points = new List<(double X, double Y)>(4);
        void Edge(double va, double vb, double xa, double ya, double xb, double yb)
        {
            if ((va <= 0) != (vb <= 0))
            {
                double t = va / (va - vb);
                points.Add((xa + t * (xb - xa), ya + t * (yb - ya)));
            }
        }

        Edge(v0, v1, x[i], y[j], x[i + 1], y[j]);         // bottom
        Edge(v1, v2, x[i + 1], y[j], x[i + 1], y[j + 1]); // right
        Edge(v2, v3, x[i + 1], y[j + 1], x[i], y[j + 1]); // top
        Edge(v3, v0, x[i], y[j + 1], x[i], y[j]);         // left
        if (points.Count == 2)
        {
            segments.Add(new ContourSegment(points[0].X, points[0].Y, points[1].X, points[1].Y));
        }
        else if (points.Count == 4)
        {
            // Saddle: pair the crossings so that the centre's side is respected.
            bool centreInside = (v0 + v1 + v2 + v3) / 4 <= 0;
            bool corner0Inside = v0 <= 0;
            if (centreInside == corner0Inside)
            {
                segments.Add(new ContourSegment(points[0].X, points[0].Y, points[1].X, points[1].Y));
                segments.Add(new ContourSegment(points[2].X, points[2].Y, points[3].X, points[3].Y));
            }
            else
            {
                segments.Add(new ContourSegment(points[0].X, points[0].Y, points[3].X, points[3].Y));
                segments.Add(new ContourSegment(points[1].X, points[1].Y, points[2].X, points[2].Y));
            }
        }
    }
}
