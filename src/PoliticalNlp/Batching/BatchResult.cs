namespace PoliticalNlp;

/// <summary>The outcome of one document of a batch: its analysis, or (with <see cref="BatchOptions.IsolateFailures"/>) the error.</summary>
public sealed record BatchResult
{
    /// <summary>The document's position in the input, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The document's identifier as given.</summary>
    public string? Id { get; init; }

    /// <summary>The analysis, or null when the analysis failed.</summary>
    public AnalyzedDocument? Document { get; init; }

    /// <summary>Why the analysis failed, or null when it succeeded.</summary>
    public Exception? Error { get; init; }
}
