namespace PoliticalNlp.Claims;

/// <summary>
/// Pairs quotation marks robustly: curly marks (and typewriter <c>``…''</c>) by direction, straight marks (and doubled
/// apostrophes, <c>''…''</c>) by alternation, every paragraph starting
/// fresh. A paragraph that opens a quote and never closes it (a multi-paragraph quotation, opened on every paragraph and
/// closed once) yields a quote running to the paragraph's end; stray closers are ignored. Never throws, whatever the count of marks.
/// </summary>
internal static class QuoteFinder
{
    public static List<Quotation> Find(string text, ReadOnlySpan<Token> tokens, ParagraphBreaks paragraphs)
    {
        var quotes = new List<Quotation>();
        int open = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && paragraphs.Between(tokens[i - 1].End, tokens[i].Start) && open >= 0)
            {
                if (i - 1 > open) quotes.Add(new Quotation(open, i - 1, Closed: false));
                open = -1;
            }
            var t = tokens[i];
            if (t.Kind != TokenKind.Quote) continue;
            char c = MarkOf(text, t);
            // ”Text …” : a right mark that starts a paragraph right before a word opens (some outlets' typesetting;
            // allsides: 32 paragraphs in 21 articles, every one a quotation's start).
            if (c == '\u201D' && open < 0 && t.End < text.Length && char.IsLetterOrDigit(text[t.End])
                && (i == 0 || paragraphs.Between(tokens[i - 1].End, t.Start))) c = '\u201C';
            if (c == '"' && t.Length == 2 && open >= 0 && text[tokens[open].Start] == '`') c = '\u201D'; // ``…'' closes
            // “…," mixed marks: a straight mark that closes by its position closes an open curly one.
            if (c == '"' && open >= 0 && MarkOf(text, tokens[open]) == '\u201C' && ClosesByPosition(text, t.Start, t.End)) c = '\u201D';
            if (c is '\u201C' or '\u00AB' or '\u201E')
            {
                if (open >= 0 && i - 1 > open) quotes.Add(new Quotation(open, i - 1, Closed: false));
                open = i;
            }
            else if (c is '\u201D' or '\u00BB')
            {
                if (open >= 0)
                {
                    if (i - 1 >= open + 1) quotes.Add(new Quotation(open, i, Closed: true));
                    open = -1;
                }
            }
            else if (c == '"')
            {
                if (open >= 0 && MarkOf(text, tokens[open]) == '"' && OpensAfterSentence(text, t.Start, t.End))
                {
                    // '… men present. "Hundreds of …': a new sentence opening a quote while one is open continues the
                    // quotation without closing it (the speaker's next paragraph or sentence).
                    if (i - 1 > open) quotes.Add(new Quotation(open, i - 1, Closed: false));
                    open = i;
                }
                else if (open >= 0 && MarkOf(text, tokens[open]) == '"')
                {
                    if (i - 1 >= open + 1) quotes.Add(new Quotation(open, i, Closed: true));
                    open = -1;
                }
                else if (open < 0)
                {
                    open = i;
                }
            }
        }
        if (open >= 0 && open + 1 < tokens.Length) quotes.Add(new Quotation(open, tokens.Length - 1, Closed: false));
        return quotes;
    }

    /// <summary>
    /// The mark a quote token stands for: a doubled grave opens like a curly mark (<c>``…''</c>, typewriter style), a
    /// doubled apostrophe pairs like a straight double mark (<c>''…''</c>, as some news archives write quotes), doubled
    /// curly single marks open and close like curly double ones (<c>‘‘…’’</c>, and <c>“…’’</c> mixed); a single apostrophe
    /// or grave is no quotation mark here.
    /// </summary>
    private static char MarkOf(string text, Token t) => t.Length switch
    {
        1 => text[t.Start],
        2 when text[t.Start] == '`' => '\u201C',
        2 when text[t.Start] == '\'' => '"',
        2 when text[t.Start] == '\u2018' => '\u201C',
        2 when text[t.Start] == '\u2019' => '\u201D',
        _ => '\0',
    };

    /// <summary>A mark right after a word or punctuation and before a space, punctuation or the end: it closes.</summary>
    private static bool ClosesByPosition(string text, int at, int end) =>
        at > 0 && !char.IsWhiteSpace(text[at - 1]) && (end >= text.Length || char.IsWhiteSpace(text[end]) || char.IsPunctuation(text[end]));

    /// <summary>A straight mark after sentence-ending punctuation and a space, before a letter: it opens.</summary>
    private static bool OpensAfterSentence(string text, int at, int end) =>
        at >= 2 && end < text.Length && char.IsLetter(text[end]) && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?';
}
