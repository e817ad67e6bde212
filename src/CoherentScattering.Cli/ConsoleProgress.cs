using System.Diagnostics;

namespace CoherentScattering.Cli;

/// <summary>A text progress bar on standard error for scans that take longer than a second (silent otherwise, and when
/// the error stream is redirected).</summary>
internal sealed class ConsoleProgress(string label) : IProgress<double>, IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly object gate = new();
    private bool drawn;

    public void Report(double value)
    {
        if (clock.Elapsed.TotalSeconds < 1 || Console.IsErrorRedirected)
        {
            return;
        }

        lock (gate)
        {
            int filled = (int)Math.Round(30 * Math.Clamp(value, 0, 1));
            Console.Error.Write($"\r  {label} [{new string('#', filled)}{new string('.', 30 - filled)}] {100 * value,5:F1} %");
            drawn = true;
        }
    }

    public void Dispose()
    {
        if (drawn)
        {
            Console.Error.WriteLine();
        }
    }
}
