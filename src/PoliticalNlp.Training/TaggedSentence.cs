namespace PoliticalNlp.Training;

/// <summary>One sentence of an annotated corpus: its tokens and their BIO (IOB2) tags.</summary>
internal sealed record TaggedSentence(string[] Words, string[] Tags)
{
    /// <summary>Whether a new document starts here: the tagger's document memory is cleared before this sentence.</summary>
    public bool StartsDocument { get; init; }
}
