using System.Runtime.CompilerServices;

namespace PoliticalNlp.Entities;

/// <summary>
/// What the tagger's features read of one token's characters, computed once a sentence in one pass over them: a feature
/// then mixes its template with these values instead of hashing the word again (a word is seen by ~10 features, as
/// itself, as a neighbour of four tokens, in two bigrams and by the decoder once for every live previous label).
/// </summary>
internal readonly record struct TokenKey(uint Normalized, uint Exact, uint Shape, uint Prefix3, uint Suffix2, uint Suffix3, uint Suffix4, int Length)
{
    /// <summary>Fills <paramref name="keys"/> with the key of each of <paramref name="tokens"/>.</summary>
    public static void Describe(string text, ReadOnlySpan<Token> tokens, Span<TokenKey> keys)
    {
        for (int i = 0; i < tokens.Length; i++) keys[i] = Of(tokens[i].AsSpan(text));
    }

    /// <summary>The <see cref="Normalized"/> hash of one word alone (what <see cref="Of"/> computes first).</summary>
    public static uint NormalizedOf(ReadOnlySpan<char> word)
    {
        uint normalized = FeatureHasher.Basis;
        foreach (char c in word) normalized = FeatureHasher.Add(normalized, FeatureHasher.Normalize(c));
        return normalized;
    }

    /// <summary>The key of one word.</summary>
    public static TokenKey Of(ReadOnlySpan<char> word)
    {
        uint normalized = FeatureHasher.Basis, exact = FeatureHasher.Basis, prefix3 = 0;
        uint shape = 17;
        char last = '\0';
        int emitted = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            normalized = FeatureHasher.Add(normalized, FeatureHasher.Normalize(c));
            exact = FeatureHasher.Add(exact, c);
            if (k == 2) prefix3 = normalized;
            if (emitted < 6)
            {
                char kind = ShapeClass(c);
                if (kind != last)
                {
                    last = kind;
                    shape = shape * 31 + kind;
                    emitted++;
                }
            }
        }
        if (word.Length < 3) prefix3 = normalized;
        // Suffixes are hashed from the last character backwards, so the three share one pass of at most four characters.
        uint suffix = FeatureHasher.Basis, suffix2 = 0, suffix3 = 0;
        int stop = Math.Max(0, word.Length - 4);
        for (int k = word.Length - 1; k >= stop; k--)
        {
            suffix = FeatureHasher.Add(suffix, FeatureHasher.Normalize(word[k]));
            int taken = word.Length - k;
            if (taken == 2) suffix2 = suffix;
            else if (taken == 3) suffix3 = suffix;
        }
        if (word.Length < 2) suffix2 = suffix;
        if (word.Length < 3) suffix3 = suffix;
        return new TokenKey(normalized, exact, shape, prefix3, suffix2, suffix3, suffix, word.Length);
    }

    /// <summary>
    /// The character class of a word shape: X upper, x lower, d digit, and punctuation as itself (curly apostrophe
    /// as straight).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ShapeClass(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A') return 'X';
            if ((uint)(c - 'a') <= 'z' - 'a') return 'x';
            if ((uint)(c - '0') <= 9) return 'd';
            return c;
        }
        return char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c == '\u2019' ? '\'' : c;
    }
}
