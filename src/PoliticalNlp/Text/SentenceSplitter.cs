namespace PoliticalNlp.Text;

/// <summary>
/// Splits a token sequence into sentences (spec section 2): terminal punctuation followed by a plausible
/// sentence start, closing quotes and brackets kept with the sentence they close, abbreviations and
/// initials not ending sentences, and line breaks separating headlines, captions and paragraphs.
/// </summary>
internal static class SentenceSplitter
{
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty) return [];
        var sentences = new List<Sentence>(Math.Max(4, tokens.Length / 20));
        int first = 0;
        var quotes = new StraightQuoteParity();
        for (int t = 0; t < tokens.Length; t++)
        {
            int last = t;
            bool boundary;
            if (t + 1 == tokens.Length)
            {
                boundary = true;
            }
            else
            {
                boundary = false;
                ref readonly Token token = ref tokens[t];
                var span = token.AsSpan(text);
                if (IsTerminator(span, token.Kind))
                {
                    // Absorb closing quotes and brackets that touch the terminator: “…power.”
                    while (last + 1 < tokens.Length && IsCloser(text, tokens, last + 1, ref quotes)) last++;
                    if (last + 1 == tokens.Length) boundary = true;
                    else if (LineBreakBetween(text, tokens[last], tokens[last + 1]) > 0) boundary = true;
                    else if (span.Length > 1 && span[0] == '.') boundary = StartsCapitalised(text, tokens[last + 1]) && !IsPronounI(text, tokens[last + 1]);
                    else boundary = StartsNewSentence(text, tokens[last + 1]);
                }
                else if (token.Kind == TokenKind.Word && span.Length > 1 && span[^1] == '.')
                {
                    // An abbreviation that kept its full stop.
                    var word = span[..^1];
                    if (LineBreakBetween(text, token, tokens[t + 1]) > 0) boundary = true;
                    else if (Abbreviations.Leading.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]))) boundary = false;
                    // "… in Fresno, Calif. Pacific Gas officials said": a state goes on with a comma or a lower-case word.
                    // ("Ky. Gov. Andy Beshear": not before a title, itself an abbreviation that never ends a sentence.)
                    else if (Abbreviations.States.Contains(word[(word.LastIndexOfAny('-', '\u2010', '\u2011') + 1)..]))
                        boundary = (StartsCapitalised(text, tokens[t + 1]) && !IsLeadingAbbreviation(text, tokens[t + 1])) || OpensQuote(text, tokens[t + 1]);
                    else boundary = Abbreviations.SentenceStarters.Contains(tokens[t + 1].AsSpan(text)) || OpensQuote(text, tokens[t + 1]);
                }

                if (!boundary)
                {
                    int breaks = LineBreakBetween(text, tokens[t], tokens[t + 1]);
                    // A blank line always ends a sentence; a single line break does unless the next line
                    // carries on in lower case (hard-wrapped text).
                    boundary = breaks >= 2 || (breaks == 1 && !StartsLowercase(text, tokens[t + 1]));
                }
            }

            if (boundary)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
                t = last;
            }
        }
        return sentences.ToArray();
    }

    /// <summary>A title or other abbreviation that precedes what it qualifies, with its full stop (<c>Gov.</c>).</summary>
    private static bool IsLeadingAbbreviation(string text, Token token)
    {
        var span = token.AsSpan(text);
        return span.Length > 1 && span[^1] == '.' && Abbreviations.Leading.Contains(span[..^1]);
    }

    private static bool IsTerminator(ReadOnlySpan<char> span, TokenKind kind)
    {
        if (kind != TokenKind.Punctuation) return false;
        char c = span[0];
        return c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';
    }

    private static bool IsCloser(string text, ReadOnlySpan<Token> tokens, int index, ref StraightQuoteParity quotes)
    {
        var token = tokens[index];
        if (token.Start != tokens[index - 1].End) return false; // closers touch what they close
        char c = text[token.Start];
        if (token.Kind == TokenKind.Quote) return !QuotationMarks.IsOpening(c) && !(c == '"' && OpensStraightQuote(text, token, ref quotes));
        return c is ')' or ']' or '}';
    }

    /// <summary>
    /// True when a straight double quote right after a sentence's last word opens the next sentence's quotation (text
    /// that lost its spaces: <c>…would be coming."I think …," she said.</c>): no straight quote is open before it in its
    /// line and a letter touches it after. (<c>"… a definite concern."People …</c> closes an open one, so it stays with
    /// the sentence it closes.)
    /// </summary>
    private static bool OpensStraightQuote(string text, Token quote, ref StraightQuoteParity quotes)
    {
        if (quote.End >= text.Length || !char.IsLetter(text[quote.End])) return false;
        return quotes.Before(text, quote.Start) % 2 == 0;
    }

    /// <summary>
    /// How many straight double quotes stand in a line before a position, counted forward from the last position asked
    /// about (the splitter asks in text order), so a document costs one pass however many quotes it has.
    /// </summary>
    private struct StraightQuoteParity
    {
        private int _scanned;
        private int _count;

        public int Before(string text, int position)
        {
            if (position < _scanned)
            {
                // (Not reached from Split, which asks in text order; counted again from the line's start.)
                _scanned = position == 0 ? 0 : text.AsSpan(0, position).LastIndexOfAny('\n', '\r', '\u2029') + 1;
                _count = 0;
            }
            for (int i = _scanned; i < position; i++)
            {
                char c = text[i];
                if (c is '\n' or '\r' or '\u2029') _count = 0; // the breaks LineBreakBetween counts
                else if (c == '"') _count++;
            }
            _scanned = position;
            return _count;
        }
    }

    private static bool StartsNewSentence(string text, Token next)
    {
        char c = text[next.Start];
        if (char.IsLower(c)) return false;
        if (next.Kind == TokenKind.Punctuation) return c is '(' or '[' or '-' or '\u2014' or '\u2013';
        return true;
    }

    private static bool StartsCapitalised(string text, Token next) => char.IsUpper(text[next.Start]) || OpensQuote(text, next);

    private static bool StartsLowercase(string text, Token next) => char.IsLower(text[next.Start]);

    private static bool IsPronounI(string text, Token next) => next.Length == 1 && text[next.Start] == 'I';

    // (A doubled mark opens too: ''…'' and ``…'' as news archives write quotations, "… of Jacksonville, Fla. ''She …''".)
    private static bool OpensQuote(string text, Token next) => next.Kind == TokenKind.Quote
        && (text[next.Start] is '"' or '\u201C' or '\u2018' or '\u00AB' or '`' || (text[next.Start] == '\'' && next.Length == 2));

    /// <summary>How many line breaks (0, 1, or 2 for a blank line or more) separate two tokens.</summary>
    private static int LineBreakBetween(string text, Token a, Token b)
    {
        int breaks = 0;
        for (int i = a.End; i < b.Start; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2029' || (c == '\r' && (i + 1 >= b.Start || text[i + 1] != '\n')))
            {
                if (++breaks == 2) return 2;
            }
        }
        return breaks;
    }
}
