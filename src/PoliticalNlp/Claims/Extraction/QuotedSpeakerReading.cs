namespace PoliticalNlp.Claims;

/// <summary>
/// <c>The agency quoted Kim as saying …</c>, <c>Reuters cited an official as saying …</c>, <c>Kim was quoted by state media
/// as saying …</c>: a verb of quoting reports the claim of the one it quotes. The one quoted is the speaker and the cue is
/// the participle after <c>as</c>; the one quoting (the outlet) is the claim's <c>via</c>, as the source of <c>according
/// to</c> is (spec section 4). The quoting verb is no claim of its own. Read gold: dev news-03 (an outlet quotes an aide as
/// saying: the aide speaks, cue <c>saying</c>) and train t22 (the passive); in the allsides articles about 110
/// active uses, which made the outlet the speaker and the quoted words plus <c>as saying</c> the content.
/// </summary>
internal static class QuotedSpeakerReading
{
    /// <summary>How many tokens the one quoted may run between the quoting verb and <c>as</c> (<c>quoted President Vladimir
    /// Putin's spokesman Dmitry Peskov as</c>), and so how far back from <c>as saying</c> the quoting verb is looked for.</summary>
    private const int MaxQuotedTokens = 12;

    /// <summary>
    /// At an active quoting verb (<c>quoted</c>, <c>cites</c>; not the passive <c>was quoted</c>): the one quoted, up to
    /// <c>as</c> or an adjunct before it (<c>quoted him in 1999 as saying</c>), and the reporting participle after
    /// <c>as</c>. False when the verb is not followed so.
    /// </summary>
    public static bool QuotesAs(ExtractionContext ctx, int verb, int sEnd, out (int Start, int End) quoted, out int participle)
    {
        var doc = ctx.Doc;
        quoted = (-1, -1);
        participle = -1;
        if (!doc.Is(verb, FunctionWords.IsQuotingVerb) || CueFinder.PassiveAuxiliaryBefore(doc, verb, MaxAdverbsAfterAuxiliary) >= 0) return false;
        // ("was also quoted by state media as saying": a passive whose adverb hid its auxiliary names no one quoted.)
        if (verb + 1 < sEnd && FunctionWords.IsPreposition(doc.Word(verb + 1))) return false;
        int end = -1;
        for (int k = verb + 1; k + 1 < sEnd && k <= verb + MaxQuotedTokens; k++)
        {
            if (doc.IsClauseBreak(k)) return false;
            // (Quote marks around the one quoted are part of the name: quotes a “party insider” as saying.)
            if (!doc.Is(k, "as"))
            {
                // ("quoted an official Tuesday as saying", "quoted him in 1999 as saying": a day, or a preposition before a
                // number or day or after a pronoun or name, opens an adjunct; "a spokesman for the ministry" is the one quoted.)
                if (end < 0 && k > verb + 1 && (doc.Is(k, FunctionWords.IsDayOrTime) || (doc.Is(k, FunctionWords.IsPreposition) && OpensAdjunct(doc, k)))) end = k;
                continue;
            }
            if (k == verb + 1 || !IsReportingParticiple(ctx, k + 1)) return false;
            quoted = Trim(doc, verb + 1, end < 0 ? k : end);
            participle = k + 1;
            return quoted.Start >= 0;
        }
        return false;
    }

    /// <summary>
    /// At a reporting participle after <c>as</c>: the one quoted and the one quoting, when a quoting verb stands before it
    /// (<c>The agency quoted Kim as saying</c>: Kim and the agency; <c>Kim was quoted by state media as saying</c>: Kim and
    /// state media; <c>Kim was quoted as saying</c>: Kim and no one). False when no quoting verb frames the participle.
    /// </summary>
    public static bool SpeakerOf(ExtractionContext ctx, int participle, int sFirst, out (int Start, int End) speaker, out (int Start, int End) via)
    {
        var doc = ctx.Doc;
        speaker = via = (-1, -1);
        if (participle - 3 < sFirst || !doc.Is(participle - 1, "as")) return false;
        int sEnd = doc.SentenceEnd(doc.SentenceOf(participle));
        for (int k = participle - 2; k > sFirst && k >= participle - 1 - MaxQuotedTokens; k--)
        {
            if (doc.IsClauseBreak(k)) return false;
            if (!doc.Is(k, FunctionWords.IsQuotingVerb)) continue;
            if (CueFinder.PassiveAuxiliaryBefore(doc, k, MaxAdverbsAfterAuxiliary) is int auxiliary and >= 0)
            {
                if (!doc.Word(k).EndsWith("ed")) return false;
                speaker = PhraseReader.SubjectBefore(doc, auxiliary, sFirst, ctx.InQuote);
                // ("was quoted by state media as saying", "was quoted in the Inquirer as saying": the one quoting.)
                if ((doc.Is(k + 1, "by") || doc.Is(k + 1, "in")) && k + 2 < participle - 1) via = Trim(doc, k + 2, participle - 1);
                return true;
            }
            if (!QuotesAs(ctx, k, sEnd, out speaker, out int found) || found != participle) return false;
            via = PhraseReader.SubjectBefore(doc, k, sFirst, ctx.InQuote);
            return true;
        }
        return false;
    }

    /// <summary>How many adverbs may stand between a passive auxiliary and the quoting verb (<c>was also quoted</c>).</summary>
    private const int MaxAdverbsAfterAuxiliary = 3;

    /// <summary>A preposition that opens an adjunct after the one quoted: before a number or a day, or after a pronoun or a
    /// name (<c>him in 1999</c>, <c>Kim on Monday</c>); not one inside a description (<c>a spokesman for the ministry</c>).</summary>
    private static bool OpensAdjunct(DocumentView doc, int k) =>
        k + 1 < doc.Tokens.Length && (doc.Tokens[k + 1].Kind == TokenKind.Number || doc.Is(k + 1, FunctionWords.IsDayOrTime)
            || doc.Is(k - 1, FunctionWords.IsObjectPronoun) || (doc.IsEntityToken(k - 1) && !doc.IsEntityToken(k)));

    /// <summary>A participle in <c>-ing</c> that is a reporting cue (<c>saying</c>, <c>telling</c>, <c>declaring</c>).</summary>
    private static bool IsReportingParticiple(ExtractionContext ctx, int k) =>
        k < ctx.Doc.Tokens.Length && ctx.Doc.Word(k).EndsWith("ing") && ctx.Cues.IsCueWord(ctx.Doc.Word(k));

    /// <summary>[from, to) without the punctuation at its ends and the quote marks that enclose nothing of it (<c>a “party
    /// insider”</c> keeps its closing mark); (-1, -1) when nothing is left.</summary>
    private static (int Start, int End) Trim(DocumentView doc, int from, int to)
    {
        while (from < to && doc.Tokens[from].Kind is TokenKind.Quote or TokenKind.Punctuation) from++;
        while (to > from && (doc.Tokens[to - 1].Kind == TokenKind.Punctuation || (doc.Tokens[to - 1].Kind == TokenKind.Quote && !HasQuoteMark(doc, from, to - 1)))) to--;
        return to > from ? (from, to) : (-1, -1);
    }

    private static bool HasQuoteMark(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (doc.Tokens[k].Kind == TokenKind.Quote) return true;
        return false;
    }
}
