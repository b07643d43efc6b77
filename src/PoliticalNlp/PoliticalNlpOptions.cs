namespace PoliticalNlp;

/// <summary>Options for <see cref="PoliticalTextAnalyzer"/>. Read once, when the analyzer is built.</summary>
public sealed class PoliticalNlpOptions
{
    /// <summary>Extra agency names (your own ministries, companies, NGOs) recognised as <see cref="EntityType.Agency"/>.</summary>
    public IList<string> ExtraAgencies { get; } = new List<string>();

    /// <summary>Extra full names of people recognised as <see cref="EntityType.Person"/>.</summary>
    public IList<string> ExtraPeople { get; } = new List<string>();

    /// <summary>
    /// Path of an entity model file to use instead of the model shipped in the package: one written by the trainer,
    /// <c>dotnet run --project src/PoliticalNlp.Training -c Release -- train --output my.bin</c> (see docs/design.md).
    /// </summary>
    public string? EntityModelPath { get; set; }

    /// <summary>Whether to extract claims and links (on by default). Turn off for entity-only workloads.</summary>
    public bool ExtractClaims { get; set; } = true;

    /// <summary>
    /// Checks the options without building an analyzer: every extra name is non-empty and the model file, if any,
    /// exists. <see cref="ServiceCollectionExtensions.AddPoliticalNlp"/> calls it when the services are registered, so
    /// a bad configuration stops the application at start-up rather than at the first request.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        for (int i = 0; i < ExtraAgencies.Count; i++)
            if (string.IsNullOrWhiteSpace(ExtraAgencies[i])) problems.Add($"{nameof(ExtraAgencies)}[{i}] is empty");
        for (int i = 0; i < ExtraPeople.Count; i++)
            if (string.IsNullOrWhiteSpace(ExtraPeople[i])) problems.Add($"{nameof(ExtraPeople)}[{i}] is empty");
        if (EntityModelPath is { } path)
        {
            if (string.IsNullOrWhiteSpace(path)) problems.Add($"{nameof(EntityModelPath)} is empty (leave it null for the shipped model)");
            else if (Directory.Exists(path)) problems.Add($"{nameof(EntityModelPath)} '{path}' is a directory, not a model file");
            else if (!File.Exists(path)) problems.Add($"{nameof(EntityModelPath)} '{path}' does not exist");
        }
        if (problems.Count > 0) throw new ArgumentException("Invalid PoliticalNlp options: " + string.Join("; ", problems) + ".");
    }
}
