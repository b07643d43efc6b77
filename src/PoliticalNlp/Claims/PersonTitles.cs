using System.Collections.Immutable;
using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// The title words each person of a document is named with, read once a document: the words right before the name
/// (<c>U.S. District Judge Jesse Furman</c>, <c>GOP candidate Roy Moore</c>, <c>Secretary of State Rex Tillerson</c>) and
/// the words of an appositive after it up to its first preposition (<c>Ann Lee, a spokeswoman for the ministry,</c>). A
/// definite description (<c>the judge</c>) is resolved against this index by word, so a claim costs a look-up per
/// person so titled, not a scan of the text around every name.
/// </summary>
internal sealed class PersonTitles
{
    /// <summary>How many words a title before a name or an appositive after it may take.</summary>
    private const int MaxTitleWords = 10;

    /// <summary>The longest word (and run of spaces) a title or appositive is read through: each person costs a bounded
    /// number of characters whatever the text.</summary>
    private const int MaxWordLength = 32;

    /// <summary>How many entity mentions back a description looks for the person it names.</summary>
    private const int MaxLookback = 200;

    /// <summary>How many different people titled alike a description chooses among.</summary>
    private const int MaxPeople = 8;

    private static readonly GrammarWords Grammar = GrammarWords.Embedded;

    private readonly string _text;
    private readonly ImmutableArray<Entity> _entities;
    // Every title or appositive word of every person mention, as offsets into the text (no string a word), and each
    // mention's run of them.
    private readonly List<(int Start, int Length)> _words = [];
    private readonly int[] _firstWord, _wordCount;
    // A title word's case-insensitive hash → the indexes (ascending) of the mentions titled with it (a hash collision only
    // widens the candidates: every word is compared again).
    private readonly Dictionary<int, List<int>> _mentionsByWord = [];
    // Scratch for the people one description chooses among (one document, one thread).
    private readonly string?[] _names = new string?[MaxPeople];

    private PersonTitles(string text, ImmutableArray<Entity> entities)
    {
        _text = text;
        _entities = entities;
        _firstWord = new int[entities.Length];
        _wordCount = new int[entities.Length];
    }

    /// <summary>Reads the title words of every person mention of the document.</summary>
    public static PersonTitles Build(string text, ImmutableArray<Entity> entities)
    {
        var titles = new PersonTitles(text, entities);
        for (int i = 0; i < entities.Length; i++)
        {
            if (entities[i].Type != EntityType.Person) continue;
            int first = titles._words.Count;
            WordsBefore(text, entities[i].Start, titles._words);
            WordsOfAppositive(text, entities[i].End, titles._words);
            titles._firstWord[i] = first;
            titles._wordCount[i] = titles._words.Count - first;
            for (int w = first; w < titles._words.Count; w++)
            {
                int key = Key(titles.WordAt(w));
                if (!titles._mentionsByWord.TryGetValue(key, out var list)) titles._mentionsByWord[key] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
        return titles;
    }

    private ReadOnlySpan<char> WordAt(int w) => _text.AsSpan(_words[w].Start, _words[w].Length);

    private static int Key(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Of the people named before entity index <paramref name="before"/> (at most <see cref="MaxLookback"/> mentions
    /// back) with every word of <paramref name="title"/> (space-separated; its last word the head) in their title or
    /// appositive, the one titled so most often, the latest on a tie (<c>the president</c> in a story of President Trump's
    /// meeting with President Putin: whoever the story titles so more); null when none.
    /// </summary>
    public string? MostTitled(ReadOnlySpan<char> title, int before)
    {
        var trimmed = title.Trim();
        int lastSpace = trimmed.LastIndexOf(' ');
        var head = lastSpace >= 0 ? trimmed[(lastSpace + 1)..] : trimmed;
        if (head.IsEmpty || !_mentionsByWord.TryGetValue(Key(head), out var mentions)) return null;
        Span<int> counts = stackalloc int[MaxPeople];
        int people = 0, bestCount = 0;
        string? best = null;
        int k = mentions.BinarySearch(before);
        for (k = (k >= 0 ? k : ~k) - 1; k >= 0 && mentions[k] >= before - MaxLookback; k--)
        {
            int i = mentions[k];
            if (!HasAll(i, trimmed)) continue;
            string name = _entities[i].Canonical;
            int p = Array.IndexOf(_names, name, 0, people);
            if (p < 0)
            {
                if (people == MaxPeople) continue;
                p = people++;
                _names[p] = name;
                counts[p] = 0;
            }
            // (Walking back, a later person wins a tie: only a strictly higher count replaces the best.)
            if (++counts[p] > bestCount)
            {
                bestCount = counts[p];
                best = name;
            }
        }
        Array.Clear(_names, 0, people);
        return best;
    }

    /// <summary>True when every space-separated word of <paramref name="title"/> is among mention <paramref name="mention"/>'s words.</summary>
    private bool HasAll(int mention, ReadOnlySpan<char> title)
    {
        // (A loop over IndexOf, not MemoryExtensions.Split: the library also targets net8.0.)
        while (!title.IsEmpty)
        {
            int space = title.IndexOf(' ');
            var wanted = space >= 0 ? title[..space] : title;
            title = space >= 0 ? title[(space + 1)..] : default;
            if (wanted.IsEmpty) continue;
            bool found = false;
            for (int w = _firstWord[mention]; w < _firstWord[mention] + _wordCount[mention] && !found; w++)
                found = WordAt(w).Equals(wanted, StringComparison.OrdinalIgnoreCase);
            if (!found) return false;
        }
        return true;
    }

    /// <summary>The title words right before a name: capitalised words back to the first lower-case one (<c>GOP
    /// candidate</c>: the lower-case word is kept, it may be the title), <c>of</c> joining them (<c>Secretary of State</c>);
    /// a sentence's end stops them (<c>… on Monday. Judge Furman</c>).</summary>
    private static void WordsBefore(string text, int start, List<(int Start, int Length)> words)
    {
        int end = start;
        for (int n = 0; n < MaxTitleWords && end > 0; n++)
        {
            int gap = end;
            while (end > 0 && gap - end <= MaxWordLength && text[end - 1] == ' ') end--;
            int begin = end;
            while (begin > 0 && end - begin <= MaxWordLength && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '.' or '-' or '\'' or '’')) begin--;
            if (begin == end || end - begin > MaxWordLength) return;
            var w = text.AsSpan(begin, end - begin).TrimEnd('.');
            if (w.IsEmpty) return;
            words.Add((begin, w.Length));
            bool joins = w.Equals("of", StringComparison.Ordinal);
            if (!(char.IsUpper(w[0]) || joins) || (text[end - 1] == '.' && w.Length > 3)) return;
            end = begin;
        }
    }

    /// <summary>
    /// The words of an appositive after a name up to its first preposition (<c>Ann Lee, a spokeswoman for the ministry,</c>
    /// → <c>a spokeswoman</c>; <c>Zarif, Iran's foreign minister,</c> → <c>foreign minister</c>): a comma, then an article,
    /// a capitalised possessive or a title, and a break within <see cref="MaxTitleWords"/> words with no verb or adverb
    /// (<c>Gentiloni, the president also took issue …</c> is the next clause). Nothing otherwise.
    /// </summary>
    private static void WordsOfAppositive(string text, int end, List<(int Start, int Length)> words)
    {
        int k = end;
        if (k >= text.Length || text[k] != ',') return;
        k++;
        int first = words.Count;
        bool collecting = true;
        for (int n = 0; n < MaxTitleWords && k < text.Length; n++)
        {
            int gap = k;
            while (k < text.Length && k - gap <= MaxWordLength && text[k] == ' ') k++;
            int begin = k;
            while (k < text.Length && k - begin <= MaxWordLength && (char.IsLetter(text[k]) || text[k] is '-')) k++;
            if (begin == k || k - begin > MaxWordLength) break;
            var w = text.AsSpan(begin, k - begin);
            bool possessive = k + 1 < text.Length && text[k] is '\'' or '’' && text[k + 1] == 's';
            if (n == 0)
            {
                if (possessive && char.IsUpper(w[0])) { k += 2; continue; }
                if (!(FunctionWords.IsIndefiniteArticle(w) || w.Equals("the", StringComparison.Ordinal) || Grammar.PersonTitles.Contains(w))) break;
            }
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAdverb(w) || possessive) break;
            if (n > 0 && FunctionWords.IsPreposition(w)) collecting = false;
            if (collecting) words.Add((begin, w.Length));
            // The appositive is set off: it ends at a break, and only then are its words the person's.
            if (k < text.Length && text[k] is ',' or '.' or ';' or ':' or '(' or ')') return;
        }
        words.RemoveRange(first, words.Count - first);
    }
}
