namespace PoliticalNlp.Claims;

/// <summary>Case-insensitive look-ups of the small phrase lists the claim rules read (markers, cue stems, kind words).</summary>
internal static class Phrases
{
    /// <summary>
    /// True when <paramref name="text"/> contains any of <paramref name="phrases"/> starting at a word start. A phrase
    /// of several words must also end at a word end (<c>no proof</c> is not in <c>no proofreading</c>); a one-word
    /// entry is a stem and also matches its longer forms (<c>backtrack</c> in <c>backtracked</c>).
    /// </summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var p in phrases)
            if (ContainsAtWordStart(text, p, wholeEnd: p.Contains(' '))) return true;
        return false;
    }

    /// <summary>True when a word of <paramref name="text"/> starts with any of <paramref name="stems"/>.</summary>
    public static bool HasWordStartingWith(ReadOnlySpan<char> text, string[] stems)
    {
        foreach (var (start, length) in ClaimProfile.Words(text))
            foreach (var stem in stems) if (text.Slice(start, length).StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool ContainsAtWordStart(ReadOnlySpan<char> text, string phrase, bool wholeEnd)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int at = text[offset..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += offset;
            int end = at + phrase.Length;
            bool startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool endsWord = !wholeEnd || end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord) return true;
            offset = at + 1;
        }
        return false;
    }
}
