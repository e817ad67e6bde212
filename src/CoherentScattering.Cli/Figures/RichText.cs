using System.Text;
using SkiaSharp;

namespace CoherentScattering.Cli.Figures;

/// <summary>Labels with sub- and superscripts, typeset: "ε_ee^uV" is ε with "ee" as a subscript and "uV" as a superscript
/// stacked after it; "μ_ν [10⁻¹⁰ μ_B]" subscripts ν and B. A script runs from '_' or '^' to the next space, bracket,
/// comma, '⟩', ')' or script mark; "_{…}" and "^{…}" delimit one explicitly.</summary>
internal static class RichText
{
    /// <summary>One piece of a label: its text and its level (0 the baseline, +1 a superscript, −1 a subscript).</summary>
    public readonly record struct Run(string Text, int Level);

    private const string Terminators = " []()⟩,;:=/";

    public static IReadOnlyList<Run> Parse(string label)
    {
        var runs = new List<Run>();
        var text = new StringBuilder();
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if ((c == '_' || c == '^') && i + 1 < label.Length && !Terminators.Contains(label[i + 1], StringComparison.Ordinal))
            {
                Flush(runs, text, 0);
                int level = c == '^' ? 1 : -1;
                int start = i + 1, end;
                if (label[start] == '{')
                {
                    end = label.IndexOf('}', start);
                    end = end < 0 ? label.Length : end;
                    runs.Add(new Run(label[(start + 1)..end], level));
                    i = end;
                    continue;
                }

                end = start;
                while (end < label.Length && !Terminators.Contains(label[end], StringComparison.Ordinal) && label[end] is not ('_' or '^'))
                {
                    end++;
                }

                runs.Add(new Run(label[start..end], level));
                i = end - 1;
                continue;
            }

            text.Append(c);
        }

        Flush(runs, text, 0);
        return runs;
    }

    private static void Flush(List<Run> runs, StringBuilder text, int level)
    {
        if (text.Length > 0)
        {
            runs.Add(new Run(text.ToString(), level));
            text.Clear();
        }
    }

    private const string Normal = "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
    private const string SubscriptSource = "0123456789+-−=()aehijklmnoprstuvxβγρφχ";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";

    /// <summary>The label in one line of Unicode for places that cannot typeset (legends): each script in Unicode
    /// sub- or superscript characters where all of its characters have one, else kept as "_x" / "^x".</summary>
    public static string Unicode(string label) => string.Concat(Parse(label).Select(r => r.Level switch
    {
        1 => Map(r.Text, Normal, Superscripts) ?? "^" + r.Text,
        -1 => Map(r.Text, SubscriptSource, Subscripts) ?? "_" + r.Text,
        _ => r.Text,
    }));

    private static string? Map(string text, string from, string to)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            int k = from.IndexOf(c, StringComparison.Ordinal);
            if (k < 0)
            {
                return null;
            }

            result.Append(to[k]);
        }

        return result.ToString();
    }

    /// <summary>The label of a decade tick at log10 value v: "1", "10", "10⁻³", …; a non-integer v as 10^v.</summary>
    public static string Decade(double v)
    {
        long n = (long)Math.Round(v);
        if (Math.Abs(v - n) > 1e-9)
        {
            return "10" + (Map(v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "0123456789-.", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻·") ?? "");
        }

        return n switch
        {
            0 => "1",
            1 => "10",
            _ => "10" + Map(n.ToString(System.Globalization.CultureInfo.InvariantCulture), "0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"),
        };
    }

    private const float ScriptScale = 0.7f;

    // Consecutive scripts after one base stack: a subscript directly followed by a superscript share one column.
    public static float Width(IReadOnlyList<Run> runs, SKFont font)
    {
        float width = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            float w = RunWidth(runs[i], font);
            if (i + 1 < runs.Count && runs[i].Level != 0 && runs[i + 1].Level == -runs[i].Level)
            {
                width += Math.Max(w, RunWidth(runs[i + 1], font));
                i++;
                continue;
            }

            width += w;
        }

        return width;
    }

    private static float RunWidth(Run run, SKFont font)
    {
        using var scaled = new SKFont(font.Typeface, run.Level == 0 ? font.Size : font.Size * ScriptScale);
        return scaled.MeasureText(run.Text);
    }

    /// <summary>Draws the runs with their left end at x and the baseline at y.</summary>
    public static void Draw(SKCanvas canvas, IReadOnlyList<Run> runs, float x, float y, SKFont font, SKPaint paint)
    {
        for (int i = 0; i < runs.Count; i++)
        {
            if (i + 1 < runs.Count && runs[i].Level != 0 && runs[i + 1].Level == -runs[i].Level)
            {
                float a = DrawRun(canvas, runs[i], x, y, font, paint), b = DrawRun(canvas, runs[i + 1], x, y, font, paint);
                x += Math.Max(a, b);
                i++;
                continue;
            }

            x += DrawRun(canvas, runs[i], x, y, font, paint);
        }
    }

    private static float DrawRun(SKCanvas canvas, Run run, float x, float y, SKFont font, SKPaint paint)
    {
        using var scaled = new SKFont(font.Typeface, run.Level == 0 ? font.Size : font.Size * ScriptScale);
        float shift = run.Level switch { 1 => -0.42f * font.Size, -1 => 0.22f * font.Size, _ => 0 };
        canvas.DrawText(run.Text, x, y + shift, SKTextAlign.Left, scaled, paint);
        return scaled.MeasureText(run.Text);
    }
}
