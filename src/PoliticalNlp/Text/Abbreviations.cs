using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Text;

/// <summary>Abbreviations that keep their full stop, and which of them may end a sentence (lists: <c>Models/grammarwords.tsv</c>).</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that precede what they qualify (titles, months): never the end of a sentence.</summary>
    public static readonly SpanSet Leading = GrammarWords.Embedded.LeadingAbbreviations;

    /// <summary>Abbreviations that follow what they qualify: they end a sentence when a new one plainly starts.</summary>
    public static readonly SpanSet Trailing = GrammarWords.Embedded.TrailingAbbreviations;

    /// <summary>US states as the AP stylebook abbreviates them (<c>Fresno, Calif.</c>, <c>D-Calif.</c>): a place or a
    /// legislator's state, so a capitalised word after one begins a sentence.</summary>
    public static readonly SpanSet States = GrammarWords.Embedded.StateAbbreviations;

    /// <summary>Capitalised words that usually begin a sentence, used to decide whether <c>U.S.</c> or <c>Inc.</c> ended one.</summary>
    public static readonly SpanSet SentenceStarters = GrammarWords.Embedded.SentenceStarters;
}
