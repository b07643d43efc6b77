using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Text;

namespace PoliticalNlp.Claims;

/// <summary>
/// What the linker compares between two claims: the stems of the content words (hashed, sorted), whether the content
/// is negated, who the claim names between its cue and the end of its content, and who says it.
/// </summary>
internal sealed class ClaimProfile
{
    // Negations, stop words and stem suffixes are data (Models/grammarwords.tsv).
    private static readonly GrammarWords Grammar = GrammarWords.Embedded;

    public required Claim Claim { get; init; }

    /// <summary>Hashes of the content's stems, sorted and distinct.</summary>
    public required uint[] Stems { get; init; }

    public required bool Negated { get; init; }

    /// <summary>Canonical names of the entities from the cue to the end of the content (<c>rejected Kim’s assertion that …</c>).</summary>
    public required string[] Mentions { get; init; }

    public string? Speaker => Claim.Side;

    public static ClaimProfile[] Build(string text, ImmutableArray<Claim> claims, ImmutableArray<Entity> entities)
    {
        var profiles = new ClaimProfile[claims.Length];
        var scratch = new List<uint>();
        for (int i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            var stems = StemsOf(text.AsSpan(claim.Content.Start, claim.Content.End - claim.Content.Start), scratch, out bool negated);
            int regionStart = Math.Min(claim.Content.Start, claim.Cue?.Start ?? int.MaxValue);
            profiles[i] = new ClaimProfile
            {
                Claim = claim,
                Stems = stems,
                Negated = negated,
                Mentions = EntitiesIn(entities, regionStart, claim.Content.End),
                DescriptionHead = HeadOf(claim, claim.Side),
            };
        }
        return profiles;
    }

    /// <summary>The sorted, distinct stems of a text's content words, and whether the text is negated.</summary>
    public static uint[] StemsOf(ReadOnlySpan<char> text, List<uint> scratch, out bool negated)
    {
        scratch.Clear();
        negated = false;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var (start, length) in Words(text))
        {
            var word = text.Slice(start, length);
            // "prices but not wages", "wages and not prices" exclude; they do not negate the claim.
            if (IsNegation(word) && !Grammar.Coordinators.Contains(previous)) negated = true;
            previous = word;
            if (word.Length < 3 || IsStopWord(word)) continue;
            scratch.Add(StemHash(word));
        }
        scratch.Sort();
        // Distinct in place over the sorted list: Enumerable.Distinct built a hash set for every claim.
        int distinct = 0;
        var all = CollectionsMarshal.AsSpan(scratch);
        for (int i = 0; i < all.Length; i++)
            if (distinct == 0 || all[i] != all[distinct - 1]) all[distinct++] = all[i];
        return all[..distinct].ToArray();
    }

    /// <summary>True when the claim names <paramref name="speaker"/> (or the speaker's surname) outside its speaker span.</summary>
    public bool Names(string? speaker)
    {
        if (speaker is null) return false;
        foreach (var m in Mentions)
            if (m == speaker || EndsWithWord(speaker, m) || EndsWithWord(m, speaker)) return true;
        return false;
    }

    /// <summary>True when <paramref name="name"/> ends with the word(s) <paramref name="tail"/> after a space
    /// ("Alexander Lukashenko" ends with "Lukashenko"), without building the string " " + tail.</summary>
    private static bool EndsWithWord(string name, string tail) =>
        name.Length > tail.Length && name[name.Length - tail.Length - 1] == ' ' && name.AsSpan(name.Length - tail.Length).SequenceEqual(tail);

    /// <summary>True when the claim's words include the head of the other claim's unnamed source ("the arguments of
    /// opponents" ← "Opponents of the price-indexing proposal point out").</summary>
    public bool NamesDescription(ClaimProfile other) =>
        other.DescriptionHead != 0 && Array.BinarySearch(Stems, other.DescriptionHead) >= 0;

    /// <summary>The stem of the first word of an unnamed source ("Opponents of …"), or 0 when the source is named or absent.</summary>
    public uint DescriptionHead { get; private init; }

    private static uint HeadOf(Claim claim, string? speaker)
    {
        if (speaker is not null || claim.Speaker is not { } source) return 0;
        var text = source.Text.AsSpan();
        foreach (var (start, length) in Words(text))
            return StemHash(text.Slice(start, length)); // the first word; a determiner never matches a content stem
        return 0;
    }

    /// <summary>True when the two claims have different, or not both known, sources.</summary>
    public bool OtherSourceThan(ClaimProfile other)
    {
        if (Speaker is not null && other.Speaker is not null) return Speaker != other.Speaker;
        var a = Claim.Speaker;
        var b = other.Claim.Speaker;
        if (a is null || b is null) return Speaker is null != (other.Speaker is null);
        return !string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsNegation(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)) return true;
        return Grammar.Negations.Contains(word);
    }

    /// <summary>Runs of letters and digits (with inner apostrophes and hyphens split off), as (start, length) pairs.</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>A crude stem that is enough to match "confirmation" with "confirm" and "votes" with "vote": lower case,
    /// no possessive or plural s, no common suffix, first six letters.</summary>
    public static uint StemHash(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) word = word[..^2];
        if (word.Length > 3 && (word[^1] is 's' or 'S') && word[^2] is not ('s' or 'S')) word = word[..^1];
        foreach (var suffix in Grammar.StemSuffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                word = word[..^suffix.Length];
                break;
            }
        }
        if (word.Length > 6) word = word[..6];
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ InvariantCase.ToLower(c)) * 16777619;
        return hash;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word) => Grammar.StopWords.Contains(word);

    private static string[] EntitiesIn(ImmutableArray<Entity> entities, int start, int end)
    {
        List<string>? names = null;
        for (int e = OffsetSearch.FirstEndingAfter(entities.AsSpan(), start); e < entities.Length && entities[e].Start < end; e++)
            if (entities[e].Start >= start) (names ??= []).Add(entities[e].Canonical);
        return names?.ToArray() ?? [];
    }

    public ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public (int Start, int Length) Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            int i = _next;
            while (i < _text.Length && !char.IsLetterOrDigit(_text[i])) i++;
            if (i >= _text.Length) return false;
            int start = i;
            while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || (_text[i] is '\'' or '’' && i + 1 < _text.Length && char.IsLetter(_text[i + 1])))) i++;
            Current = (start, i - start);
            _next = i;
            return true;
        }
    }
}
