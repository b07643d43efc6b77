namespace PoliticalNlp;

/// <summary>One document of a batch for <see cref="PoliticalTextAnalyzer.AnalyzeMany(IEnumerable{BatchInput}, BatchOptions?, CancellationToken)"/>.</summary>
/// <param name="Id">The caller's identifier, copied to <see cref="AnalyzedDocument.Id"/>.</param>
/// <param name="Text">The text.</param>
public readonly record struct BatchInput(string? Id, string Text);
