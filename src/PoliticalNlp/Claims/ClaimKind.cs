namespace PoliticalNlp;

/// <summary>What a claim does (spec section 4).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>A neutral statement or report.</summary>
    Statement,
    /// <summary>An accusation or charge against someone.</summary>
    Accusation,
    /// <summary>A promise or commitment.</summary>
    Promise,
    /// <summary>A denial or rejection.</summary>
    Denial,
    /// <summary>A warning.</summary>
    Warning,
    /// <summary>An admission or acknowledgement.</summary>
    Admission,
}
