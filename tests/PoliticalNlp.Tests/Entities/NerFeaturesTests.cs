using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Entities;

/// <summary>What the tagger's features see of a word's surroundings.</summary>
public class NerFeaturesTests
{
    private const int Mask = (1 << 18) - 1;

    /// <summary>The features of token <paramref name="index"/> of <paramref name="text"/>, without gazetteer or word classes.</summary>
    private static int[] Features(string text, int index)
    {
        var buffer = new TokenBuffer(16);
        Tokenizer.Tokenize(text, buffer);
        var tokens = buffer.ToArray();
        var keys = new TokenKey[tokens.Length];
        TokenKey.Describe(text, tokens, keys);
        var categories = new GazetteerCategory[tokens.Length];
        var phraseStart = new bool[tokens.Length];
        var context = new NerFeatures.Context(text, tokens, keys, categories, phraseStart, ReadOnlySpan<int>.Empty);
        var output = new int[NerFeatures.MaxFeatures];
        int n = NerFeatures.Extract(context, index, Mask, output);
        return output[..n].Order().ToArray();
    }

    [Fact]
    public void A_country_word_opening_a_long_body_name_sees_the_head_word_beyond_its_window()
    {
        // "Ministry" and "Council" are three words after "Vorland": out of the word window, read as the run's head.
        Assert.NotEqual(
            Features("Officials of the Vorland Deep Sea Fisheries Ministry met .", 3),
            Features("Officials of the Vorland Deep Sea Fisheries Council met .", 3));
    }

    [Fact]
    public void The_run_of_a_name_stops_at_a_lower_case_word()
    {
        Assert.Equal(
            Features("Officials of the Vorland Deep Sea fishing ministry met .", 3),
            Features("Officials of the Vorland Deep Sea fishing council met .", 3));
    }
}
