namespace PoliticalNlp;

/// <summary>How <see cref="PoliticalTextAnalyzer.AnalyzeMany(IEnumerable{BatchInput}, BatchOptions?, CancellationToken)"/> runs a batch.</summary>
public sealed class BatchOptions
{
    /// <summary>How many documents are analysed at once; the number of processors by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one document must be analysed at a time.");
    } = Environment.ProcessorCount;

    /// <summary>
    /// When true, a document whose analysis throws is returned as a <see cref="BatchResult"/> with the
    /// <see cref="BatchResult.Error"/> and the batch goes on; when false (the default), the exception ends the batch
    /// once every document before it has been returned.
    /// </summary>
    public bool IsolateFailures { get; set; }
}
