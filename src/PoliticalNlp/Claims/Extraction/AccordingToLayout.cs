namespace PoliticalNlp.Claims;

/// <summary>Layout <c>According to X, …</c> / <c>…, according to X.</c>: the source after <c>according to</c>, the
/// content on the other side of its comma (from the floor: after the attribution before it).</summary>
internal static class AccordingToLayout
{
    /// <summary>
    /// How many words may follow the source's head before its clause ends (<c>according to a study by the Pew Research
    /// Center</c>, <c>according to people close to the campaign</c>): <c>according to</c> is never anything but an
    /// attribution, so its source may carry a modifier that a subject before <c>said</c> may not.
    /// </summary>
    private const int MaxSourceModifierTokens = 12;

    /// <summary>How long a relative clause after an <c>according to</c> source may run before the comma that opens the content.</summary>
    private const int MaxRelativeClauseTokens = 16;

    public static ClaimDraft? TryRead(ExtractionContext ctx, int according, int sFirst, int floor, int sEnd)
    {
        var doc = ctx.Doc;
        var draft = new ClaimDraft { Kind = ClaimKind.Statement, CueClass = CueClass.Neutral, Layout = AttributionLayout.AccordingTo, SentenceIndex = doc.SentenceOf(according) };
        int length = doc.SourcePhraseLength(according, sEnd);
        var cue = doc.SourcePhraseCue(according, length);
        draft.CueToken = cue.First;
        draft.CueStart = doc.Tokens[cue.First].Start;
        draft.CueEnd = doc.Tokens[cue.Last].End;
        // (An "according to" source keeps its adjunct: "according to documents made public by the FBI as part of …".)
        var source = PhraseReader.SpeakerAfter(doc, according + length, sEnd, ctx.InQuote, adjunctAfterName: false);
        int sourceClauseEnd = -1;
        if (source.Start < 0) (source, sourceClauseEnd) = SourceWithModifier(doc, according + length, sEnd);
        if (source.Start < 0) return null;
        int contentFirst, contentLast;
        // "According to X, Y."; "But, according to the poll, Y", "Still, according to …" and "… because, according to X, Y":
        // with only a joiner or an adverb before it, or a subordinator right before it, the content follows the source.
        if (according == sFirst || OpensTheClause(ctx, Math.Max(sFirst, floor), according))
        {
            int k = source.End;
            // ("According to people who were familiar with the talks in Geneva, …": a source that stops before its relative
            // clause looks further for the comma that ends the clause.)
            int limit = sourceClauseEnd >= 0 ? sourceClauseEnd + 1
                : source.End + (source.End < sEnd && doc.Is(source.End, FunctionWords.IsRelativePronoun) ? MaxRelativeClauseTokens : PhraseReader.MaxSpeakerTokens);
            while (k < sEnd && k < limit && !doc.Is(k, ",")) k++;
            if (k >= sEnd || !doc.Is(k, ",")) return null;
            contentFirst = k + 1;
            if (k == source.End && AfterPersonsDescription(ctx, source, k, sEnd) is var described and > 0) contentFirst = described;
            if (InnerAttribution(ctx, contentFirst, sEnd, source) is { } inner) return inner;
            contentLast = ContentBoundary.End(ctx, contentFirst, sEnd, draft);
        }
        else
        {
            // Y, according to X.
            // ("With Tyler saying …, as reported by RawStory: “…”": a colon after the source of "as reported by" opens what it
            // reported, which the quotation's own reading takes; the words before are no content.)
            // (Nor inside a parenthesis, "The summary of the bill (as reported by X) allows …", or after a joiner, "Lee was
            // the director and, as reported by X, has …": the words before are a fragment of the clause.)
            if (length > 2 && ((source.End < sEnd && doc.Is(source.End, ":")) || doc.Is(according - 1, "(")
                               || (doc.Is(according - 1, ",") && doc.Is(according - 2, FunctionWords.IsCoordinator)))) return null;
            contentFirst = Math.Max(sFirst, floor);
            while (contentFirst < according && doc.Tokens[contentFirst].Kind is TokenKind.Punctuation or TokenKind.Quote) contentFirst++;
            contentFirst = ContentThenCueLayout.AfterColon(ctx, contentFirst, according);
            contentLast = according - 1;
            while (contentLast > contentFirst && doc.Tokens[contentLast].Kind is TokenKind.Punctuation or TokenKind.Quote) contentLast--;
            // "Fundraising, according to the campaign, has surged": the clause resumes after the source; "In the end,
            // according to aides, he wants …": an opening adjunct, the content after.
            int comma = sourceClauseEnd >= 0 ? sourceClauseEnd : source.End;
            if (doc.Is(according - 1, ",") && contentLast >= contentFirst)
            {
                var resumes = ContentThenCueLayout.Resumption(ctx, contentFirst, contentLast, comma, sEnd);
                if (resumes != ContentThenCueLayout.ClauseResumption.None)
                {
                    int end = ContentBoundary.End(ctx, comma + 1, sEnd, draft);
                    if (end > comma + 1)
                    {
                        // (The spec's content leaves out the source; so does the gold of a subject before it.)
                        if (resumes == ContentThenCueLayout.ClauseResumption.Predicate) draft.Layout = AttributionLayout.Interrupted;
                        contentFirst = comma + 1;
                        contentLast = end;
                    }
                }
            }
        }
        if (contentFirst >= sEnd || contentLast - contentFirst < 2) return null;
        ctx.SetContent(draft, contentFirst, contentLast);
        ctx.SetSpeaker(draft, source);
        return draft;
    }

    /// <summary>How far after a person's description the clause that follows must show its verb (bounded: linear time).</summary>
    private const int MaxClauseVerbTokens = 30;

    /// <summary>How long a relative clause describing an <c>according to</c> person may run before the content's comma.</summary>
    private const int MaxDescribingClauseTokens = 16;

    /// <summary>
    /// The first token of the content after a description set off by commas that follows a person named as the source:
    /// <c>According to Ann Lee, a spokeswoman for the board, the vote …</c>, <c>According to Ann Lee, who chairs the board,
    /// the vote …</c> (the description names the source; spec §4: the content is what was said). The description is a
    /// relative clause, or a phrase with no verb whose head, before any preposition, is a person's title or role noun in
    /// lower case (not <c>According to Lee, the plan, …</c>, nor <c>…, Mueller also hired General Ann Lee, …</c>); more
    /// phrases of an indefinite article may follow it (<c>a senior fellow at the Kaiser Family Foundation, a nonpartisan think tank,
    /// …</c>); what follows must be a clause or a quotation. -1 when the shape is not there. Read from the allsides
    /// articles, where the description opened the content.
    /// </summary>
    private static int AfterPersonsDescription(ExtractionContext ctx, (int Start, int End) source, int comma, int sEnd)
    {
        var doc = ctx.Doc;
        if (doc.LastPerson(source.Start, source.End).End != source.End || comma + 1 >= sEnd) return -1;
        int close = -1;
        if (FunctionWords.IsSubjectRelativePronoun(doc.Word(comma + 1)))
        {
            for (int k = comma + 2; k < sEnd && k <= comma + MaxDescribingClauseTokens && close < 0; k++)
            {
                if (ctx.InQuote[k] >= 0) return -1;
                if (doc.Is(k, ",")) close = k;
            }
        }
        else
        {
            close = DescriptionEnd(ctx, comma, sEnd, firstPhrase: true);
        }
        if (close < 0) return -1;
        // ("…, a senior vice president at the foundation, a nonpartisan think tank, the provision …")
        while (close + 1 < sEnd && FunctionWords.IsIndefiniteArticle(doc.Word(close + 1)) && DescriptionEnd(ctx, close, sEnd, firstPhrase: false) is var further and > 0) close = further;
        if (sEnd - close < 4) return -1;
        for (int k = close + 1; k < sEnd && k <= close + MaxClauseVerbTokens; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote) return close + 1; // (a quotation is what was said)
            var w = doc.Word(k);
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) || FunctionWords.IsAuxiliary(w)) return close + 1;
        }
        return -1;
    }

    /// <summary>The comma closing a person's description opened after <paramref name="comma"/>: words with no clause word
    /// or verb in them (in a later phrase, a participle after its noun is allowed: <c>a group dedicated to …</c>); the first
    /// phrase opens with a determiner or a lower-case word and has a role or title in lower case (or capitals, <c>CEO</c>)
    /// before any preposition; a later one opens with <c>a</c> or <c>an</c> (<c>…, the idea migrated to …</c> is the content).
    /// -1 when it is not one.</summary>
    private static int DescriptionEnd(ExtractionContext ctx, int comma, int sEnd, bool firstPhrase)
    {
        var doc = ctx.Doc;
        var opening = doc.Word(comma + 1);
        if (opening.IsEmpty || (firstPhrase && char.IsUpper(opening[0]) && !FunctionWords.IsDeterminer(opening) && !IsRoleNoun(opening))) return -1;
        bool role = false, headDone = false;
        for (int k = comma + 1; k < sEnd && k <= comma + QuoteThenCueLayout.MaxAppositiveTokens; k++)
        {
            if (ctx.InQuote[k] >= 0) return -1;
            if (doc.Is(k, ",")) return !firstPhrase || role ? k : -1;
            var w = doc.Word(k);
            if (doc.IsClauseBreak(k) || FunctionWords.IsAuxiliary(w)) return -1;
            if (firstPhrase ? FunctionWords.IsPresentVerb(w) || ctx.Cues.IsCueWord(w) || (FunctionWords.IsFiniteVerb(w) && !doc.Is(k - 1, FunctionWords.IsDeterminer))
                : k == comma + 2 ? FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) : !ModifiesNoun(doc, k)) return -1;
            if (FunctionWords.IsPreposition(w)) headDone = true;
            else if (!headDone && IsRoleNoun(w)) role = true;
        }
        return -1;
    }

    /// <summary>True when the word at <paramref name="k"/> is no verb, or one that modifies the noun before it (<c>a group
    /// dedicated to …</c>, <c>a think tank</c>; not <c>the board voted 5-4</c>, <c>the board says the …</c>).</summary>
    private static bool ModifiesNoun(DocumentView doc, int k)
    {
        var w = doc.Word(k);
        if (FunctionWords.IsFiniteVerb(w)) return doc.Is(k + 1, FunctionWords.IsPreposition);
        if (FunctionWords.IsPresentVerb(w)) return k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Kind == TokenKind.Word && !doc.Is(k + 1, FunctionWords.IsDeterminer) && !doc.Is(k + 1, "that");
        return true;
    }

    /// <summary>A person's title or role noun written in lower case or in capitals (<c>spokeswoman</c>, <c>CEO</c>), not a
    /// capitalised word that may be part of a name (<c>General</c>, <c>Candidate</c>).</summary>
    private static bool IsRoleNoun(ReadOnlySpan<char> w) =>
        (char.IsLower(w[0]) || (w.Length > 1 && char.IsUpper(w[1]))) && (FunctionWords.IsPersonNoun(w, orPlural: true) || FunctionWords.IsPersonTitle(w, orPlural: true));

    /// <summary>
    /// <c>According to Belta, Lukashenko said …</c>: the clause after the source is itself an attribution, whose speaker
    /// speaks and the <c>according to</c> source is its via (spec §4). Reads that claim (its cue then counts as used), or
    /// returns null when the clause opens with no subject and cue of its own.
    /// </summary>
    private static ClaimDraft? InnerAttribution(ExtractionContext ctx, int clauseFirst, int sEnd, (int Start, int End) via)
    {
        var doc = ctx.Doc;
        for (int k = clauseFirst + 1; k < sEnd && k <= clauseFirst + PhraseReader.MaxSpeakerTokens; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.IsClauseBreak(k)) return null;
            if (!ctx.Cues.IsCue(doc, k, out var cue) || CueFinder.IsPassiveOrUnsaid(doc, k, clauseFirst)) continue;
            if (PhraseReader.SubjectBefore(doc, k, clauseFirst, ctx.InQuote).Start != clauseFirst) return null;
            if (!SpeakerCueContentLayout.TryRead(ctx, k, cue, clauseFirst, sEnd, null, out var draft) || draft is null || draft.SpeakerTokens.Start < 0) return null;
            ctx.SetVia(draft, via);
            ctx.Consumed[k] = true;
            return draft;
        }
        return null;
    }

    /// <summary>True when the words from <paramref name="first"/> to <paramref name="according"/> are a joiner or adverbs
    /// and commas alone (<c>But,</c>, <c>Still,</c>), or end in a subordinator or <c>that</c> (<c>… because,</c>,
    /// <c>… reported that,</c>): no clause of their own.</summary>
    private static bool OpensTheClause(ExtractionContext ctx, int first, int according)
    {
        var doc = ctx.Doc;
        int last = according - 1;
        while (last >= first && doc.Is(last, ",")) last--;
        if (last < first) return false;
        // ("… because, according to X, Y"; "… has reported that, according to X, Y": what X says is the clause after.)
        // ("… Republicans who, according to the president, only stood for repealing …": inside a relative clause too.)
        if (char.IsLower(doc.Word(last)[0]) && ((Links.ClaimWords.Embedded.Of(doc.Word(last)) & Links.ClaimWord.Subordinator) != 0 || doc.Is(last, "that")
                                                || FunctionWords.IsSubjectRelativePronoun(doc.Word(last)))) return true;
        for (int k = first; k <= last; k++)
        {
            var w = doc.Word(k);
            if (doc.Is(k, ",") || FunctionWords.IsDiscourseWord(w) || FunctionWords.IsAdverb(w)
                || FunctionWords.IsSentenceAdverb(w)) continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// The source's head noun phrase when a modifier follows it up to the clause's end (<c>a January study by the Pew
    /// Research Center, …</c> → <c>a January study</c>), with where the clause ends; (-1, -1) when the clause runs on
    /// past <see cref="MaxSourceModifierTokens"/> words or into a quotation.
    /// </summary>
    private static ((int Start, int End) Source, int ClauseEnd) SourceWithModifier(DocumentView doc, int from, int sEnd)
    {
        var np = PhraseReader.NounPhrase(doc, from, sEnd);
        if (np.Start < 0) return ((-1, -1), -1);
        for (int k = np.End; k < sEnd && k <= np.End + MaxSourceModifierTokens; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) break;
            // (A noun phrase cut at the speaker length runs on to the break: "a spokesman for the country's atomic energy
            // agency", not "… atomic energy".)
            if (doc.IsClauseBreak(k)) return (doc.TrimToEntity(np.Start, np.End - np.Start >= PhraseReader.MaxSpeakerTokens && ContinuesNounPhrase(doc, np.End, k) ? k : np.End), k);
        }
        if (sEnd - np.End <= MaxSourceModifierTokens) return (doc.TrimToEntity(np.Start, np.End), sEnd);
        return ((-1, -1), -1);
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to <paramref name="to"/> continue the source's noun phrase:
    /// words and numbers, with its prepositions (<c>conducted by Edison Research for the Associated Press</c>), but no
    /// clause word, relative pronoun or time (<c>who spoke</c>, <c>on Monday</c>).</summary>
    private static bool ContinuesNounPhrase(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var w = doc.Word(k);
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || FunctionWords.IsClauseWord(w) || FunctionWords.IsRelativePronoun(w)
                || FunctionWords.IsDayOrTime(w) || FunctionWords.IsTimePhraseWord(w)) return false;
        }
        return true;
    }
}
