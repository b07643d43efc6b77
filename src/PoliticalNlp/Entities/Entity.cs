namespace PoliticalNlp;

/// <summary>A named entity mention: a span of the text with its type and document-level identity.</summary>
public sealed record Entity : Text.IOffsetRange
{
    /// <summary>Offset of the mention's first UTF-16 code unit.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the mention.</summary>
    public required int End { get; init; }

    /// <summary>The entity type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>The mention's text, exactly as in the document.</summary>
    public required string Text { get; init; }

    /// <summary>The full form of this entity in the document (<c>Mr Lukashenko</c> → <c>Alexander Lukashenko</c>): its
    /// longest form, except that a surname shared by several full names (<c>Donald Trump</c>, <c>Melania Trump</c>) names
    /// the one the document named first.</summary>
    public required string Canonical { get; init; }

    /// <summary>For a <see cref="EntityType.State"/>, its ISO 3166-1 alpha-2 code; otherwise null.</summary>
    public string? Iso { get; init; }

    /// <summary>The state a capital or seat of government stands for when used as an actor (<c>Moscow</c>, <c>the Kremlin</c> → <c>RU</c>).</summary>
    public string? ResolvedState { get; init; }

    /// <summary>The tagger's confidence in this mention, from 0 to 1.</summary>
    public double Confidence { get; init; }
}
