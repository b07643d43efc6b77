namespace PoliticalNlp;

/// <summary>Content the text attributes to a source through a reporting cue (spec section 4).</summary>
public sealed record Claim
{
    /// <summary>The claim's identifier within its document (<c>c1</c>, <c>c2</c>, …), used by <see cref="ClaimLink"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The span naming the source nearest the cue (a name, pronoun or description), or null for a continued quote.</summary>
    public TextSpan? Speaker { get; init; }

    /// <summary>The canonical name of the entity the speaker is or refers to, when resolved.</summary>
    public string? SpeakerCanonical { get; init; }

    /// <summary>The reporting word or words, or null for a quote continued without a new cue.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>What was said, without speaker and cue; for a direct quote, without the outer quote marks.</summary>
    public required TextSpan Content { get; init; }

    /// <summary>The intermediate source in <c>…, according to Belta</c> when a speaker is also named.</summary>
    public TextSpan? Via { get; init; }

    /// <summary>What the claim does.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>True when the content is a direct quotation.</summary>
    public bool Direct { get; init; }

    /// <summary>The kind the cue alone signals (<c>denied</c> → Denial); links rest on this explicit evidence, not on
    /// the kind read from the content.</summary>
    internal ClaimKind CueKind { get => _cueKind.Value; init => _cueKind = new(value); }

    // Internal evidence, not part of the claim's identity: kept out of record equality.
    private readonly Equality.IgnoredInEquality<ClaimKind> _cueKind;
}
