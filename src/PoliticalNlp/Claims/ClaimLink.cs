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

    /// <summary>True for the counter-claim kinds: denial, non-confirmation, contradiction and reversal.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCounterClaim => Kind != LinkKind.Support;
}
