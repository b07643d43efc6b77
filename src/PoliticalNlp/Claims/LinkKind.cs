namespace PoliticalNlp;

/// <summary>How a statement bears on a claim (spec section 5).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<LinkKind>))]
public enum LinkKind
{
    /// <summary>The other side explicitly denies or rejects the claim.</summary>
    Denial,
    /// <summary>A statement that the claim is unconfirmed, unverified or lacks evidence.</summary>
    NotConfirmed,
    /// <summary>A claim by another source whose content cannot be true together with it.</summary>
    Contradiction,
    /// <summary>The same source earlier said the opposite.</summary>
    Reversal,
    /// <summary>Another source states or confirms the same.</summary>
    Support,
}
