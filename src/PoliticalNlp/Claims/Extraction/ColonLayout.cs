namespace PoliticalNlp.Claims;

/// <summary>Layout <c>Petrova: “Nobody will be punished.”</c>: a name alone before a colon introduces the quote; the
/// colon is the cue.</summary>
internal static class ColonLayout
{
    /// <summary>How many tokens the words before the colon may take.</summary>
    private const int MaxSourceTokens = 6;

    /// <summary>How many tokens they may take when a person, opening a paragraph, ends them after a title.</summary>
    private const int MaxTitledSourceTokens = 14;

    public static bool TryAttribute(ExtractionContext ctx, Quotation q, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        if (!OpensAfterColon(ctx, q, out int sFirst, out int colon)) return false;
        // "POLLS SHIFT IN THE SOUTH - Ann Lee: “…”": after a lead-in set off by a spaced dash, the name opens the attribution.
        for (int k = colon - 2; k > sFirst && k >= colon - MaxSourceTokens - 1; k--)
        {
            if (!doc.IsDash(k) || doc.Tokens[k].Start == doc.Tokens[k - 1].End) continue;
            sFirst = k + 1;
            break;
        }
        if (colon - sFirst > MaxTitledSourceTokens) return false;
        var source = doc.TrimToEntity(sFirst, colon, anyType: true);
        if (source.Start < 0 || source.End != colon || !doc.IsEntityToken(source.Start)
            // "Secretary of the Air Force James Roche: “…”": a long title only before a person opening a paragraph.
            || (colon - sFirst > MaxSourceTokens && !(doc.StartsParagraph(sFirst) && doc.FirstPerson(source.Start, colon) == source))
            || !(source.Start == sFirst || PhraseReader.IsLeadingDescription(doc, ctx.Cues, sFirst, source.Start))) return false;
        // "Lee fired back: “…”": a clause before the colon, its verb the cue; when that reading fails ("Lee later wrote
        // back: “we …”", a quotation in lower case) the name alone speaks.
        bool clause = HasVerbAfterName(ctx, source.Start, colon);
        if (clause && TryAttributeClause(ctx, q, draft)) return true;
        draft.Kind = ClaimKind.Statement;
        draft.CueClass = CueClass.Neutral;
        draft.Layout = AttributionLayout.Colon;
        ctx.SetCue(draft, colon);
        // ("From The Associated Press:": the preposition is no part of who speaks.)
        int speakerStart = source.Start > sFirst && FunctionWords.IsPreposition(doc.Word(sFirst)) ? source.Start : sFirst;
        ctx.SetSpeaker(draft, clause ? (speakerStart, doc.EntityEndToken(source.Start)) : (speakerStart, colon));
        return true;
    }

    /// <summary>True when a verb in lower case follows the name before the colon (<c>Lee hit back: “…”</c>, <c>Lee added of
    /// the plan: “…”</c>): a clause, which <see cref="TryAttributeClause"/> reads, its subject the speaker. From the allsides
    /// articles, where the whole clause was taken as the speaker.</summary>
    private static bool HasVerbAfterName(ExtractionContext ctx, int name, int colon)
    {
        var doc = ctx.Doc;
        for (int k = doc.EntityEndToken(name); k < colon; k++)
        {
            var w = doc.Word(k);
            // ("Reuters reports that:", "NPR's Ann Lee writes:": a cue word in lower case is the clause's verb too.)
            if (doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(w[0])
                && (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) || ctx.Cues.IsCueWord(w))) return true;
        }
        return false;
    }

    /// <summary>True when the quotation opens right after a colon that has words of its sentence before it, outside quotes.
    /// The quotation may open the next paragraph (<c>The BBC reports:</c>, then the quoted paragraph): the words before
    /// the colon are then those of the colon's own sentence.</summary>
    private static bool OpensAfterColon(ExtractionContext ctx, Quotation q, out int sFirst, out int colon)
    {
        var doc = ctx.Doc;
        colon = q.Open - 1;
        sFirst = doc.SentenceStart(doc.SentenceOf(colon > 0 && doc.StartsParagraph(q.Open) ? colon : q.Open));
        return colon > sFirst && doc.Is(colon, ":") && ctx.InQuote[colon - 1] < 0;
    }

    /// <summary>How many words a quotation after a clause and a colon has at least: a sentence, not a title
    /// (<c>the film: “Sons of Trump”</c>).</summary>
    private const int MinClauseColonQuoteTokens = 4;

    /// <summary>How many tokens an appositive or relative clause between the subject and its verb may take.</summary>
    private const int MaxAppositiveTokens = 30;

    /// <summary>How many tokens the verb's object and adjuncts before the colon may take.</summary>
    private const int MaxPredicateTokens = 12;

    /// <summary>
    /// Layout <c>The minister welcomed the move on Twitter: “Recent events show …”</c> / <c>Later, she demurred: “…”</c>: the sentence's subject, a person or body named or a personal pronoun, then its verb (which the cue list need
    /// not hold), a short predicate without a break, a colon and a quotation that is a sentence. The verb is the cue.
    /// (Read sets: our gold annotates every quotation after a colon; the shape from train t08, PolNeAR train's missed
    /// colon attributions.)
    /// </summary>
    public static bool TryAttributeClause(ExtractionContext ctx, Quotation q, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        if (!OpensAfterColon(ctx, q, out int sFirst, out int colon)) return false;
        int first = q.FirstInside;
        if (q.LastInside - first + 1 < MinClauseColonQuoteTokens || doc.Tokens[first].Kind != TokenKind.Word || !char.IsUpper(doc.Word(first)[0])) return false;
        var subject = PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, colon);
        if (subject.Start < 0 || subject.End >= colon) return false;
        bool named = doc.IsEntityToken(subject.End - 1) && doc.TrimToEntity(subject.Start, subject.End, anyType: true).Start == subject.Start
            // (A pronoun opening its sentence is capitalised: "She said: ¶ “…”".)
            || (subject.End - subject.Start == 1 && PhraseReader.IsPronounSubjectAnyCase(doc.Word(subject.Start)));
        if (!named) return false;
        int verb = subject.End;
        // "Pompeo, who arrived … for talks, welcomed …": past an appositive or relative clause set off by commas.
        if (doc.Is(verb, ","))
        {
            int close = verb + 1;
            while (close < colon && close - verb <= MaxAppositiveTokens && !doc.Is(close, ",")) close++;
            if (close >= colon || !doc.Is(close, ",")) return false;
            verb = close + 1;
        }
        while (verb < colon && FunctionWords.IsLowerCaseAdverb(doc.Word(verb))) verb++;
        if (verb >= colon || colon - verb > MaxPredicateTokens || doc.Tokens[verb].Kind != TokenKind.Word) return false;
        var v = doc.Word(verb);
        // ("She said: ¶ “…”": an irregular cue word is the verb too; PolNeAR train's paragraph quotations after a colon, taken
        // as continuations of the speaker before.)
        if (!char.IsLower(v[0]) || !(FunctionWords.IsFiniteVerb(v) || (v.Length > 3 && v.EndsWith("s") && !v.EndsWith("ss")) || ctx.Cues.IsCueWord(v))
            || FunctionWords.IsAuxiliary(v)) return false;
        for (int k = verb + 1; k < colon; k++)
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || ctx.InQuote[k] >= 0) return false;
        if (ctx.Cues.IsCue(doc, verb, out var cue))
        {
            // "Sabato suggested Rubio could joke about it: “…”": a cue with a clause of its own reports that clause, and the
            // quotation belongs to it.
            // (Only before the colon: right after the cue, the quotation's own clause is no clause of the cue's.)
            if (verb + 1 < colon && (doc.Is(verb + 1, FunctionWords.IsCueClauseOpener) || CueFinder.ClauseFollows(doc, verb))) return false;
            draft.Kind = cue.Kind;
            draft.CueClass = cue.Class;
        }
        else
        {
            draft.Kind = ClaimKind.Statement;
            draft.CueClass = CueClass.Neutral;
        }
        draft.Layout = AttributionLayout.ClauseColon;
        ctx.SetCue(draft, verb);
        ctx.SetSpeaker(draft, subject);
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

    /// <summary>How many words the one addressed may take after the name (<c>to Planned Parenthood</c>).</summary>
    private const int MaxAddresseeTokens = 4;

    /// <summary>
    /// Layout <c>Paul Ryan: FBI decision defies explanation</c> (a headline) / <c>PETROVA: The deaths make clear …</c> (a
    /// transcript): a person named alone at a paragraph's start (a title or capitalised description may precede the name:
    /// <c>Sen. X:</c>; the one addressed may follow it: <c>Lee to Congress:</c>), a colon, then the content without quote
    /// marks. Null when
    /// the words before the colon are not exactly one person (<c>Update:</c>, <c>WASHINGTON:</c>, <c>Editor's note:</c>).
    /// </summary>
    public static ClaimDraft? TryReadUnquoted(ExtractionContext ctx, int colon, int sFirst, int sEnd)
    {
        var doc = ctx.Doc;
        if (!doc.Is(colon, ":") || colon <= sFirst || colon - sFirst > MaxNameTokens + MaxAddresseeTokens || !doc.StartsParagraph(sFirst)) return null;
        var person = doc.FirstPerson(sFirst, colon);
        // ("Clinton to Planned Parenthood: …": a headline names the one addressed after "to"; PolNeAR train's headlines.)
        int sourceEnd = person.Start >= sFirst && person.End + 1 < colon && doc.Is(person.End, "to") && PhraseReader.AllCapitalisedWords(doc, person.End + 1, colon) ? person.End : colon;
        // A title or short description may stand before the name ("Sen. X:", "Hacker X:"), as in the quoted layout.
        if (person.Start < sFirst || person.End != sourceEnd || person.End - sFirst > MaxNameTokens
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
