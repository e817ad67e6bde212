using System.Runtime.ExceptionServices;

namespace CoherentScattering.Numerics;

// <summary>Runs independent grid evaluations over all cores: each writes its own slot (results identical to a serial
// loop), progress is reported serially and monotonically, and a failure surfaces as itself (the first one), not wrapped.</summary>
internal static class ParallelGrid
{
    public static void For(int count, Action<int> body, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var gate = new object();
        int done = 0;
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                body(i);
                if (progress is not null)
                {
                    lock (gate)
                    {
                        progress.Report((double)++done / count);
                    }
                }
            });
        }
        catch (AggregateException e)
        {
            // Several grid points may fail the same way at once: surface the first failure itself.
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
    }
}
