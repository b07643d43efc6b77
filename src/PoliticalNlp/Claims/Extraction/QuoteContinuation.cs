namespace PoliticalNlp.Claims;

/// <summary>Quotations without a cue of their own that belong to a claim next to them: the open paragraphs of a
/// multi-paragraph quotation, and a quotation that continues the claim before it.</summary>
internal static class QuoteContinuation
{
    /// <summary>
    /// A quotation running over several paragraphs, opened on each and closed once, is attributed once at its end
    /// (<c>“First paragraph. ¶ “Second. ¶ “Third,” the spokesman said.</c>): its open paragraphs belong to that speaker.
    /// </summary>
    public static void AttributeOpenParagraphs(DocumentView doc, List<Quotation> quotes, ClaimDraft?[] byQuote, List<ClaimDraft> drafts, List<(Quotation Quote, ClaimDraft ClaimDraft)> unattributed)
    {
        if (unattributed.Count == 0) return;
        var owner = new ClaimDraft?[quotes.Count];
        for (int qi = quotes.Count - 1; qi >= 0; qi--)
        {
            var draft = byQuote[qi];
            if (draft is null) continue;
            if (draft.SpeakerStart >= 0 || draft.ContinuationOf is not null) { owner[qi] = draft.ContinuationOf ?? draft; continue; }
            var quote = quotes[qi];
            if (quote.Closed || qi + 1 >= quotes.Count || owner[qi + 1] is not { } next) continue;
            var following = quotes[qi + 1];
            if (following.Open != quote.Close + 1 || !doc.StartsParagraph(following.Open)) continue;
            draft.ContinuationOf = next;
            draft.Kind = ClaimKind.Statement;
            draft.Layout = AttributionLayout.Continuation;
            owner[qi] = next;
        }
        foreach (var (_, draft) in unattributed) if (draft.ContinuationOf is not null) drafts.Add(draft);
        unattributed.RemoveAll(u => u.ClaimDraft.ContinuationOf is not null);
    }

    /// <summary>How many words a quoted title may take (<c>“Orange Is the New Black”</c>, <c>“Sons of Trump”</c>).</summary>
    private const int MaxTitleWords = 6;

    /// <summary>A quotation of a few words, each capitalised or a small function word, with no sentence mark: a show's,
    /// book's or slogan's title standing alone (a caption, a list), not more of what the last speaker said.</summary>
    private static bool IsTitle(DocumentView doc, Quotation quote)
    {
        int words = 0;
        for (int k = quote.FirstInside; k <= quote.LastInside; k++)
        {
            var w = doc.Word(k);
            if (doc.Tokens[k].Kind == TokenKind.Punctuation && (w is "." or "!" or "?" || w.Length > 1 && w[0] == '.')) return false;
            if (doc.Tokens[k].Kind != TokenKind.Word) continue;
            if (++words > MaxTitleWords) return false;
            if (!char.IsUpper(w[0]) && !FunctionWords.IsDeterminer(w) && !FunctionWords.IsPreposition(w) && !FunctionWords.IsCoordinator(w)) return false;
        }
        return words > 0;
    }

    /// <summary>
    /// A quotation with no cue of its own that opens a paragraph (or a sentence right after the claim) continues the
    /// claim before it, direct or reported: <c>Powell told reporters that he "will always treasure …" ¶ "I think we've
    /// accomplished a great deal."</c> Merged in text order, so continuations chain across paragraphs.
    /// </summary>
    public static List<ClaimDraft> ContinueQuotes(DocumentView doc, List<ClaimDraft> drafts, List<(Quotation Quote, ClaimDraft ClaimDraft)> unattributed)
    {
        if (unattributed.Count == 0) return drafts;
        var merged = new List<ClaimDraft>(drafts.Count + unattributed.Count);
        int next = 0;
        ClaimDraft? latest = null;
        int latestSentence = -10;
        foreach (var (quote, draft) in unattributed)
        {
            while (next < drafts.Count && drafts[next].ContentStart <= draft.ContentStart)
            {
                latest = drafts[next++];
                latestSentence = doc.SentenceAt(latest.ContentEnd - 1);
                merged.Add(latest);
            }
            if (latest is null || latest.ContentEnd > draft.ContentStart) continue; // inside the claim before it
            int sentence = doc.SentenceOf(quote.Open);
            bool opensParagraph = doc.StartsParagraph(quote.Open) && sentence - latestSentence <= 6;
            bool opensNextSentence = doc.SentenceStart(sentence) == quote.Open && sentence - latestSentence <= 2;
            if (!opensParagraph && !opensNextSentence) continue;
            if (IsTitle(doc, quote)) continue;
            draft.ContinuationOf = latest;
            draft.Kind = ClaimKind.Statement;
            draft.Layout = AttributionLayout.Continuation;
            merged.Add(draft);
            latest = draft;
            latestSentence = doc.SentenceOf(quote.Close);
        }
        while (next < drafts.Count) merged.Add(drafts[next++]);
        return merged;
    }
}
