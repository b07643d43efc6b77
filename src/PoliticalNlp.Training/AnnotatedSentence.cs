using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Training;

/// <summary>A corpus sentence laid out as text and annotated as the runtime annotates it (gazetteer categories,
/// phrase starts, word classes), so training and evaluation read exactly the features the analyzer computes.</summary>
internal sealed record AnnotatedSentence(string Text, Token[] Tokens, TokenKey[] Keys, GazetteerCategory[] Categories, bool[] PhraseStarts, int[] WordClasses)
{
    public NerFeatures.Context Context => new(Text, Tokens, Keys, Categories, PhraseStarts, WordClasses);

    /// <summary>The features' view of the sentence inside a document whose earlier sentences <paramref name="memory"/> holds.</summary>
    public NerFeatures.Context ContextWith(DocumentMemory memory) => new(Text, Tokens, Keys, Categories, PhraseStarts, WordClasses, memory, DocumentMemory.IsShouting(Text, Tokens));

    public static AnnotatedSentence Of(TaggedSentence sentence, Gazetteer gazetteer, WordClasses wordClasses, List<GazetteerMatch> matches)
    {
        var (text, tokens) = SentenceText.Layout(sentence.Words);
        var categories = new GazetteerCategory[tokens.Length];
        var starts = new bool[tokens.Length];
        GazetteerFeatures.Annotate(gazetteer, text, tokens, matches, categories, starts);
        var classes = new int[tokens.Length];
        wordClasses.Annotate(text, tokens, classes);
        var keys = new TokenKey[tokens.Length];
        TokenKey.Describe(text, tokens, keys);
        return new AnnotatedSentence(text, tokens, keys, categories, starts, classes);
    }
}
