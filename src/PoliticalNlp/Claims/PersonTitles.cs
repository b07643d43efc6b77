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

    private readonly ImmutableArray<Entity> _entities;
    // Lower-case title word → the indexes (ascending) of the person mentions titled or described with it.
    private readonly Dictionary<string, List<int>> _mentionsByWord = new(StringComparer.Ordinal);
    // Person mention index → its title and appositive words, lower case.
    private readonly Dictionary<int, string[]> _wordsOf = [];

    private PersonTitles(ImmutableArray<Entity> entities) => _entities = entities;

    /// <summary>Reads the title words of every person mention of the document.</summary>
    public static PersonTitles Build(string text, ImmutableArray<Entity> entities)
    {
        var titles = new PersonTitles(entities);
        var words = new List<string>();
        for (int i = 0; i < entities.Length; i++)
        {
            if (entities[i].Type != EntityType.Person) continue;
            words.Clear();
            WordsBefore(text, entities[i].Start, words);
            WordsOfAppositive(text, entities[i].End, words);
            if (words.Count == 0) continue;
            titles._wordsOf[i] = [.. words];
            foreach (var w in words)
            {
                if (!titles._mentionsByWord.TryGetValue(w, out var list)) titles._mentionsByWord[w] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
        return titles;
    }

    /// <summary>
    /// Of the people named before entity index <paramref name="before"/> (at most <see cref="MaxLookback"/> mentions
    /// back) with every word of <paramref name="title"/> (lower case, <paramref name="head"/> among them) in their title or
    /// appositive, the one titled so most often, the latest on a tie (<c>the president</c> in a story of President Trump's
    /// meeting with President Putin: whoever the story titles so more); null when none.
    /// </summary>
    public string? MostTitled(string[] title, string head, int before)
    {
        if (!_mentionsByWord.TryGetValue(head, out var mentions)) return null;
        Span<int> counts = stackalloc int[MaxPeople];
        var names = new string?[MaxPeople];
        int people = 0, bestCount = 0;
        string? best = null;
        int k = mentions.BinarySearch(before);
        for (k = (k >= 0 ? k : ~k) - 1; k >= 0 && mentions[k] >= before - MaxLookback; k--)
        {
            int i = mentions[k];
            if (!HasAll(_wordsOf[i], title)) continue;
            string name = _entities[i].Canonical;
            int p = Array.IndexOf(names, name, 0, people);
            if (p < 0)
            {
                if (people == MaxPeople) continue;
                p = people++;
                names[p] = name;
                counts[p] = 0;
            }
            // (Walking back, a later person wins a tie: only a strictly higher count replaces the best.)
            if (++counts[p] > bestCount)
            {
                bestCount = counts[p];
                best = name;
            }
        }
        return best;
    }

    private static bool HasAll(string[] words, string[] wanted)
    {
        foreach (var w in wanted)
            if (Array.IndexOf(words, w) < 0) return false;
        return true;
    }

    /// <summary>The title words right before a name: capitalised words back to the first lower-case one (<c>GOP
    /// candidate</c>: the lower-case word is kept, it may be the title), <c>of</c> joining them (<c>Secretary of State</c>);
    /// a sentence's end stops them (<c>… on Monday. Judge Furman</c>).</summary>
    private static void WordsBefore(string text, int start, List<string> words)
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
            words.Add(w.ToString().ToLowerInvariant());
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
    private static void WordsOfAppositive(string text, int end, List<string> words)
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
            if (collecting) words.Add(w.ToString().ToLowerInvariant());
            // The appositive is set off: it ends at a break, and only then are its words the person's.
            if (k < text.Length && text[k] is ',' or '.' or ';' or ':' or '(' or ')') return;
        }
        words.RemoveRange(first, words.Count - first);
    }
}
