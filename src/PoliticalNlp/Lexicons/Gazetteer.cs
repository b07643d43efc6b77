using System.IO.Compression;
using System.Text;
using PoliticalNlp.Text;

namespace PoliticalNlp.Lexicons;

/// <summary>
/// The compiled gazetteers (countries and their short forms, capitals, seats of government, organisations,
/// names, titles, places), matched over tokens longest-first. Phrases are keyed by their tokens joined with
/// single spaces, with curly apostrophes folded to straight ones, so a match never depends on how the text spaced
/// or quoted them. Built once, read-only after, shared by all threads.
/// </summary>
internal sealed class Gazetteer
{
    public const string ResourceName = "PoliticalNlp.Models.lexicon.bin";
    private const int MaxKeyLength = 128;

    private readonly SpanLexicon<GazetteerEntry> _phrases;
    private readonly SpanSet _prefixes; // every phrase cut before one of its spaces: where a longer match may continue

    public Gazetteer(IEnumerable<(GazetteerCategory Category, string Phrase, string? Iso, string? Canonical)> entries)
    {
        var merged = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var buffer = new TokenBuffer(16);
        foreach (var (category, phrase, iso, canonical) in entries)
        {
            string? key = KeyOf(phrase, buffer, out int tokenCount);
            if (key is null) continue;
            MaxTokens = Math.Max(MaxTokens, tokenCount);
            merged[key] = merged.TryGetValue(key, out var existing)
                ? new GazetteerEntry(existing.Categories | category, existing.Iso ?? iso, existing.Canonical ?? canonical)
                : new GazetteerEntry(category, iso, canonical);
        }
        _phrases = new SpanLexicon<GazetteerEntry>(merged, ignoreCase: false);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in merged.Keys)
            for (int space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1)) prefixes.Add(key[..space]);
        _prefixes = new SpanSet(prefixes, ignoreCase: false);
    }

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; private set; } = 1;

    public int Count => _phrases.Count;

    /// <summary>The gazetteer shipped in the package, plus the user's own agencies and people.</summary>
    public static Gazetteer LoadEmbedded(IEnumerable<string> extraAgencies, IEnumerable<string> extraPeople)
    {
        var entries = ReadEmbedded().ToList();
        entries.AddRange(extraAgencies.Select(a => (GazetteerCategory.Organization, a, (string?)null, (string?)null)));
        entries.AddRange(extraPeople.Select(p => (GazetteerCategory.Person, p, (string?)null, (string?)null)));
        return new Gazetteer(entries);
    }

    private static IEnumerable<(GazetteerCategory, string, string?, string?)> ReadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon '{ResourceName}' is missing from the PoliticalNlp assembly.");
        foreach (var entry in Read(stream)) yield return entry;
    }

    /// <summary>Reads a compiled lexicon: deflated UTF-8 lines <c>category TAB phrase TAB iso TAB canonical</c>.</summary>
    public static IEnumerable<(GazetteerCategory, string, string?, string?)> Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || !Enum.TryParse<GazetteerCategory>(parts[0], out var category)) continue;
            string? iso = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            string? canonical = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null;
            yield return (category, parts[1], iso, canonical);
        }
    }

    /// <summary>Writes a compiled lexicon (the inverse of <see cref="Read"/>).</summary>
    public static void Write(Stream stream, IEnumerable<(GazetteerCategory Category, string Phrase, string? Iso, string? Canonical)> entries)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(deflate, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (category, phrase, iso, canonical) in entries)
        {
            if (phrase.Contains('\t') || phrase.Contains('\n')) continue;
            writer.WriteLine($"{category}\t{phrase}\t{iso}\t{canonical}");
        }
    }

    private static string? KeyOf(string phrase, TokenBuffer buffer, out int tokenCount)
    {
        buffer.Clear();
        Tokenizer.Tokenize(phrase, buffer);
        tokenCount = buffer.Count;
        if (tokenCount == 0) return null;
        var sb = new StringBuilder(phrase.Length);
        foreach (var t in buffer.Tokens)
        {
            if (sb.Length > 0) sb.Append(' ');
            foreach (char c in t.AsSpan(phrase)) sb.Append(FoldApostrophe(c));
        }
        return sb.Length <= MaxKeyLength ? sb.ToString() : null;
    }

    private static char FoldApostrophe(char c) => c == '\u2019' ? '\'' : c;

    /// <summary>Looks up a single token's text (exact, then, when it is all capitals, title-cased, then title-cased with its
    /// short words kept in capitals).</summary>
    public bool TryGet(ReadOnlySpan<char> word, out GazetteerEntry entry)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        if (word.Length > MaxKeyLength)
        {
            entry = default;
            return false;
        }
        for (int i = 0; i < word.Length; i++) key[i] = FoldApostrophe(word[i]);
        return TryGet(key[..word.Length], out entry, retryTitleCase: true);
    }

    /// <summary>Looks up the phrase made of <paramref name="tokens"/>, keyed as the gazetteer keys phrases.</summary>
    public bool TryGet(string text, ReadOnlySpan<Token> tokens, out GazetteerEntry entry)
    {
        entry = default;
        Span<char> key = stackalloc char[MaxKeyLength];
        int length = 0;
        for (int n = 0; n < tokens.Length; n++)
        {
            var t = tokens[n];
            if (length + t.Length + 1 > MaxKeyLength) return false;
            if (n > 0) key[length++] = ' ';
            foreach (char c in t.AsSpan(text)) key[length++] = FoldApostrophe(c);
        }
        return length > 0 && TryGet(key[..length], out entry, retryTitleCase: true);
    }

    private bool TryGet(Span<char> key, out GazetteerEntry entry, bool retryTitleCase)
    {
        if (_phrases.TryGetValue(key, out entry)) return true;
        if (!retryTitleCase || !IsAllCaps(key)) return false;
        // WASHINGTON (datelines, shouted headlines) → Washington, then USA TODAY → USA Today (a short word kept as an
        // acronym): the order Match tries them in. The key is rewritten in place only for the second, last probe.
        Span<char> plain = stackalloc char[key.Length];
        TitleCase(key, plain);
        if (_phrases.TryGetValue(plain, out entry)) return true;
        return TitleCase(key, key, keepShortWords: true) && _phrases.TryGetValue(key, out entry);
    }

    /// <summary>
    /// The title-cased form of an all-capitals key (<c>NEW YORK TIMES</c> → <c>New York Times</c>). With
    /// <paramref name="keepShortWords"/>, a word of at most <see cref="AcronymLength"/> letters keeps its capitals: names
    /// that hold an acronym (<c>USA Today</c>, <c>CBS News</c>) are written in capitals by the papers themselves.
    /// </summary>
    /// <returns>True when a short word kept capitals the plain title case would have lowered (the acronym-keeping form
    /// then differs from the plain one and is worth a look-up of its own).</returns>
    private static bool TitleCase(ReadOnlySpan<char> source, Span<char> destination, bool keepShortWords = false)
    {
        bool startOfWord = true;
        bool keep = false, kept = false;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (startOfWord && keepShortWords) keep = WordLength(source, i) <= AcronymLength;
            if (keep && !startOfWord && char.IsUpper(c)) kept = true;
            destination[i] = startOfWord || keep ? c : InvariantCase.ToLower(c);
            startOfWord = !char.IsLetter(c);
        }
        return kept;
    }

    /// <summary>The longest all-capitals word the acronym-keeping probe leaves as it is.</summary>
    private const int AcronymLength = 3;

    private static int WordLength(ReadOnlySpan<char> s, int start)
    {
        int end = start;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return end - start;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4;
    }

    /// <summary>
    /// Finds phrases in a sentence, longest first, left to right, without overlaps, appending them to <paramref name="matches"/>.
    /// </summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, List<GazetteerMatch> matches)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        Span<char> probe = stackalloc char[MaxKeyLength];
        Span<char> acronymProbe = stackalloc char[MaxKeyLength];
        int i = 0;
        while (i < tokens.Length)
        {
            int best = 0;
            GazetteerEntry bestEntry = default;
            char first = text[tokens[i].Start];
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                // Multi-word phrases start with a capital or digit; lower-case words are looked up alone.
                int maxLen = char.IsUpper(first) || char.IsDigit(first) ? Math.Min(MaxTokens, tokens.Length - i) : 1;
                int length = 0;
                for (int n = 1; n <= maxLen; n++)
                {
                    var t = tokens[i + n - 1];
                    int needed = t.Length + (n > 1 ? 1 : 0);
                    if (length + needed > MaxKeyLength) break;
                    if (n > 1) key[length++] = ' ';
                    foreach (char c in t.AsSpan(text)) key[length++] = FoldApostrophe(c);
                    if (n > 1 && t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or ',' or ';' or ':' or '?' or '!') break;
                    bool allCaps = IsAllCaps(key[..length]);
                    bool acronyms = false;
                    if (allCaps)
                    {
                        TitleCase(key[..length], probe); // WASHINGTON → Washington, on a copy
                        acronyms = TitleCase(key[..length], acronymProbe, keepShortWords: true); // USA TODAY → USA Today
                    }
                    if (_phrases.TryGetValue(key[..length], out var entry)
                        || (allCaps && (_phrases.TryGetValue(probe[..length], out entry) || (acronyms && _phrases.TryGetValue(acronymProbe[..length], out entry)))))
                    {
                        best = n;
                        bestEntry = entry;
                    }
                    // No phrase goes on from here: stop extending (most capitalised words end the search at once). The last
                    // length allowed (a lower-case word's only one) has nothing to extend.
                    if (n == maxLen || (!_prefixes.Contains(key[..length])
                        && !(allCaps && (_prefixes.Contains(probe[..length]) || (acronyms && _prefixes.Contains(acronymProbe[..length])))))) break;
                }
            }
            if (best > 0)
            {
                matches.Add(new GazetteerMatch(i, best, bestEntry));
                i += best;
            }
            else
            {
                i++;
            }
        }
    }
}
