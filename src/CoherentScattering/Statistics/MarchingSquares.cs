namespace CoherentScattering.Statistics;

// Contour lines of a field on a rectangular grid where it changes sign (≤ 0 inside), by marching squares with saddles
// resolved by the cell average: the boundaries of ParameterMap (Δχ² at a level) and FeldmanCousinsRegion (t − c).
internal static class MarchingSquares
{
    // The segments joined into lines by the cell edges they cross: each crossing is computed once per grid edge, so the
    // two cells sharing an edge share the point exactly, and a crossing belongs to at most two segments. Open lines
    // (ends on crossings of the grid's border) come first, then the closed ones, each in the order its first crossing
    // is met scanning the cells.
    public static IReadOnlyList<ContourLine> Lines(double[] x, double[] y, Func<int, int, double> field)
    {
        int nx = x.Length, ny = y.Length;
        var values = new double[nx, ny];
        for (int i = 0; i < nx; i++)
        {
            for (int j = 0; j < ny; j++)
            {
                values[i, j] = field(i, j);
            }
        }

        // Crossing ids: the edge from (i, j) to (i+1, j) is i·ny + j, the edge from (i, j) to (i, j+1) is
        // nx·ny + i·ny + j; each crossing's point and its (at most two) neighbours along the line.
        var points = new Dictionary<long, (double X, double Y)>();
        var links = new Dictionary<long, (long A, long B)>();
        var order = new List<long>();
        long Horizontal(int i, int j) => (long)i * ny + j;
        long Vertical(int i, int j) => (long)nx * ny + (long)i * ny + j;
        long? Crossing(long id, int ia, int ja, int ib, int jb)
        {
            double va = values[ia, ja], vb = values[ib, jb];
            if ((va <= 0) == (vb <= 0))
            {
                return null;
            }

            if (!points.ContainsKey(id))
            {
                double t = va / (va - vb);
                points[id] = (x[ia] + t * (x[ib] - x[ia]), y[ja] + t * (y[jb] - y[ja]));
                links[id] = (-1, -1);
                order.Add(id);
            }

            return id;
        }

        void Link(long a, long b)
        {
            static (long, long) Add((long A, long B) l, long other) => l.A < 0 ? (other, -1) : (l.A, other);
            links[a] = Add(links[a], b);
            links[b] = Add(links[b], a);
        }

        for (int i = 0; i + 1 < nx; i++)
        {
            for (int j = 0; j + 1 < ny; j++)
            {
                // The same edges, order and saddle rule as Segments: bottom, right, top, left.
                long?[] c =
                [
                    Crossing(Horizontal(i, j), i, j, i + 1, j), Crossing(Vertical(i + 1, j), i + 1, j, i + 1, j + 1),
                    Crossing(Horizontal(i, j + 1), i, j + 1, i + 1, j + 1), Crossing(Vertical(i, j), i, j, i, j + 1),
                ];
                long[] crossed = c.Where(id => id.HasValue).Select(id => id!.Value).ToArray();
                if (crossed.Length == 2)
                {
                    Link(crossed[0], crossed[1]);
                }
                else if (crossed.Length == 4)
                {
                    double v0 = values[i, j], v1 = values[i + 1, j], v2 = values[i + 1, j + 1], v3 = values[i, j + 1];
                    if (((v0 + v1 + v2 + v3) / 4 <= 0) == (v0 <= 0))
                    {
                        Link(crossed[0], crossed[1]);
                        Link(crossed[2], crossed[3]);
                    }
                    else
                    {
                        Link(crossed[0], crossed[3]);
                        Link(crossed[1], crossed[2]);
                    }
                }
            }
        }

        var lines = new List<ContourLine>();
        var visited = new HashSet<long>();
        foreach (long start in order.Where(id => links[id].B < 0).Concat(order.Where(id => links[id].B >= 0)))
        {
            if (visited.Contains(start) || links[start].A < 0)
            {
                continue;
            }

            var line = new List<(double X, double Y)> { points[start] };
            visited.Add(start);
            long previous = -1, current = start;
            bool closed = false;
            while (true)
            {
                var (a, b) = links[current];
                long next = a != previous ? a : b;
                if (next < 0)
                {
                    break;
                }

                if (next == start)
                {
                    line.Add(points[start]);
                    closed = true;
                    break;
                }

                line.Add(points[next]);
                visited.Add(next);
                (previous, current) = (current, next);
            }

            lines.Add(new ContourLine(line.ToArray(), closed));
        }

        return lines;
    }

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
