namespace PoliticalNlp.Claims;

/// <summary>
/// Layout <c>“My fight is over.” — Ann Lee</c>: a quotation that opens its paragraph, then a dash and a name (a person or a
/// body, after any title), up to a comma or the paragraph's end; the dash is the cue, as the colon is for
/// <see cref="ColonLayout"/>. Pull quotes and roundups write their sources so (allsides: about 200 in 104 articles, which
/// had been given to the speaker of the quotation before them as continuations).
/// </summary>
internal static class DashAttributionLayout
{
    /// <summary>How many tokens the source after the dash may take (<c>U.S. Rep. Ann Lee</c>).</summary>
    private const int MaxSourceTokens = 8;

    public static bool TryAttribute(ExtractionContext ctx, Quotation q, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        if (!q.Closed || draft.CueToken >= 0 || !doc.StartsParagraph(q.Open)) return false;
        int dash = q.Close + 1;
        // ("…,” – Sen. Ann Lee": a comma or full stop may stand between the closing mark and the dash.)
        if (dash < doc.Tokens.Length && (doc.Is(dash, ",") || doc.Is(dash, "."))) dash++;
        int from = dash + 1;
        if (from >= doc.Tokens.Length || !doc.IsDash(dash) || doc.StartsParagraph(dash) || doc.StartsParagraph(from)
            || doc.Tokens[from].Kind != TokenKind.Word || !char.IsUpper(doc.Word(from)[0])) return false;
        int end = from;
        // (Not onto a line that goes on in lower case: "― Ann Lee⏎and her rival …" in hard-wrapped text.)
        while (end < doc.Tokens.Length && end - from < MaxSourceTokens && !doc.StartsParagraph(end)
               && !(end > from && doc.StartsLine(end) && char.IsLower(doc.Word(end)[0]))
               && (doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number) && ctx.InQuote[end] < 0) end++;
        // The source ends the paragraph, or a comma or full stop follows it (what describes the speaker comes after).
        bool ends = end >= doc.Tokens.Length || doc.StartsParagraph(end) || doc.Is(end, ",")
            || (doc.Is(end, ".") && (end + 1 >= doc.Tokens.Length || doc.StartsParagraph(end + 1)));
        if (!ends || !doc.HoldsEntity(from, end)) return false;
        draft.Kind = ClaimKind.Statement;
        draft.CueClass = CueClass.Neutral;
        draft.Layout = AttributionLayout.DashAfterQuote;
        ctx.SetCue(draft, dash);
        ctx.SetSpeaker(draft, (from, end));
        return true;
    }
}
