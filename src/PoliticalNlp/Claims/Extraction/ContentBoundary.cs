namespace PoliticalNlp.Claims;

/// <summary>
/// Stage 3: where reported content ends. One claim a cue: the content stops where the next attribution begins
/// (<c>, according to</c>, <c>and said</c>) and never runs past <see cref="MaxContentTokens"/> tokens, so the content of
/// all claims together stays linear in the document's length.
/// </summary>
internal static class ContentBoundary
{
    /// <summary>The longest reported content, in tokens (a 200k-character "sentence" must not make every cue scan to its end).</summary>
    public const int MaxContentTokens = 200;

    /// <summary>How far a quotation opened in the content may carry it on, in tokens.</summary>
    public const int MaxQuoteCarry = 400;

    /// <summary>
    /// The last token of reported content starting at <paramref name="first"/>: the sentence's end, or before
    /// ", according to", "and said", "but … acknowledged". Returns a value below <paramref name="first"/> when there is no
    /// content (the caller drops the claim).
    /// </summary>
    public static int End(ExtractionContext ctx, int first, int sEnd, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        var inQuote = ctx.InQuote;
        if (first >= sEnd || first >= doc.Tokens.Length) return first - 1;
        int limit = Math.Min(sEnd, first + MaxContentTokens);
        int last = limit - 1;
        for (int k = first; k < limit; k++)
        {
            if (inQuote[k] >= 0) continue;
            if (doc.Is(k, "according") && k + 1 < sEnd && doc.Is(k + 1, "to"))
            {
                var via = PhraseReader.SpeakerAfter(doc, k + 2, sEnd, inQuote);
                ctx.Consumed[k] = true; // the source's own claim; not a second claim by the via
                if (via.Start >= 0)
                {
                    via = doc.TrimToEntity(via.Start, via.End, anyType: true);
                    draft.ViaStart = doc.Tokens[via.Start].Start;
                    draft.ViaEnd = doc.Tokens[via.End - 1].End;
                }
                last = k - 1;
                break;
            }
            if ((doc.Is(k, "and") || doc.Is(k, "but")) && k + 1 < sEnd)
            {
                int next = k + 1;
                while (next < sEnd && next < k + 4 && (doc.Is(next, "then") || doc.Is(next, "also") || doc.Is(next, "later"))) next++;
                if (next < sEnd && ctx.Cues.IsCue(doc, next, out _)) { last = k - 1; break; }
            }
        }
        while (last > first && (doc.Tokens[last].Kind == TokenKind.Punctuation || (doc.Tokens[last].Kind == TokenKind.Quote && inQuote[last] < 0))) last--;
        // "he expects “to act fully … I expect that will be …”": a quotation opened in the content runs to its close,
        // across sentences (bounded, like the content itself).
        if (first <= last && last + 1 < doc.Tokens.Length && inQuote[last] >= 0 && inQuote[last + 1] == inQuote[last] && inQuote[first] != inQuote[last])
        {
            int q = inQuote[last];
            int k = last + 1;
            while (k < doc.Tokens.Length && k < first + MaxQuoteCarry && inQuote[k] == q) k++;
            last = k - 1;
            while (last > first && doc.Tokens[last].Kind == TokenKind.Punctuation) last--;
        }
        return last;
    }
}
