namespace PoliticalNlp.Claims;

/// <summary>Layout <c>The claims about X’s involvement were made in a book … by Philippe Sands</c>: a claim named by a
/// noun (<see cref="CueFlags.Nominal"/>), its content after the noun and its source after <c>by</c>.</summary>
internal static class NominalLayout
{
    public static ClaimDraft? TryRead(ExtractionContext ctx, int noun, int sEnd)
    {
        var doc = ctx.Doc;
        if (Possessive(ctx, noun, sEnd) is { } owned) return owned;
        if (noun == 0 || !doc.Is(noun - 1, "the") || !doc.Is(noun + 1, FunctionWords.IsNominalContentOpener)) return Bare(ctx, noun, sEnd);
        if (!ctx.Cues.IsNominal(doc, noun, out var entry)) return null;
        int contentFirst = doc.Is(noun + 1, "that") ? noun + 2 : noun + 1;
        // The main clause's verb is the one whose "by" phrase follows with no other verb between: in "The claims that the
        // mayor took bribes were made in a book by …" the content's own verb (took) is passed over.
        int verb = contentFirst - 1, by = -1;
        while (by < 0)
        {
            verb++;
            while (verb < sEnd && verb - contentFirst < 30 && ctx.InQuote[verb] < 0 && !FunctionWords.IsFiniteVerb(doc.Word(verb))) verb++;
            if (verb >= sEnd || verb - contentFirst >= 30 || !FunctionWords.IsFiniteVerb(doc.Word(verb))) return Bare(ctx, noun, sEnd);
            by = ByPhraseAfterVerb(doc, verb, sEnd);
        }
        if (verb - contentFirst < 2) return Bare(ctx, noun, sEnd);
        var source = PhraseReader.NounPhrase(doc, by + 1, sEnd);
        if (source.Start < 0) return null;
        bool accusation = entry.Class == CueClass.Accuse || entry.Lemma == "claim";
        var draft = new ClaimDraft
        {
            Kind = accusation ? ClaimKind.Accusation : ClaimKind.Statement,
            CueClass = entry.Class,
            Layout = AttributionLayout.Nominal,
            SentenceIndex = doc.SentenceOf(noun),
        };
        ctx.SetContent(draft, contentFirst, verb - 1);
        ctx.SetCue(draft, noun);
        ctx.SetSpeaker(draft, doc.TrimToEntity(source.Start, source.End));
        return draft;
    }

    /// <summary>How far after its verb a passive's "by" phrase may begin (<c>were made in a book published in 2016 by</c>).</summary>
    private const int MaxVerbToByTokens = 15;

    /// <summary>The "by" after the verb group opening at <paramref name="verb"/> (<c>were first made</c>), when no other
    /// finite verb stands between them; -1 otherwise.</summary>
    private static int ByPhraseAfterVerb(DocumentView doc, int verb, int sEnd)
    {
        int k = verb + 1;
        while (k < sEnd && (FunctionWords.IsAuxiliary(doc.Word(k)) || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsLowerCaseAdverb(doc.Word(k)))) k++;
        for (; k < sEnd && k - verb < MaxVerbToByTokens; k++)
        {
            if (doc.Is(k, "by")) return k;
            if (FunctionWords.IsFiniteVerb(doc.Word(k))) return -1;
        }
        return -1;
    }

    /// <summary>"Zimmer's claim that two members … made it clear …": the possessor is the source, the clause after "that"
    /// the content.</summary>
    private static ClaimDraft? Possessive(ExtractionContext ctx, int noun, int sEnd)
    {
        var doc = ctx.Doc;
        if (noun < 1 || !doc.Is(noun + 1, "that") || noun + 2 >= sEnd || !ctx.Cues.IsNominal(doc, noun, out var entry)) return null;
        int owner = noun - 1;
        if (doc.Word(owner) is "'s" or "’s") owner--;
        else if (!FunctionWords.IsPossessive(doc.Word(owner))) return null;
        if (owner < 0 || !doc.IsEntityToken(owner)) return null;
        var source = doc.TrimToEntity(Math.Max(0, owner - PhraseReader.MaxSpeakerTokens + 1), owner + 1, anyType: true);
        var draft = new ClaimDraft
        {
            Kind = entry.Class == CueClass.Accuse || entry.Lemma == "claim" ? ClaimKind.Accusation : ClaimKind.Statement,
            CueClass = entry.Class,
            Layout = AttributionLayout.Nominal,
            SentenceIndex = doc.SentenceOf(noun),
        };
        int last = ContentBoundary.End(ctx, noun + 2, sEnd, draft);
        // "Petrova's claim that the vote was rigged has been debunked": as the sentence's subject, the claim's clause ends
        // where the main clause's verb follows its own.
        if (source.Start == doc.SentenceStart(doc.SentenceOf(noun))) last = Math.Min(last, MainVerbAfterClause(ctx, noun + 2, last) - 1);
        if (last - (noun + 2) < 2) return null;
        ctx.SetContent(draft, noun + 2, last);
        ctx.SetCue(draft, noun);
        ctx.SetSpeaker(draft, source);
        return draft;
    }

    /// <summary>The first auxiliary after the clause's own verb in [<paramref name="first"/>, <paramref name="last"/>] (the
    /// main clause's: "… was rigged has been debunked"), or <paramref name="last"/> + 1.</summary>
    private static int MainVerbAfterClause(ExtractionContext ctx, int first, int last)
    {
        var doc = ctx.Doc;
        bool verbSeen = false;
        for (int k = first; k <= last; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind != TokenKind.Word) continue;
            var w = doc.Word(k);
            bool verb = FunctionWords.IsAuxiliary(w) || FunctionWords.IsFiniteVerb(w);
            if (verb && verbSeen && FunctionWords.IsAuxiliary(w) && k > first && !FunctionWords.IsAuxiliary(doc.Word(k - 1)) && !FunctionWords.IsClauseWord(doc.Word(k - 1))
                && !FunctionWords.IsCoordinator(doc.Word(k - 1))) return k;
            verbSeen |= verb;
        }
        return last + 1;
    }

    /// <summary>How many words may open the sentence before a claim noun that is its subject (<c>The British claims that</c>).</summary>
    private const int MaxLeadBeforeSubjectNoun = 2;

    /// <summary>How many words a clause after a claim noun may take before its verb (<c>allegations he concealed …</c>).</summary>
    private const int MaxSubjectWords = 4;

    /// <summary>
    /// A claim named by a noun with its content and no <c>by</c>: <c>allegations that he concealed …</c>, <c>accusations he
    /// blocked …</c>, <c>British allegations Russia poisoned …</c>. (Not <c>allegations of misconduct</c>: our gold leaves a
    /// bare topic out, 0 of 5 in the read sets.) The
    /// source is the name right before the noun, if any (<c>British</c>, <c>US intelligence</c>); else the claim has none.
    /// Our gold annotates these as optional claims (read sets t10, t24, t27, t28, t30, t34, t35); a later denial answers
    /// them, so the link stage needs them.
    /// </summary>
    private static ClaimDraft? Bare(ExtractionContext ctx, int noun, int sEnd)
    {
        var doc = ctx.Doc;
        // (Read at every token: the cheap token tests first, the lexicon only when "that" or a subject follows.)
        if (noun + 2 >= sEnd || ctx.InQuote[noun] >= 0 || doc.Tokens[noun + 1].Kind != TokenKind.Word) return null;
        var next = doc.Word(noun + 1);
        if (!(next is "that" || FunctionWords.IsPersonalPronounSubject(next) || char.IsUpper(next[0]))) return null;
        if (!ctx.Cues.IsNominal(doc, noun, out var entry)) return null;
        // "Mueller claims Manafort paid them" is the verb: a word that is also a verb is a noun only after a determiner or
        // preposition (or opening the sentence: "Claims that …").
        // (Nor after a verb or participle in -ed: "followed reports that …", "unconfirmed claims that …".)
        if ((entry.Flags & CueFlags.NounOnly) == 0
            && !(noun == doc.SentenceStart(doc.SentenceOf(noun)) || doc.Is(noun - 1, FunctionWords.IsDeterminer) || doc.Is(noun - 1, FunctionWords.IsPreposition)
                 || doc.Word(noun - 1) is "'s" or "’s" || FunctionWords.IsPastInEd(doc.Word(noun - 1)))) return null;
        int first;
        if (doc.Is(noun + 1, "that")) first = noun + 2;
        // (Not "the charges Stone is facing": "charges" takes a relative clause without "that" as often.)
        else if (!doc.Is(noun, FunctionWords.IsRelativeClaimNoun) && OpensClause(ctx, noun + 1, sEnd)) first = noun + 1;
        else return null;
        if (doc.Tokens[first].Kind is not (TokenKind.Word or TokenKind.Number)) return null;
        var draft = new ClaimDraft
        {
            Kind = entry.Class == CueClass.Accuse || entry.Lemma == "claim" ? ClaimKind.Accusation : ClaimKind.Statement,
            CueClass = entry.Class,
            Layout = AttributionLayout.Nominal,
            SentenceIndex = doc.SentenceOf(noun),
        };
        int last = ContentBoundary.End(ctx, first, sEnd, draft);
        // "The claim that the vote was rigged was false": as the sentence's subject, the claim's clause ends where the main
        // clause's verb follows its own (as for a possessor's claim).
        if (noun - doc.SentenceStart(doc.SentenceOf(noun)) <= MaxLeadBeforeSubjectNoun) last = Math.Min(last, MainVerbAfterClause(ctx, first, last) - 1);
        if (last - first < 1) return null;
        ctx.SetContent(draft, first, last);
        ctx.SetCue(draft, noun);
        // "British allegations", "Clinton and State Department claims", "US intelligence findings": a name right before.
        int before = noun - 1;
        if (before >= 0 && doc.Word(before) is "'s" or "’s") before--;
        if (before >= 0 && ctx.InQuote[before] < 0 && doc.IsEntityToken(before))
            ctx.SetSpeaker(draft, doc.TrimToEntity(Math.Max(doc.SentenceStart(doc.SentenceOf(noun)), before - PhraseReader.MaxSpeakerTokens + 1), before + 1, anyType: true));
        return draft;
    }

    /// <summary>A subject (a personal pronoun or a name) and its finite verb within a few words.</summary>
    private static bool OpensClause(ExtractionContext ctx, int k, int sEnd)
    {
        var doc = ctx.Doc;
        if (k >= sEnd || doc.Tokens[k].Kind != TokenKind.Word) return false;
        var w = doc.Word(k);
        if (!(FunctionWords.IsPersonalPronounSubject(w) || (char.IsUpper(w[0]) && doc.IsEntityToken(k)))) return false;
        int v = PhraseReader.VerbAfterSubject(ctx, k, sEnd, MaxSubjectWords, cueWordsAreVerbs: false, wordAfterNameIsVerb: false);
        if (v < 0) return false;
        // ("the charges he denied, …", "an allegation she has denied": a relative clause whose verb has no object.)
        while (v + 1 < sEnd && FunctionWords.IsAuxiliary(doc.Word(v)) && doc.Tokens[v + 1].Kind == TokenKind.Word
               && (FunctionWords.IsAuxiliary(doc.Word(v + 1)) || FunctionWords.IsFiniteVerb(doc.Word(v + 1)) || FunctionWords.IsLowerCaseAdverb(doc.Word(v + 1)))) v++;
        return v + 1 < sEnd && !doc.IsClauseBreak(v + 1) && doc.Tokens[v + 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Quote;
    }
}
