using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PoliticalNlp.Text;

/// <summary>
/// The news tokenizer (spec section 2). A single forward scan over the caller's characters:
/// no regular expressions, no normalisation, no allocation other than the caller's <see cref="TokenBuffer"/> growing.
/// </summary>
internal static class Tokenizer
{
    // The endings of web addresses kept whole are data (Models/grammarwords.tsv, top-level-domain).
    private static readonly Lexicons.SpanSet TopLevelDomains = Lexicons.GrammarWords.Embedded.TopLevelDomains;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, offsets relative to <paramref name="text"/> plus <paramref name="offset"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, TokenBuffer output, int offset = 0)
    {
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (WordCharWidth(text, i) > 0)
            {
                i = ScanWord(text, i, output, offset);
                continue;
            }

            TokenKind kind;
            switch (c)
            {
                case '.':
                    i = ScanDots(text, i);
                    kind = TokenKind.Punctuation;
                    break;
                case '-' when i + 1 < n && text[i + 1] == '-':
                    while (i < n && text[i] == '-') i++;
                    kind = TokenKind.Punctuation;
                    break;
                case '`' when i + 1 < n && text[i + 1] == '`':
                case '\'' when i + 1 < n && text[i + 1] == '\'':
                // ‘‘…’’: doubled curly single marks, a double quotation as some news sites write it ("…, yes,’’ he said").
                // (Three closing marks close an inner single quotation first, then the double one: "‘if.’’’".)
                case '\u2018' when i + 1 < n && text[i + 1] == '\u2018':
                case '\u2019' when i + 1 < n && text[i + 1] == '\u2019' && !(i + 2 < n && text[i + 2] == '\u2019'):
                    i += 2;
                    kind = TokenKind.Quote;
                    break;
                default:
                    if (IsQuote(c))
                    {
                        i++;
                        kind = TokenKind.Quote;
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
                    {
                        i += 2;
                        kind = TokenKind.Symbol; // letters outside the BMP were taken by ScanWord
                    }
                    else
                    {
                        i++;
                        kind = Classify(c);
                    }
                    break;
            }
            output.Add(offset + start, i - start, kind);
        }
    }

    /// <summary>True for what separates tokens: Unicode white space (incl. NBSP, thin space), zero-width space and BOM.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c == ' ' || (c < 128 ? c is '\t' or '\n' or '\r' or '\v' or '\f' : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF');

    /// <summary>True for every quotation mark the tokenizer treats as a <see cref="TokenKind.Quote"/>.</summary>
    public static bool IsQuote(char c) =>
        c is '"' or '\'' or '`' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E'
            or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';

    private static TokenKind Classify(char c)
    {
        if (c < 128) return char.IsPunctuation(c) ? TokenKind.Punctuation : char.IsControl(c) ? TokenKind.Other : TokenKind.Symbol;
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return TokenKind.Symbol;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return TokenKind.Punctuation;
            default:
                return TokenKind.Other;
        }
    }

    /// <summary>Width (1 or 2 code units) of the letter, digit or combining mark at <paramref name="i"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordCharWidth(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 ? 1 : 0;
        if (char.IsLetterOrDigit(c)) return 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && Rune.IsLetterOrDigit(new Rune(c, text[i + 1]))) return 2;
            return 0;
        }
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? 1 : 0;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>The length of a top-level domain (<c>com</c>, <c>org</c>, <c>co</c>…) at <paramref name="i"/> when a
    /// word does not continue after it; otherwise 0.</summary>
    private static int TopLevelDomainLength(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length && j - i < 5 && text[j] is >= 'a' and <= 'z') j++;
        if (j < text.Length && WordCharWidth(text, j) > 0) return 0;
        return j > i && TopLevelDomains.Contains(text[i..j]) ? j - i : 0;
    }

    /// <summary>
    /// Scans a word or number from <paramref name="i"/>, appending it (and a split-off clitic) to the output.
    /// Returns the offset after what was consumed.
    /// </summary>

    private static int ScanWord(ReadOnlySpan<char> text, int i, TokenBuffer output, int offset)
    {
        int n = text.Length;
        int start = i;
        bool hasLetter = false;
        bool hasDot = false;
        int segmentStart = i; // start of the current dot-separated segment, for U.S.-style acronyms
        while (true)
        {
            while (i < n)
            {
                int w = WordCharWidth(text, i);
                if (w == 0) break;
                if (!hasLetter && !IsDigit(text[i])) hasLetter = true;
                i += w;
            }
            if (i >= n) break;

            char c = text[i];
            bool nextIsWordChar = i + 1 < n && WordCharWidth(text, i + 1) > 0;
            if (IsHyphen(c) && nextIsWordChar)
            {
                i++;
                segmentStart = i;
                continue;
            }
            if (c is '.' or ',' or ':' or '/' && IsDigit(text[i - 1]) && i + 1 < n && IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '.' && nextIsWordChar && IsLetter(text[i - 1]) && TopLevelDomainLength(text, i + 1) is > 0 and var tld)
            {
                // GovExec.com, standfor.co.nz: a site's name is one word.
                i += 1 + tld;
                segmentStart = i;
                continue;
            }
            if (c == '.' && nextIsWordChar && i - segmentStart == 1 && IsLetter(text[i - 1]) && IsLetter(text[i + 1])
                && (i + 2 >= n || WordCharWidth(text, i + 2) == 0))
            {
                // U.S, e.g, a.m: single letters joined by dots.
                hasDot = true;
                i++;
                segmentStart = i;
                continue;
            }
            if (c == '&' && i + 1 < n && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c) && nextIsWordChar)
            {
                int j = i + 1;
                while (j < n && IsLetter(text[j])) j++;
                bool standsAlone = j >= n || WordCharWidth(text, j) == 0;
                var suffix = text.Slice(i + 1, j - i - 1);
                if (standsAlone && IsClitic(suffix))
                {
                    Emit(output, offset, start, i, hasLetter);
                    output.Add(offset + i, j - i, TokenKind.Word);
                    return j;
                }
                if (standsAlone && suffix.Length == 1 && (suffix[0] | 0x20) == 't' && i - 1 > start && (text[i - 1] | 0x20) == 'n')
                {
                    Emit(output, offset, start, i - 1, hasLetter);
                    output.Add(offset + i - 1, j - i + 1, TokenKind.Word);
                    return j;
                }
                i++; // O’Brien, rock'n'roll: the apostrophe is part of the word
                continue;
            }
            // (D-Calif.: a hyphenated word whose last part is an abbreviation keeps its full stop too.)
            if (c == '.' && (TakesFullStop(text.Slice(start, i - start), hasDot)
                             || (segmentStart > start && IsHyphen(text[segmentStart - 1]) && TakesFullStop(text.Slice(segmentStart, i - segmentStart), false))))
            {
                i++;
                // U.S.-trained stays one token
                if (i + 1 < n && IsHyphen(text[i]) && WordCharWidth(text, i + 1) > 0)
                {
                    i++;
                    segmentStart = i;
                    continue;
                }
            }
            break;
        }
        Emit(output, offset, start, i, hasLetter);
        return i;
    }

    private static void Emit(TokenBuffer output, int offset, int start, int end, bool hasLetter)
    {
        if (end > start) output.Add(offset + start, end - start, hasLetter ? TokenKind.Word : TokenKind.Number);
    }

    private static bool IsClitic(ReadOnlySpan<char> suffix)
    {
        if (suffix.Length == 1) return (suffix[0] | 0x20) is 's' or 'd' or 'm';
        if (suffix.Length != 2) return false;
        int a = suffix[0] | 0x20, b = suffix[1] | 0x20;
        return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
    }

    /// <summary>Whether a word followed by a full stop keeps it: initials, dotted acronyms, known abbreviations.</summary>
    private static bool TakesFullStop(ReadOnlySpan<char> word, bool hasDot)
    {
        if (hasDot) return true;
        if (word.Length == 1) return char.IsUpper(word[0]);
        return Abbreviations.Leading.Contains(word) || Abbreviations.Trailing.Contains(word) || Abbreviations.States.Contains(word);
    }

    /// <summary>A run of dots (<c>...</c>) or the spaced ellipsis <c>. . .</c> (any single space-like separator) is one token.</summary>
    private static int ScanDots(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        int start = i;
        while (i < n && text[i] == '.') i++;
        if (i - start > 1) return i;
        int end = i;
        int dots = 1;
        while (end + 1 < n && IsSpace(text[end]) && text[end] != '\n' && text[end + 1] == '.')
        {
            end += 2;
            dots++;
        }
        return dots >= 3 ? end : start + 1;
    }
}
