using CoherentScattering.Statistics;

namespace CoherentScattering.Cli.Figures;

/// <summary>Joins marching-squares segments into polylines by matching shared end points.</summary>
internal static class ContourPolylines
{
    public static List<List<(double X, double Y)>> Join(IReadOnlyList<ContourSegment> segments)
    {
        var lines = new List<List<(double X, double Y)>>();
        var byStart = new Dictionary<(long, long), List<int>>();
        static (long, long) Key(double x, double y) => ((long)Math.Round(x * 1e9), (long)Math.Round(y * 1e9));
        for (int i = 0; i < segments.Count; i++)
        {
            foreach (var k in new[] { Key(segments[i].X1, segments[i].Y1), Key(segments[i].X2, segments[i].Y2) })
            {
                if (!byStart.TryGetValue(k, out var list))
                {
                    byStart[k] = list = [];
                }

                list.Add(i);
            }
        }

        var used = new bool[segments.Count];
        for (int start = 0; start < segments.Count; start++)
        {
            if (used[start])
            {
                continue;
            }

            used[start] = true;
            var line = new List<(double X, double Y)> { (segments[start].X1, segments[start].Y1), (segments[start].X2, segments[start].Y2) };
            Extend(line, atEnd: true);
            Extend(line, atEnd: false);
            lines.Add(line);
        }

        return lines;

        void Extend(List<(double X, double Y)> line, bool atEnd)
        {
            while (true)
            {
                var tip = atEnd ? line[^1] : line[0];
                int next = byStart[Key(tip.X, tip.Y)].FirstOrDefault(i => !used[i], -1);
                if (next < 0)
                {
                    return;
                }

                used[next] = true;
                var s = segments[next];
                bool forward = Key(s.X1, s.Y1) == Key(tip.X, tip.Y);
                var point = forward ? (s.X2, s.Y2) : (s.X1, s.Y1);
                if (atEnd)
                {
                    line.Add(point);
                }
                else
                {
                    line.Insert(0, point);
                }
            }
        }
    }
}
