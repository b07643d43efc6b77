namespace PoliticalNlp.Claims;

/// <summary>Layout <c>X said: “…”</c> / <c>X told CNN, “…”</c> / <c>X said “foreign interference” was …</c>: the cue
/// a few tokens before the opening mark, its subject before it.</summary>
internal static class CueThenQuoteLayout
{
    /// <summary>Null when no cue precedes the quote; otherwise whether the cue found its speaker.</summary>
    public static bool? TryAttribute(ExtractionContext ctx, Quotation q, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        int sEnd = doc.SentenceEnd(doc.SentenceOf(q.Close));
        int sFirst = doc.SentenceStart(doc.SentenceOf(q.Open));
        // (Past an adjunct only when a comma or colon sets the quotation off; the cue scan stays short otherwise.)
        int reach = q.Open > 0 && (doc.Is(q.Open - 1, ",") || doc.Is(q.Open - 1, ":")) ? MaxAdjunctCueTokens : MaxCueTokens;
        for (int i = q.Open - 1; i >= Math.Max(sFirst, q.Open - reach); i--)
        {
            if (ctx.InQuote[i] >= 0) break;
            if (!ctx.Cues.IsCue(doc, i, out var cue)) continue;
            // ("went on to say, “…”": the cue phrase the word ends, found from its first word; PolNeAR train's misses.)
            for (int back = 1; back <= MaxPhraseLead && i - back >= sFirst; back++)
                if (ctx.InQuote[i - back] < 0 && ctx.Cues.IsCue(doc, i - back, out var phrase) && phrase.Words > back)
                {
                    i -= back;
                    cue = phrase;
                    break;
                }
            // (Further back only past an adjunct that a comma closes: "said in an op-ed before the 2014 hearing, “…”".)
            // (Or past an inverted speaker's relative clause: "Said Ann Lee, who grew up with him, “…”".)
            if (i < q.Open - MaxCueTokens && !AdjunctBetween(doc, ctx.Cues, i + cue.Words, q.Open - 1)
                && !(i == sFirst && NameBeforeQuote(doc, i + cue.Words, q.Open).Start >= 0)) break;
            draft.Kind = cue.Kind;
            draft.CueClass = cue.Class;
            draft.Layout = AttributionLayout.CueThenQuote;
            ctx.SetCue(draft, i, cue.Words);
            // "He said … and said “…”": the coordinated cue shares the sentence's subject.
            // ("… he said, but also wrote: “…”": adverbs may stand between the joiner and the cue.)
            int joiner = i - 1;
            while (joiner > sFirst && joiner > i - 3 && FunctionWords.IsAdverb(doc.Word(joiner))) joiner--;
            bool coordinated = i > sFirst && (doc.Is(joiner, FunctionWords.IsClauseConjunction) || (doc.Is(i - 1, ",") && doc.Word(i).EndsWith("ing")));
            // ("responded by saying, “…”": a gerund of speech after "by" is the main clause's, whose subject speaks.)
            bool gerundOfSpeech = !coordinated && i - 1 > sFirst && CueFinder.IsGerundOfSpeech(doc, i);
            var speaker = coordinated ? CoordinatedSpeaker(ctx, i, joiner, sFirst)
                : gerundOfSpeech && PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, i - 2) is { Start: >= 0 } subject ? subject
                : CueSubjectReader.SubjectOfCueBefore(ctx, i, sFirst, null);
            // "…, added Ann Lee, “…”", "Said Ann Lee: “…”": a name alone between the cue and the comma or colon before the
            // quotation is an inverted attribution's speaker, when the cue opens the sentence or follows a comma (not "she
            // told Reuters, “…”", the one told).
            if ((i == sFirst || doc.Is(i - 1, ",")) && !FunctionWords.IsPersonToldLemma(cue.Lemma)
                && NameBeforeQuote(doc, i + cue.Words, q.Open) is { Start: >= 0 } inverted) speaker = inverted;
            // "Reuters quotes an aide as saying: “…”": the one quoted speaks; the one quoting is the via.
            if (QuotedSpeakerReading.SpeakerOf(ctx, i, sFirst, out var quoted, out var via) && quoted.Start >= 0)
            {
                speaker = quoted;
                ctx.SetVia(draft, via);
            }
            // "“…,” he said, but also wrote: “…”": the sentence opens with a quote; the first cue's speaker speaks again.
            if (speaker.Start < 0 && coordinated && joiner - 2 > sFirst && doc.Is(joiner - 1, ",") && ctx.Cues.IsCueWord(doc.Word(joiner - 2)))
                speaker = PhraseReader.SubjectBefore(doc, joiner - 2, sFirst, ctx.InQuote);
            ctx.SetSpeaker(draft, speaker);
            // "said “elements of foreign interference” were directing them": quoted words inside reported speech.
            // (Not when a participle opens the next claim: "said “…,” telling radio that …"; nor when the quote closes the
            // aside of a participle and the sentence's own cue follows: "X, citing “…,” said …".)
            // (Nor when the cue's clause opens the sentence and the quote closes it on a comma: "While Lee slammed “the
            // plan,” she voted for it".)
            // (Nor when a comma or colon sets the quotation off from its cue and a joiner follows it: "wrote to his followers,
            // “…,” and shared a link" reports the quotation alone.)
            if (q.Closed && q.Close + 1 < sEnd && doc.Tokens[q.Close + 1].Kind == TokenKind.Word
                && !((doc.Is(q.Open - 1, ",") || doc.Is(q.Open - 1, ":")) && FunctionWords.IsCoordinator(doc.Word(q.Close + 1)))
                && !(doc.Is(q.Close - 1, ",") && (doc.Word(q.Close + 1).EndsWith("ing") || FunctionWords.IsParticipleWord(doc.Word(i))) && ctx.Cues.IsCue(doc, q.Close + 1, out _))
                && !(doc.Is(q.Close - 1, ",") && ContentBoundary.InOpeningSubordinateClause(ctx, q.Open)))
            {
                int last = ContentBoundary.End(ctx, q.Close + 1, sEnd, draft);
                if (last > q.Close)
                {
                    draft.Direct = false;
                    ctx.SetContent(draft, q.Open, last);
                }
            }
            return draft.SpeakerStart >= 0;
        }
        return null;
    }

    /// <summary>The name filling [<paramref name="from"/>, the comma or colon before <paramref name="open"/>): one entity
    /// of at most <see cref="PhraseReader.MaxSpeakerTokens"/> tokens, alone or with its relative clause; (-1, -1) when the
    /// words there are anything else.</summary>
    private static (int Start, int End) NameBeforeQuote(DocumentView doc, int from, int open)
    {
        int mark = open - 1;
        if (from >= mark || !(doc.Is(mark, ",") || doc.Is(mark, ":")) || !doc.IsEntityToken(from)) return (-1, -1);
        int end = doc.EntityEndToken(from);
        // ("Said Ann Lee, who grew up with him, “…”": the name's relative clause runs to the comma before the quotation;
        // PolNeAR train's missed quotations.)
        if (end < mark && doc.Is(end, ",") && FunctionWords.IsRelativePronoun(doc.Word(end + 1)) && mark - end <= MaxRelativeTokens) return (from, end);
        return end == mark && mark - from <= PhraseReader.MaxSpeakerTokens ? (from, mark) : (-1, -1);
    }

    /// <summary>How many tokens a name's relative clause before the quotation may take (<c>, who grew up with him,</c>).</summary>
    private const int MaxRelativeTokens = 16;

    /// <summary>How many words a cue phrase may have before the word the scan found (<c>went on to</c> say).</summary>
    private const int MaxPhraseLead = 3;

    /// <summary>How many tokens before the opening mark a cue is looked for.</summary>
    private const int MaxCueTokens = 8;

    /// <summary>How many tokens before the opening mark a cue is looked for past an adjunct (<c>said on Tuesday at a news
    /// conference in the capital, “…”</c>).</summary>
    private const int MaxAdjunctCueTokens = 20;

    /// <summary>True when [<paramref name="from"/>, <paramref name="comma"/>) is an adjunct closed by the comma or colon at
    /// <paramref name="comma"/>: it opens with a preposition or a day, and holds no verb, cue word or clause break but commas.</summary>
    private static bool AdjunctBetween(DocumentView doc, CueFinder cues, int from, int comma)
    {
        if (from >= comma || !(doc.Is(comma, ",") || doc.Is(comma, ":"))) return false;
        var first = doc.Word(from);
        if (!(FunctionWords.IsPreposition(first) || FunctionWords.IsDayOrTime(first))) return false;
        for (int k = from; k < comma; k++)
        {
            if (doc.Is(k, ",")) continue;
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote) return false;
            var w = doc.Word(k);
            // (Nor a participle after a comma: "said on Monday, addressing the unrest in the city, “…”" has a clause of its own.)
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsClauseWord(w) || cues.IsCueWord(w)
                || (w.Length > 4 && w.EndsWith("ing") && doc.Is(k - 1, ","))) return false;
        }
        return true;
    }

    /// <summary>The speaker of a cue coordinated with the clause before it (<paramref name="joiner"/> the <c>and</c>, or the
    /// comma before a participle).</summary>
    private static (int Start, int End) CoordinatedSpeaker(ExtractionContext ctx, int cue, int joiner, int sFirst)
    {
        var doc = ctx.Doc;
        // "“…,” she said, adding, “…”": a participle right after another claim's attribution shares its speaker.
        // ("…, Anna Berg said, adding, “…”": the reported claim before is read after the quotations, so its attribution is
        // read from the words.)
        if (doc.Is(cue - 1, ","))
        {
            if (CueSubjectReader.AttributionBefore(ctx, cue - 1) is { SpeakerTokens.Start: >= 0 } attributed) return attributed.SpeakerTokens;
            if (PhraseReader.AttributionSpeakerBefore(doc, ctx.Cues, cue - 1, sFirst, ctx.InQuote) is { Start: >= 0 } named) return named;
        }
        return PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, joiner);
    }
}
