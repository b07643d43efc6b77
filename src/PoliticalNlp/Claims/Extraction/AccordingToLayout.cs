namespace PoliticalNlp.Claims;

/// <summary>Layout <c>According to X, …</c> / <c>…, according to X.</c>: the source after <c>according to</c>, the
/// content on the other side of its comma (from the floor: after the attribution before it).</summary>
internal static class AccordingToLayout
{
    public static ClaimDraft? TryRead(ExtractionContext ctx, int according, int sFirst, int floor, int sEnd)
    {
        var doc = ctx.Doc;
        var draft = new ClaimDraft { Kind = ClaimKind.Statement, CueClass = CueClass.Neutral, Layout = AttributionLayout.AccordingTo, SentenceIndex = doc.SentenceOf(according) };
        draft.CueToken = according;
        draft.CueStart = doc.Tokens[according].Start;
        draft.CueEnd = doc.Tokens[according + 1].End;
        var source = PhraseReader.SpeakerAfter(doc, according + 2, sEnd, ctx.InQuote);
        if (source.Start < 0) return null;
        int contentFirst, contentLast;
        if (according == sFirst)
        {
            // According to X, Y.
            int k = source.End;
            while (k < sEnd && k < source.End + PhraseReader.MaxSpeakerTokens && !doc.Is(k, ",")) k++;
            if (k >= sEnd || !doc.Is(k, ",")) return null;
            contentFirst = k + 1;
            contentLast = ContentBoundary.End(ctx, contentFirst, sEnd, draft);
        }
        else
        {
            // Y, according to X.
            contentFirst = Math.Max(sFirst, floor);
            while (contentFirst < according && doc.Tokens[contentFirst].Kind is TokenKind.Punctuation) contentFirst++;
            contentLast = according - 1;
            while (contentLast > contentFirst && doc.Tokens[contentLast].Kind is TokenKind.Punctuation or TokenKind.Quote) contentLast--;
        }
        if (contentFirst >= sEnd || contentLast - contentFirst < 2) return null;
        ctx.SetContent(draft, contentFirst, contentLast);
        ctx.SetSpeaker(draft, source);
        return draft;
    }
}
