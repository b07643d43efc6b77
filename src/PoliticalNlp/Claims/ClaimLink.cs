namespace PoliticalNlp;

/// <summary>A link from a claim to another claim, or to a statement that is not itself a claim (spec section 5).</summary>
public sealed record ClaimLink
{
    /// <summary>The identifier of the claim the link starts from.</summary>
    public required string From { get; init; }

    /// <summary>The identifier of the claim the link points to, or null when it points to <see cref="ToSpan"/>.</summary>
    public string? To { get; init; }

    /// <summary>The statement the link points to when it is not a claim; otherwise null.</summary>
    public TextSpan? ToSpan { get; init; }

    /// <summary>How the target bears on the claim.</summary>
    public required LinkKind Kind { get; init; }

    /// <summary>The hand-written rule that proposed the link (<c>rule answer</c>, <c>rule not-confirmed statement</c>),
    /// or, for a link the model kept, the rule that proposed the same pair; null when none did (explain trace).</summary>
    internal string? Rule { get => _rule.Value; init => _rule = new(value); }

    /// <summary>The model's confidence in a link it kept; NaN for a link a rule made (explain trace).</summary>
    internal float Confidence { get => _confidence.Value is { } c ? c : float.NaN; init => _confidence = new(value); }

    /// <summary>
    /// What made the link, for checking a result: the learned model and its confidence, with the hand-written rule that
    /// proposed the same pair if one did (<c>model p=0.41 (rule Denial)</c>), or the rule alone for a link to a narrated
    /// statement (<c>rule not-confirmed statement</c>). A diagnostic trace: composed when read (the analysis stores two
    /// fields and formats nothing), not part of the link's identity or of its JSON, and its wording may change between versions.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Explain => float.IsNaN(Confidence)
        ? Rule ?? "-"
        : $"model p={Confidence.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}" + (Rule is null ? "" : $" ({Rule})");

    // The trace is not part of the link's identity: a link read back from JSON equals the one written.
    private readonly Equality.IgnoredInEquality<string?> _rule;
    private readonly Equality.IgnoredInEquality<float?> _confidence;

    /// <summary>True for the counter-claim kinds: denial, non-confirmation, contradiction and reversal.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCounterClaim => Kind != LinkKind.Support;
}
