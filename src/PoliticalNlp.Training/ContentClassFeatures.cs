using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Training;

/// <summary>
/// A claim content read through the distributional word classes (<c>Models/wordclasses.bin</c>, learned from unlabelled
/// news): a bag of the coarse and fine classes of its words, and of the coarse classes of its first words (where the
/// subject and the modal stand: <c>we will</c>, <c>if they</c>). Words that are used alike share a feature (<c>lied</c>,
/// <c>cheated</c>, <c>stole</c>), so a few hundred labelled claims can learn from words they never held.
/// </summary>
internal static class ContentClassFeatures
{
    /// <summary>How many coarse and fine classes the shipped word classes have (the <c>clusters</c> defaults).</summary>
    public const int Coarse = 256, Fine = 1024;

    /// <summary>How many words from the start count as the content's opening.</summary>
    public const int OpeningWords = 3;

    /// <summary>How many hash buckets the content's own words fall into (<see cref="NamesWithWords"/>).</summary>
    public const int WordBuckets = 4096;

    public static string[] Names { get; } =
        [.. Enumerable.Range(0, Coarse).Select(c => $"class.{c}"), .. Enumerable.Range(0, Fine).Select(c => $"fine.{c}"),
         .. Enumerable.Range(0, Coarse).Select(c => $"opening.{c}")];

    /// <summary>The class bag followed by the hashed bag of the content's words (normalised as the word classes are).</summary>
    public static string[] NamesWithWords { get; } = [.. Names, .. Enumerable.Range(0, WordBuckets).Select(b => $"word#{b}")];

    public static int Count => Names.Length;

    /// <summary>Writes the class bag and then the hashed word bag (as long as <see cref="NamesWithWords"/>).</summary>
    public static void ComputeWithWords(string text, ReadOnlySpan<Token> contentTokens, WordClasses classes, Span<float> values)
    {
        Compute(text, contentTokens, classes, values);
        var words = values.Slice(Count, WordBuckets);
        words.Clear();
        foreach (var token in contentTokens)
        {
            if (token.Kind != TokenKind.Word) continue;
            uint hash = Entities.FeatureHasher.Start(1);
            foreach (char ch in token.AsSpan(text)) hash = Entities.FeatureHasher.Add(hash, Entities.FeatureHasher.Normalize(ch));
            words[Entities.FeatureHasher.Finish(hash, WordBuckets - 1)] = 1;
        }
    }

    /// <summary>Writes the class bag of one content's tokens into <paramref name="values"/> (as long as <see cref="Count"/>).</summary>
    public static void Compute(string text, ReadOnlySpan<Token> contentTokens, WordClasses classes, Span<float> values)
    {
        values[..Count].Clear();
        var packed = new int[contentTokens.Length];
        classes.Annotate(text, contentTokens, packed);
        int word = 0;
        for (int i = 0; i < contentTokens.Length; i++)
        {
            if (contentTokens[i].Kind != TokenKind.Word) continue;
            if (packed[i] != WordClasses.Unknown)
            {
                int coarse = WordClasses.ClusterOf(packed[i]), fine = WordClasses.FineClusterOf(packed[i]);
                if (coarse < Coarse) values[coarse] = 1;
                if (fine < Fine) values[Coarse + fine] = 1;
                if (word < OpeningWords && coarse < Coarse) values[Coarse + Fine + coarse] = 1;
            }
            word++;
        }
    }
}
