using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Entities;

/// <summary>
/// The entity tagger's features for one token: the word and its neighbours, shapes, affixes, sentence position and
/// gazetteer membership, hashed into the model's feature space. Previous-label features are added by the decoder.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features <see cref="Extract"/> writes for one token.</summary>
    public const int MaxFeatures = 56;

    private const int PreviousLabelTemplate = 100;

    /// <summary>The class value of a word the word classes do not know.</summary>
    private const uint UnknownClass = 4095u;

    /// <summary>A word seen as the features see it: its text, and what the gazetteer said of it.</summary>
    internal readonly ref struct Context
    {
        public Context(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<GazetteerCategory> categories, ReadOnlySpan<bool> phraseStart, ReadOnlySpan<int> wordClasses)
        {
            Text = text;
            Tokens = tokens;
            Categories = categories;
            PhraseStart = phraseStart;
            WordClasses = wordClasses;
        }

        public string Text { get; }
        public ReadOnlySpan<Token> Tokens { get; }
        public ReadOnlySpan<GazetteerCategory> Categories { get; }
        public ReadOnlySpan<bool> PhraseStart { get; }
        /// <summary>Each token's packed <see cref="Lexicons.WordClasses"/> value, or empty when none are known.</summary>
        public ReadOnlySpan<int> WordClasses { get; }
        public ReadOnlySpan<char> Word(int i) => Tokens[i].AsSpan(Text);
    }

    /// <summary>Writes the hashed features of token <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    public static int Extract(in Context ctx, int i, int mask, Span<int> output)
    {
        int n = 0;
        var w0 = ctx.Word(i);
        uint shape0 = Shape(w0);
        uint shapePrev = i > 0 ? Shape(ctx.Word(i - 1)) : 1;
        uint shapeNext = i + 1 < ctx.Tokens.Length ? Shape(ctx.Word(i + 1)) : 2;

        output[n++] = FeatureHasher.Finish(FeatureHasher.Start(0), mask); // bias
        output[n++] = Word(1, w0, mask);
        output[n++] = FeatureHasher.Finish(FeatureHasher.AddExact(FeatureHasher.Start(2), w0), mask);
        output[n++] = i > 0 ? Word(3, ctx.Word(i - 1), mask) : Tag(3, 1, mask);
        output[n++] = i + 1 < ctx.Tokens.Length ? Word(4, ctx.Word(i + 1), mask) : Tag(4, 2, mask);
        output[n++] = i > 1 ? Word(5, ctx.Word(i - 2), mask) : Tag(5, 1, mask);
        output[n++] = i + 2 < ctx.Tokens.Length ? Word(6, ctx.Word(i + 2), mask) : Tag(6, 2, mask);
        output[n++] = Tag(7, shape0, mask);
        output[n++] = Tag(8, shapePrev, mask);
        output[n++] = Tag(9, shapeNext, mask);
        output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(10), shapePrev), shape0), mask);
        output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(11), shape0), shapeNext), mask);
        output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(12), shapePrev), shape0), shapeNext), mask);
        output[n++] = Word(13, w0[..Math.Min(3, w0.Length)], mask);
        output[n++] = Word(14, w0[Math.Max(0, w0.Length - 2)..], mask);
        output[n++] = Word(15, w0[Math.Max(0, w0.Length - 3)..], mask);
        output[n++] = Word(16, w0[Math.Max(0, w0.Length - 4)..], mask);
        if (i > 0)
        {
            uint h = FeatureHasher.AddNormalized(FeatureHasher.AddNormalized(FeatureHasher.Start(17), ctx.Word(i - 1)), w0);
            output[n++] = FeatureHasher.Finish(h, mask);
        }
        if (i + 1 < ctx.Tokens.Length)
        {
            uint h = FeatureHasher.AddNormalized(FeatureHasher.AddNormalized(FeatureHasher.Start(18), w0), ctx.Word(i + 1));
            output[n++] = FeatureHasher.Finish(h, mask);
        }
        output[n++] = Tag(19, (uint)(Math.Min(i, 3) * 64) + shape0 % 64, mask); // sentence position × shape
        output[n++] = Tag(20, (uint)Math.Min(w0.Length, 12), mask);
        if (i > 0 && ctx.Word(i - 1) is ['.' or '"' or '“' or ':' or '(' or '-' or '—', ..]) output[n++] = Tag(21, shape0, mask);

        // Distributional clusters of the word and its neighbours, and how often the word is lower case elsewhere.
        if (!ctx.WordClasses.IsEmpty)
        {
            int c0 = ctx.WordClasses[i];
            uint cluster0 = c0 < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(c0);
            uint case0 = c0 < 0 ? 7u : (uint)Lexicons.WordClasses.CaseBucketOf(c0);
            output[n++] = Tag(40, cluster0, mask);
            output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(41), cluster0), shape0), mask);
            int cPrev = i > 0 ? ctx.WordClasses[i - 1] : -1, cNext = i + 1 < ctx.Tokens.Length ? ctx.WordClasses[i + 1] : -1;
            output[n++] = Tag(42, cPrev < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(cPrev), mask);
            output[n++] = Tag(43, cNext < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(cNext), mask);
            output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(44), case0), i == 0 ? 1u : 0u), mask);
            // The fine classes split the coarse ones (parties from agencies, outlets from cities) where data allows.
            uint fine0 = c0 < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(c0);
            output[n++] = Tag(45, fine0, mask);
            output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(46), fine0), shape0), mask);
            output[n++] = Tag(47, cPrev < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(cPrev), mask);
            output[n++] = Tag(48, cNext < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(cNext), mask);
        }

        // Gazetteer membership of this token and its neighbours.
        n = AddCategories(ctx, i, 30, mask, output, n, withPhraseStart: true);
        if (i > 0) n = AddCategories(ctx, i - 1, 31, mask, output, n, withPhraseStart: false);
        if (i + 1 < ctx.Tokens.Length) n = AddCategories(ctx, i + 1, 32, mask, output, n, withPhraseStart: false);
        return n;
    }

    private static int AddCategories(in Context ctx, int i, int template, int mask, Span<int> output, int n, bool withPhraseStart)
    {
        var categories = ctx.Categories[i];
        if (categories == GazetteerCategory.None) return n;
        uint begin = withPhraseStart && ctx.PhraseStart[i] ? 1u : 0u;
        // The few most telling categories one by one; each is one feature.
        for (int bit = 0; bit < 13 && n < MaxFeatures; bit++)
        {
            var flag = (GazetteerCategory)(1 << bit);
            if ((categories & flag) != 0) output[n++] = Tag(template, (uint)(bit * 2) + begin, mask);
        }
        return n;
    }

    /// <summary>The feature index of the previous label, alone and with the current word's shape.</summary>
    public static (int Alone, int WithShape, int WithWord) PreviousLabel(int previousLabel, ReadOnlySpan<char> word, int mask)
    {
        uint shape = Shape(word);
        return (
            Tag(PreviousLabelTemplate, (uint)previousLabel, mask),
            FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(PreviousLabelTemplate + 1), (uint)previousLabel), shape), mask),
            FeatureHasher.Finish(FeatureHasher.AddNormalized(FeatureHasher.Add(FeatureHasher.Start(PreviousLabelTemplate + 2), (uint)previousLabel), word), mask));
    }

    private static int Word(int template, ReadOnlySpan<char> word, int mask) =>
        FeatureHasher.Finish(FeatureHasher.AddNormalized(FeatureHasher.Start(template), word), mask);

    private static int Tag(int template, uint value, int mask) =>
        FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Start(template), value), mask);

    /// <summary>
    /// A compact word shape: character classes (X upper, x lower, d digit, and punctuation as itself) with runs
    /// collapsed, folded into a number. <c>Lukashenko</c> → Xx, <c>U.S.</c> → X.X., <c>7,000</c> → d,d.
    /// </summary>
    public static uint Shape(ReadOnlySpan<char> word)
    {
        uint h = 17;
        char last = '\0';
        int emitted = 0;
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c == '\u2019' ? '\'' : c;
            if (k == last) continue;
            last = k;
            h = h * 31 + k;
            if (++emitted == 6) break;
        }
        return h;
    }
}
