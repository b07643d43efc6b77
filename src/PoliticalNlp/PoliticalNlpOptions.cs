namespace PoliticalNlp;

/// <summary>Options for <see cref="PoliticalTextAnalyzer"/>. Read once, when the analyzer is built.</summary>
public sealed class PoliticalNlpOptions
{
    /// <summary>Extra agency names (your own ministries, companies, NGOs) recognised as <see cref="EntityType.Agency"/>.</summary>
    public IList<string> ExtraAgencies { get; } = new List<string>();

    /// <summary>Extra full names of people recognised as <see cref="EntityType.Person"/>.</summary>
    public IList<string> ExtraPeople { get; } = new List<string>();

    /// <summary>
    /// Path of an entity model file (written by <c>politicalnlp train</c>) to use instead of the model shipped in the package.
    /// </summary>
    public string? EntityModelPath { get; set; }

    /// <summary>Whether to extract claims and links (on by default). Turn off for entity-only workloads.</summary>
    public bool ExtractClaims { get; set; } = true;
}
