using System.Diagnostics;

namespace PoliticalNlp.FuzzTests;

/// <summary>
/// Shrinks a failing input while it keeps failing the same way (delta debugging: drop ever smaller chunks), so that a
/// report carries a few characters instead of a mutated article.
/// </summary>
internal static class Minimizer
{
    public static FuzzFailure Minimize(FuzzFailure failure, TimeSpan budget)
    {
        if (failure.Kind is "slow" or "nondeterministic" or "quadratic") return failure; // each probe costs seconds or proves nothing
        var clock = Stopwatch.StartNew();
        var best = failure;
        int chunk = Math.Max(1, best.Input.Length / 2);
        while (chunk >= 1 && clock.Elapsed < budget)
        {
            bool shrunk = false;
            for (int at = 0; at + chunk <= best.Input.Length && clock.Elapsed < budget;)
            {
                string candidate = best.Input.Remove(at, chunk);
                if (FuzzTarget.Run(candidate, checkDeterminism: false, checkTime: false) is { } again && again.Signature == failure.Signature)
                {
                    best = again with { Iteration = failure.Iteration };
                    shrunk = true;
                }
                else
                {
                    at += chunk;
                }
            }
            if (!shrunk) chunk /= 2;
        }
        return best;
    }
}
