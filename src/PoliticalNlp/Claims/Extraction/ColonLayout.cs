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

    /// <summary>Capitalised words with no clause and no preposition before the name: <c>Sen.</c>, <c>Hacker</c>, not
    /// <c>Big Win For</c> or <c>CNN President On</c> (a headline whose colon follows a topic, not a speaker).</summary>
    private static bool IsTitleBeforeName(ExtractionContext ctx, int from, int to)
    {
        var doc = ctx.Doc;
        if (!PhraseReader.IsLeadingDescription(doc, ctx.Cues, from, to)) return false;
        for (int k = from; k < to; k++)
            if (!char.IsUpper(doc.Word(k)[0]) || FunctionWords.IsPreposition(doc.Word(k))) return false;
        return true;
    }

    /// <summary>How many tokens a person named before an unquoted colon may take.</summary>
    private const int MaxNameTokens = 5;

    /// <summary>
    /// Layout <c>Paul Ryan: FBI decision defies explanation</c> (a headline) / <c>PETROVA: The deaths make clear …</c> (a
    /// transcript): a person named alone at a paragraph's start (a title or capitalised description may precede the name:
    /// <c>Sen. X:</c>), a colon, then the content without quote marks. Null when
    /// the words before the colon are not exactly one person (<c>Update:</c>, <c>WASHINGTON:</c>, <c>Editor's note:</c>).
    /// </summary>
    public static ClaimDraft? TryReadUnquoted(ExtractionContext ctx, int colon, int sFirst, int sEnd)
    {
        var doc = ctx.Doc;
        if (!doc.Is(colon, ":") || colon <= sFirst || colon - sFirst > MaxNameTokens || !doc.StartsParagraph(sFirst)) return null;
        var person = doc.FirstPerson(sFirst, colon);
        // A title or short description may stand before the name ("Sen. X:", "Hacker X:"), as in the quoted layout.
        if (person.Start < sFirst || person.End != colon
            || (person.Start != sFirst && !IsTitleBeforeName(ctx, sFirst, person.Start))) return null;
        int first = colon + 1;
        while (first < sEnd && doc.Tokens[first].Kind == TokenKind.Quote) first++;
        if (first >= sEnd || ctx.InQuote[first] >= 0 || doc.Tokens[first].Kind != TokenKind.Word || !char.IsUpper(doc.Word(first)[0])) return null;
        var draft = new ClaimDraft { Kind = ClaimKind.Statement, CueClass = CueClass.Neutral, Layout = AttributionLayout.Colon, SentenceIndex = doc.SentenceOf(colon) };
        int last = ContentBoundary.End(ctx, first, sEnd, draft);
        while (last > first && doc.Tokens[last].Kind == TokenKind.Quote) last--;
        if (last - first < 2) return null;
        ctx.SetContent(draft, first, last);
        ctx.SetCue(draft, colon);
        ctx.SetSpeaker(draft, person);
        return draft;
    }
}
