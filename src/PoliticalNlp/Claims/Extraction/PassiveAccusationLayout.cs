namespace PoliticalNlp.Claims;

/// <summary>
/// Layout <c>He is also accused of conspiring to launder money</c>: a charge reported in the passive, with no one named as
/// its source. Our gold annotates these as (optional) accusations (read sets t21, t24, t25, t26, t34, t37: 8 of 9 such
/// passives), and they are what a later denial answers (<c>Manafort has pleaded not guilty to all the charges</c>), so the
/// link stage needs them. The accused is the subject, not the speaker: the claim has no speaker.
/// </summary>
internal static class PassiveAccusationLayout
{
    /// <summary>How many adverbs may stand between the auxiliary and the participle (<c>is also accused</c>, <c>has
    /// repeatedly been accused</c>).</summary>
    private const int MaxAdverbs = 2;

    public static ClaimDraft? TryRead(ExtractionContext ctx, int i, int sFirst, int sEnd)
    {
        var doc = ctx.Doc;
        // (Read at every token: "of" after it first, the word list only then.)
        if (i + 2 >= sEnd || !doc.Is(i + 1, "of") || ctx.InQuote[i] >= 0 || !doc.Is(i, FunctionWords.IsPassiveAccusation)) return null;
        int j = i - 1;
        while (j > sFirst && j >= i - MaxAdverbs && FunctionWords.IsLowerCaseAdverb(doc.Word(j))) j--;
        if (j < sFirst || !FunctionWords.IsPassiveAuxiliary(doc.Word(j))) return null;
        int first = i + 2;
        // ("is accused of, when he says …": a clause opening after "of" is no charge.)
        if (doc.Tokens[first].Kind != TokenKind.Word || FunctionWords.IsClauseWord(doc.Word(first)) || FunctionWords.IsOpeningSubordinator(doc.Word(first))) return null;
        var draft = new ClaimDraft { Kind = ClaimKind.Accusation, CueClass = CueClass.Accuse, Layout = AttributionLayout.PassiveAccusation, SentenceIndex = doc.SentenceOf(i) };
        int last = ContentBoundary.End(ctx, first, sEnd, draft);
        if (last < first) return null;
        ctx.SetContent(draft, first, last);
        ctx.SetCue(draft, j, i + 2 - j);
        return draft;
    }
}
