namespace PoliticalNlp;

/// <summary>A sentence: a character range and the range of tokens it covers.</summary>
public readonly record struct Sentence : Text.IOffsetRange
{
    /// <summary>Creates a sentence.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public Sentence(int start, int end, int firstToken, int tokenCount)
    {
        Start = start;
        End = end;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>Offset of the sentence's first character (its first token's start).</summary>
    public int Start { get; }

    /// <summary>Offset just past the sentence's last token.</summary>
    public int End { get; }

    /// <summary>Index of the sentence's first token in <see cref="AnalyzedDocument.Tokens"/>.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; }

    /// <summary>The sentence's characters as a view of <paramref name="text"/> (no copy).</summary>
    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, End - Start);
}
