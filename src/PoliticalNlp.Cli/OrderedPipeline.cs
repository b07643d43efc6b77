namespace PoliticalNlp.Cli;

/// <summary>
/// Maps items in parallel and hands the results back in input order, holding at most a window of items in flight:
/// one slow item stalls the output, not memory (finished items behind it wait within the window, not the whole tail).
/// </summary>
internal static class OrderedPipeline
{
    /// <param name="items">The inputs, enumerated on the calling thread.</param>
    /// <param name="work">The work for one item; it must not throw (it reports failures in its result).</param>
    /// <param name="maxItems">At most this many items in flight.</param>
    /// <param name="weight">An item's size (its characters, say).</param>
    /// <param name="maxWeight">At most this much size in flight, except that one item always may be.</param>
    public static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, int maxItems, Func<TIn, long> weight, long maxWeight)
    {
        var pending = new Queue<(Task<TOut> Task, long Weight)>();
        long inFlight = 0;
        foreach (var item in items)
        {
            long w = weight(item);
            while (pending.Count > 0 && (pending.Count >= maxItems || inFlight + w > maxWeight))
            {
                var (head, headWeight) = pending.Dequeue();
                inFlight -= headWeight;
                yield return head.GetAwaiter().GetResult();
            }
            pending.Enqueue((Task.Run(() => work(item)), w));
            inFlight += w;
        }
        while (pending.Count > 0) yield return pending.Dequeue().Task.GetAwaiter().GetResult();
    }
}
