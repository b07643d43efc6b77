namespace PoliticalNlp.Claims;

/// <summary>Layout <c>Petrova: “Nobody will be punished.”</c>: a name alone before a colon introduces the quote; the
/// colon is the cue.</summary>
internal static class ColonLayout
{
    public static bool TryAttribute(ExtractionContext ctx, Quotation q, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        int sFirst = doc.SentenceStart(doc.SentenceOf(q.Open));
        int colon = q.Open - 1;
        if (colon <= sFirst || !doc.Is(colon, ":") || colon - sFirst > 6 || ctx.InQuote[colon - 1] >= 0) return false;
        var source = doc.TrimToEntity(sFirst, colon, anyType: true);
        if (source.Start < 0 || source.End != colon || !doc.IsEntityToken(source.Start)
            || !(source.Start == sFirst || PhraseReader.IsLeadingDescription(doc, ctx.Cues, sFirst, source.Start))) return false;
        draft.Kind = ClaimKind.Statement;
        draft.CueClass = CueClass.Neutral;
        draft.Layout = AttributionLayout.Colon;
        ctx.SetCue(draft, colon);
        ctx.SetSpeaker(draft, (sFirst, colon));
        return true;
    }
}
