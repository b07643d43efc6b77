namespace PoliticalNlp.Claims;

/// <summary>
/// The closed-class words the attribution rules read: auxiliaries, adverbs, clause words, days. Grammar, not cue data:
/// cue words and their conditions live in the compiled cue resource (<see cref="CueLexicon"/>).
/// </summary>
internal static class FunctionWords
{
    public static bool IsPassiveAuxiliary(ReadOnlySpan<char> w) => w is "be" or "been" or "being" or "was" or "were" or "is" or "are";

    public static bool IsAdverbOrAuxiliary(ReadOnlySpan<char> w) => w is
        "also" or "later" or "repeatedly" or "has" or "had" or "have" or "was" or "is" or "were" or "would" or "will" or "previously"
        or "then" or "earlier" or "again" or "just" or "recently" or "not" or "publicly" or "reportedly" or "once" or "further" or "quickly"
        or "flatly" or "strongly" or "firmly" or "today" or "yesterday" or "separately" or "privately" or "openly" or "initially" or "first" or "finally";

    public static bool IsDayOrTime(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today" or "yesterday" or "tonight" or "earlier" or "later" or "recently";

    public static bool IsAdverb(ReadOnlySpan<char> w) =>
        (w.Length > 3 && w.EndsWith("ly")) || w is "twice" or "also" or "later" or "then" or "never" or "already" or "once" or "again" or "since" or "yet" or "ever";

    /// <summary>An adverb written in lower case: between a subject and its cue a capitalised <c>-ly</c> word is a name
    /// (<c>Kelly said</c>), not an adverb.</summary>
    public static bool IsLowerCaseAdverb(ReadOnlySpan<char> w) => w.Length > 0 && !char.IsUpper(w[0]) && IsAdverb(w);

    /// <summary>A preposition (either list, any case): <c>in which</c>, <c>Amid …</c>.</summary>
    public static bool IsPreposition(ReadOnlySpan<char> w) =>
        IsOpeningPreposition(w) || IsNounPreposition(w) || w.Equals("amid", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase)
        || w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase)
        || w.Equals("under", StringComparison.OrdinalIgnoreCase) || w.Equals("through", StringComparison.OrdinalIgnoreCase) || w.Equals("while", StringComparison.OrdinalIgnoreCase);

    public static bool IsOpeningPreposition(ReadOnlySpan<char> w)
    {
        foreach (var p in (ReadOnlySpan<string>)["on", "in", "at", "after", "before", "during", "earlier", "later", "last", "meanwhile", "separately"])
            if (w.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static bool IsFiniteVerb(ReadOnlySpan<char> w) =>
        (w.Length > 4 && w.EndsWith("ed")) || w is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "could" or "should";

    /// <summary>An auxiliary or modal: after a noun phrase it makes a clause ("… the plan was …").</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "had" or "could" or "can" or "did" or "does" or "do"
            or "should" or "must" or "may" or "might";

    /// <summary>A possessive: a word ending in <c>'s</c> or <c>’s</c>, or that clitic alone.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> w) => w.EndsWith("'s") || w.EndsWith("’s");

    public static bool IsClauseWord(ReadOnlySpan<char> w) => w is "that" or "said" or "says" or "if" or "because" or "while" or "when" or "although";

    /// <summary>Words that open a sentence without being its subject ("However, the ministry …").</summary>
    public static bool IsDiscourseWord(ReadOnlySpan<char> w) =>
        w.Equals("however", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
        || w.Equals("also", StringComparison.OrdinalIgnoreCase) || w.Equals("still", StringComparison.OrdinalIgnoreCase) || w.Equals("yet", StringComparison.OrdinalIgnoreCase) || w is ",";

    /// <summary>A determiner or possessive: the word after it is a noun, not a verb cue ("the said agreement").</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
        || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
        || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("any", StringComparison.OrdinalIgnoreCase) || w.Equals("no", StringComparison.OrdinalIgnoreCase)
        || w.Equals("such", StringComparison.OrdinalIgnoreCase) || w.Equals("every", StringComparison.OrdinalIgnoreCase);

    /// <summary>A preposition after which a cue word is a noun or gerund ("in remarks", "barred from claiming").</summary>
    public static bool IsNounPreposition(ReadOnlySpan<char> w) =>
        w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
        || w.Equals("without", StringComparison.OrdinalIgnoreCase) || w.Equals("against", StringComparison.OrdinalIgnoreCase) || w.Equals("with", StringComparison.OrdinalIgnoreCase);
}
