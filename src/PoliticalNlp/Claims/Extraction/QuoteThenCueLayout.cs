namespace PoliticalNlp.Claims;

/// <summary>Layout <c>“…,” X said.</c> / <c>“…,” said X.</c> / <c>“…,” he told reporters, according to Belta.</c>: the cue
/// within a speaker's length after the closing mark, before any clause break.</summary>
internal static class QuoteThenCueLayout
{
    /// <summary>Null when no cue follows the quote; otherwise whether the cue found its speaker.</summary>
    public static bool? TryAttribute(ExtractionContext ctx, Quotation q, ClaimDraft draft)
    {
        if (!q.Closed) return null;
        var doc = ctx.Doc;
        int sEnd = doc.SentenceEnd(doc.SentenceOf(q.Close));
        int after = q.Close + 1;
        while (after < sEnd && after < q.Close + 4 && doc.Tokens[after].Kind == TokenKind.Punctuation) after++;
        // "…,” which it blames on western governments": a relative clause, not the quote's attribution.
        if (doc.Is(after, "which") || doc.Is(after, "who")) return null;
        for (int i = q.Close + 1; i < Math.Min(sEnd, q.Close + 2 + PhraseReader.MaxSpeakerTokens); i++)
        {
            if (ctx.InQuote[i] >= 0 || doc.IsClauseBreak(i)) break;
            if (!ctx.Cues.IsCue(doc, i, out var cue)) continue;
            draft.Kind = cue.Kind;
            draft.CueClass = cue.Class;
            draft.Layout = AttributionLayout.QuoteThenCue;
            ctx.SetCue(draft, i, cue.Words);
            if (i > q.Close + 1 && !doc.Is(i - 1, ","))
            {
                int from = q.Close + 1;
                while (from < i && doc.Tokens[from].Kind == TokenKind.Punctuation) from++;
                if (from < i) ctx.SetSpeaker(draft, PhraseReader.TrimAdverbs(doc, from, i));
            }
            if (draft.SpeakerStart < 0) ctx.SetSpeaker(draft, PhraseReader.SpeakerAfter(doc, i + cue.Words, sEnd, ctx.InQuote));
            ctx.FindVia(draft, i + 1, sEnd);
            return draft.SpeakerStart >= 0;
        }
        return null;
    }
}
