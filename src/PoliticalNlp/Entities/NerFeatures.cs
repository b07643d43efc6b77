using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Entities;

/// <summary>
/// The entity tagger's features for one token: the word and its neighbours, shapes, affixes, sentence position and
/// gazetteer membership, hashed into the model's feature space. Previous-label features are added by the decoder.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features <see cref="Extract"/> writes for one token.</summary>
    public const int MaxFeatures = 62 + DocumentMemory.MaxFeatures;

    private const int PreviousLabelTemplate = 100;

    /// <summary>The class value of a word the word classes do not know.</summary>
    private const uint UnknownClass = 4095u;

    /// <summary>A sentence seen as the features see it: its tokens, their keys, what the gazetteer and word classes said of them.</summary>
    internal readonly ref struct Context
    {
        public Context(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenKey> keys, ReadOnlySpan<GazetteerCategory> categories, ReadOnlySpan<bool> phraseStart, ReadOnlySpan<int> wordClasses, DocumentMemory? memory = null, bool shouting = false)
        {
            Text = text;
            Tokens = tokens;
            Keys = keys;
            Categories = categories;
            PhraseStart = phraseStart;
            WordClasses = wordClasses;
            Memory = memory;
            Shouting = shouting;
        }

        public string Text { get; }
        public ReadOnlySpan<Token> Tokens { get; }
        /// <summary>Each token's <see cref="TokenKey"/> (<see cref="TokenKey.Describe"/>).</summary>
        public ReadOnlySpan<TokenKey> Keys { get; }
        public ReadOnlySpan<GazetteerCategory> Categories { get; }
        public ReadOnlySpan<bool> PhraseStart { get; }
        /// <summary>Each token's packed <see cref="Lexicons.WordClasses"/> value, or empty when none are known.</summary>
        public ReadOnlySpan<int> WordClasses { get; }
        /// <summary>What earlier sentences of the document said of its capitalised words, or null (a sentence alone).</summary>
        public DocumentMemory? Memory { get; }
        /// <summary>Whether the sentence is written in capitals (<see cref="DocumentMemory.IsShouting"/>, as the document survey
        /// found it); read only with a memory.</summary>
        public bool Shouting { get; }
        public ReadOnlySpan<char> Word(int i) => Tokens[i].AsSpan(Text);
    }

    /// <summary>Writes the hashed features of token <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    public static int Extract(in Context ctx, int i, int mask, Span<int> output)
    {
        int n = 0;
        var keys = ctx.Keys;
        int last = keys.Length - 1;
        ref readonly var k0 = ref keys[i];
        uint shape0 = k0.Shape;
        uint shapePrev = i > 0 ? keys[i - 1].Shape : 1;
        uint shapeNext = i < last ? keys[i + 1].Shape : 2;

        output[n++] = FeatureHasher.Finish(FeatureHasher.Start(0), mask); // bias
        output[n++] = Tag(1, k0.Normalized, mask);
        output[n++] = Tag(2, k0.Exact, mask);
        output[n++] = Tag(3, i > 0 ? keys[i - 1].Normalized : 1, mask);
        output[n++] = Tag(4, i < last ? keys[i + 1].Normalized : 2, mask);
        output[n++] = Tag(5, i > 1 ? keys[i - 2].Normalized : 1, mask);
        output[n++] = Tag(6, i + 1 < last ? keys[i + 2].Normalized : 2, mask);
        output[n++] = Tag(7, shape0, mask);
        output[n++] = Tag(8, shapePrev, mask);
        output[n++] = Tag(9, shapeNext, mask);
        output[n++] = Pair(10, shapePrev, shape0, mask);
        output[n++] = Pair(11, shape0, shapeNext, mask);
        output[n++] = FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(12), shapePrev), shape0), shapeNext), mask);
        output[n++] = Tag(13, k0.Prefix3, mask);
        output[n++] = Tag(14, k0.Suffix2, mask);
        output[n++] = Tag(15, k0.Suffix3, mask);
        output[n++] = Tag(16, k0.Suffix4, mask);
        if (i > 0) output[n++] = Pair(17, keys[i - 1].Normalized, k0.Normalized, mask);
        if (i < last) output[n++] = Pair(18, k0.Normalized, keys[i + 1].Normalized, mask);
        output[n++] = Tag(19, (uint)(Math.Min(i, 3) * 64) + shape0 % 64, mask); // sentence position × shape
        output[n++] = Tag(20, (uint)Math.Min(k0.Length, 12), mask);
        if (i > 0 && ctx.Word(i - 1) is ['.' or '"' or '“' or ':' or '(' or '-' or '—', ..]) output[n++] = Tag(21, shape0, mask);

        // Distributional clusters of the word and its neighbours, and how often the word is lower case elsewhere.
        if (!ctx.WordClasses.IsEmpty)
        {
            int c0 = ctx.WordClasses[i];
            uint cluster0 = c0 < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(c0);
            uint case0 = c0 < 0 ? 7u : (uint)Lexicons.WordClasses.CaseBucketOf(c0);
            output[n++] = Tag(40, cluster0, mask);
            output[n++] = Pair(41, cluster0, shape0, mask);
            int cPrev = i > 0 ? ctx.WordClasses[i - 1] : -1, cNext = i < last ? ctx.WordClasses[i + 1] : -1;
            output[n++] = Tag(42, cPrev < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(cPrev), mask);
            output[n++] = Tag(43, cNext < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(cNext), mask);
            output[n++] = Pair(44, case0, i == 0 ? 1u : 0u, mask);
            // The fine classes split the coarse ones (parties from agencies, outlets from cities) where data allows.
            uint fine0 = c0 < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(c0);
            output[n++] = Tag(45, fine0, mask);
            output[n++] = Pair(46, fine0, shape0, mask);
            output[n++] = Tag(47, cPrev < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(cPrev), mask);
            output[n++] = Tag(48, cNext < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(cNext), mask);
        }

        // A capitalised word's neighbours by class (a title class before a name, a body's head after its country), and
        // the run of capitalised words it stands in, read through the run's last word (the head of a name).
        if (!ctx.WordClasses.IsEmpty) n = AddNeighbourClasses(ctx, i, mask, output, n);
        n = AddCapitalisedRun(ctx, i, mask, output, n);

        // The labels this word received earlier in the document (a capitalised word only).
        if (ctx.Memory is { } memory && DocumentMemory.Concerns(ctx.Text, ctx.Tokens[i]))
            n = memory.AddFeatures(k0.Normalized, i == 0, DocumentMemory.CasingOf(ctx.Text, ctx.Tokens, i, ctx.Shouting), mask, output, n);

        // Gazetteer membership of this token and its neighbours.
        n = AddCategories(ctx, i, 30, mask, output, n, withPhraseStart: true);
        if (i > 0) n = AddCategories(ctx, i - 1, 31, mask, output, n, withPhraseStart: false);
        if (i < last) n = AddCategories(ctx, i + 1, 32, mask, output, n, withPhraseStart: false);
        return n;
    }

    private static bool Capitalised(in Context ctx, int i) => ctx.Tokens[i].Length > 0 && char.IsUpper(ctx.Text[ctx.Tokens[i].Start]);

    /// <summary>Neighbours' word classes with whether this word (and the neighbour) is capitalised.</summary>
    private static int AddNeighbourClasses(in Context ctx, int i, int mask, Span<int> output, int n)
    {
        int last = ctx.Tokens.Length - 1;
        uint cap0 = Capitalised(ctx, i) ? 1u : 0u;
        int cPrev = i > 0 ? ctx.WordClasses[i - 1] : -1, cNext = i < last ? ctx.WordClasses[i + 1] : -1;
        uint capPrev = i > 0 && Capitalised(ctx, i - 1) ? 2u : 0u, capNext = i < last && Capitalised(ctx, i + 1) ? 2u : 0u;
        output[n++] = Pair(49, cPrev < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(cPrev), cap0 + capPrev, mask);
        output[n++] = Pair(54, cNext < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(cNext), cap0 + capNext, mask);
        int cPrev2 = i > 1 ? ctx.WordClasses[i - 2] : -1, cNext2 = i + 1 < last ? ctx.WordClasses[i + 2] : -1;
        output[n++] = Pair(55, cPrev2 < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(cPrev2), cap0, mask);
        output[n++] = Pair(56, cNext2 < 0 ? UnknownClass : (uint)Lexicons.WordClasses.ClusterOf(cNext2), cap0, mask);
        return n;
    }

    /// <summary>The run of capitalised words this word is in: its last word (the head of a name) and where this word stands.</summary>
    private static int AddCapitalisedRun(in Context ctx, int i, int mask, Span<int> output, int n)
    {
        if (!Capitalised(ctx, i)) return n;
        int start = i, end = i + 1;
        while (start > 0 && i - start < 6 && Capitalised(ctx, start - 1)) start--;
        while (end < ctx.Tokens.Length && end - i < 6 && Capitalised(ctx, end)) end++;
        uint position = (start == i ? 1u : 0u) + (end == i + 1 ? 2u : 0u);
        uint length = (uint)Math.Min(end - start, 4);
        output[n++] = Pair(50, length * 4 + position, i == 0 ? 1u : 0u, mask);
        if (end - start < 2) return n;
        output[n++] = Pair(51, ctx.Keys[end - 1].Normalized, position, mask);
        output[n++] = Pair(52, ctx.Keys[start].Normalized, position, mask);
        if (!ctx.WordClasses.IsEmpty)
        {
            int head = ctx.WordClasses[end - 1];
            output[n++] = Pair(53, head < 0 ? UnknownClass : (uint)Lexicons.WordClasses.FineClusterOf(head), position, mask);
        }
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
        if ((categories & GazetteerCategory.Body) != 0 && n < MaxFeatures) output[n++] = Tag(template, 15u * 2 + begin, mask);
        return n;
    }

    /// <summary>The feature index of the previous label, alone and with the current word's shape and the word itself.</summary>
    public static (int Alone, int WithShape, int WithWord) PreviousLabel(int previousLabel, in TokenKey word, int mask) => (
        Tag(PreviousLabelTemplate, (uint)previousLabel, mask),
        Pair(PreviousLabelTemplate + 1, (uint)previousLabel, word.Shape, mask),
        Pair(PreviousLabelTemplate + 2, (uint)previousLabel, word.Normalized, mask));

    private static int Tag(int template, uint value, int mask) =>
        FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Start(template), value), mask);

    private static int Pair(int template, uint first, uint second, int mask) =>
        FeatureHasher.Finish(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(template), first), second), mask);
}
