namespace PoliticalNlp.Training;

/// <summary>One sentence of an annotated corpus: its tokens and their BIO (IOB2) tags.</summary>
internal sealed record TaggedSentence(string[] Words, string[] Tags)
{
    /// <summary>Whether a new document starts here: the tagger's document memory is cleared before this sentence.</summary>
    public bool StartsDocument { get; init; }

    /// <summary>Whether this sentence repeats another of its document in another spelling (<see cref="GmbMapping.WithBritishHonorifics"/>):
    /// the document survey counts the original only, as the runtime would see one sentence.</summary>
    public bool IsCopy { get; init; }
}
