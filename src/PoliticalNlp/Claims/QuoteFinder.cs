namespace PoliticalNlp.Claims;

/// <summary>
/// Pairs quotation marks robustly: curly marks by direction, straight marks by alternation, every paragraph starting
/// fresh. A paragraph that opens a quote and never closes it (a multi-paragraph quotation, opened on every paragraph and
/// closed once) yields a quote running to the paragraph's end; stray closers are ignored. Never throws, whatever the count of marks.
/// </summary>
internal static class QuoteFinder
{
    public static List<Quotation> Find(string text, ReadOnlySpan<Token> tokens)
    {
        var quotes = new List<Quotation>();
        int open = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && IsParagraphBreak(text, tokens[i - 1].End, tokens[i].Start) && open >= 0)
            {
                if (i - 1 > open) quotes.Add(new Quotation(open, i - 1, Closed: false));
                open = -1;
            }
            var t = tokens[i];
            if (t.Kind != TokenKind.Quote || t.Length != 1) continue;
            char c = text[t.Start];
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
                if (open >= 0 && text[tokens[open].Start] == '"' && OpensAfterSentence(text, t.Start))
                {
                    // '… men present. "Hundreds of …': a new sentence opening a quote while one is open continues the
                    // quotation without closing it (the speaker's next paragraph or sentence).
                    if (i - 1 > open) quotes.Add(new Quotation(open, i - 1, Closed: false));
                    open = i;
                }
                else if (open >= 0 && text[tokens[open].Start] == '"')
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

    /// <summary>A straight mark after sentence-ending punctuation and a space, before a letter: it opens.</summary>
    private static bool OpensAfterSentence(string text, int at) =>
        at >= 2 && at + 1 < text.Length && char.IsLetter(text[at + 1]) && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?';

    public static bool IsParagraphBreak(string text, int from, int to)
    {
        int breaks = 0;
        for (int k = from; k < to; k++) if (text[k] == '\n' && ++breaks == 2) return true;
        return false;
    }
}
