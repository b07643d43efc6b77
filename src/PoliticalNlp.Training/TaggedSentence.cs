namespace PoliticalNlp.Training;

/// <summary>One sentence of an annotated corpus: its tokens and their BIO (IOB2) tags.</summary>
internal sealed record TaggedSentence(string[] Words, string[] Tags);
