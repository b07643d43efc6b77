namespace PoliticalNlp;

public sealed partial class PoliticalTextAnalyzer
{
    /// <summary>
    /// Analyses many texts in parallel and returns the documents in input order, as they complete (a lazy sequence:
    /// the input is read as results are consumed).
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Cancels the batch: no new document starts and the enumeration throws.</param>
    /// <returns>One document per text, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<AnalyzedDocument> AnalyzeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeMany(texts.Select(t => new BatchInput(null, t)), null, cancellationToken).Select(r => r.Document!);
    }

    /// <summary>
    /// Analyses many documents in parallel and returns one result per document in input order, as they complete. At
    /// most <see cref="BatchOptions.MaxDegreeOfParallelism"/> documents are analysed at once, and at most four times that
    /// many are in flight (running, or finished and waiting for an earlier, slower one), so memory stays bounded on any
    /// input length.
    /// </summary>
    /// <param name="documents">The documents; read lazily, on the enumerating thread.</param>
    /// <param name="options">Parallelism and failure isolation; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the batch: analyses stop between stages and the enumeration throws.</param>
    /// <returns>One result per document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null (or, without isolation, a text is null).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <remarks>Stopping the enumeration early cancels the analyses still running and waits for them to end.</remarks>
    public IEnumerable<BatchResult> AnalyzeMany(IEnumerable<BatchInput> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new BatchOptions();
        return Run(documents, options.MaxDegreeOfParallelism, options.IsolateFailures, cancellationToken);
    }

    private IEnumerable<BatchResult> Run(IEnumerable<BatchInput> documents, int parallelism, bool isolate, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(parallelism, parallelism);
        int window = parallelism * 4;
        var pending = new Queue<Task<BatchResult>>();
        try
        {
            using var input = documents.GetEnumerator();
            int index = 0;
            bool more = true;
            while (true)
            {
                while (more && pending.Count < window)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!(more = input.MoveNext())) break;
                    var document = input.Current;
                    pending.Enqueue(AnalyzeOne(index++, document, isolate, slots, stop.Token));
                }
                if (pending.Count == 0) yield break;
                // Ordered output: wait for the oldest; a failure surfaces only once everything before it was returned.
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var task in pending)
            {
                try { task.GetAwaiter().GetResult(); }
                catch (Exception) { } // the batch is already ending: an abandoned document's outcome is not reported
            }
        }
    }

    private Task<BatchResult> AnalyzeOne(int index, BatchInput document, bool isolate, SemaphoreSlim slots, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false); // outside the try: release only a slot taken
            try
            {
                if (document.Text is null) throw new ArgumentNullException(nameof(document), $"The text of document {index} is null.");
                return new BatchResult { Index = index, Id = document.Id, Document = Analyze(document.Text, document.Id, cancellationToken) };
            }
            catch (Exception e) when (isolate && e is not OperationCanceledException)
            {
                return new BatchResult { Index = index, Id = document.Id, Error = e };
            }
            finally
            {
                slots.Release();
            }
        }, CancellationToken.None);
}
