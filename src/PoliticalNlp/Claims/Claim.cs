using PoliticalNlp.Claims;

namespace PoliticalNlp;

/// <summary>Content the text attributes to a source through a reporting cue (spec section 4).</summary>
public sealed record Claim
{
    /// <summary>The claim's identifier within its document (<c>c1</c>, <c>c2</c>, …), used by <see cref="ClaimLink"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The span naming the source nearest the cue (a name, pronoun or description); for a quote continued without
    /// a cue, the span that attributed the quote it continues, or null when there is none.</summary>
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

    /// <summary>The sentence shape that produced the claim (explain trace).</summary>
    internal AttributionLayout Layout { get => _layout.Value; init => _layout = new(value); }

    /// <summary>The stance class of the cue that produced the claim (explain trace).</summary>
    internal CueClass CueClass { get => _cueClass.Value; init => _cueClass = new(value); }

    /// <summary>The side the link model reads: <see cref="SpeakerCanonical"/>, or the place a description names (<c>the
    /// senator from Ohio</c>) when the spec gives no canonical name; a claim read back from JSON has only the canonical.</summary>
    internal string? Side { get => _side.Value ?? SpeakerCanonical; init => _side = new(value); }

    /// <summary>
    /// Which sentence layout and which cue produced the claim, for checking a result: <c>SpeakerCueContent cue 'denied'
    /// (Deny)</c> (layout, cue text, the cue's stance class). A diagnostic trace: composed when read, not part of the
    /// claim's identity or of its JSON, and its wording may change between versions.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Explain => $"{Layout} cue '{Cue?.Text ?? "-"}' ({CueClass})";

    // Internal evidence and the explain trace, not part of the claim's identity: kept out of record equality, so a
    // claim read back from JSON equals the one written.
    private readonly Equality.IgnoredInEquality<ClaimKind> _cueKind;
    private readonly Equality.IgnoredInEquality<AttributionLayout> _layout;
    private readonly Equality.IgnoredInEquality<CueClass> _cueClass;
    private readonly Equality.IgnoredInEquality<string?> _side;
}
