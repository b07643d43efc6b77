namespace PoliticalNlp.Claims;

/// <summary>
/// Who speaks through a cue read by <see cref="SpeakerCueContentLayout"/> (and, for the words before a cue that precedes
/// a quotation, by <see cref="CueThenQuoteLayout"/>): the noun phrase before it (<c>X said</c>), the
/// sentence's subject for a participle after a comma (<c>…, saying …</c>) or an adjunct participle (<c>After saying …,
/// the man asked</c>), the clause's subject for a coordinated cue (<c>… and said</c>). Sets the draft's layout to
/// <see cref="AttributionLayout.Participial"/> or <see cref="AttributionLayout.Coordinated"/> when it reads one of those.
/// </summary>
internal static class CueSubjectReader
{
    /// <summary>How far back from <c>while adding</c> the clause's verb is looked for (bounded: a cue costs no scan of a
    /// long sentence).</summary>
    private const int MaxClauseBeforeSubordinator = 40;

    /// <summary>The subject tokens [Start, End) of the cue at <paramref name="cue"/>, or (-1, -1).</summary>
    public static (int Start, int End) Read(ExtractionContext ctx, int cue, int sFirst, int sEnd, ClaimDraft? previous, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        int before = cue - 1;
        // ("Japan is next, having pledged $1 billion": a perfect participle reads as one in -ing; from the allsides
        // articles' speakers "having".)
        bool perfect = before > sFirst && doc.Is(before, "having") && char.IsLower(doc.Word(before)[0]);
        if (perfect) before--;
        bool participle = perfect || doc.Word(cue).EndsWith("ing");
        // "… and has hinted that …": past adverbs and auxiliaries to the joiner.
        while (before > sFirst && before > cue - 4 && (FunctionWords.IsCoordinatedCueAdverb(doc.Word(before))
               || FunctionWords.IsSentenceAdverb(doc.Word(before)))) before--;
        // "… and reportedly pledged", "… but eventually told": any adverb in -ly between the joiner and the cue, when a
        // joiner is what it reaches (a lone adverb before a cue is left to the subject reading: "Lee reportedly said").
        if (JoinerPastAdverbs(doc, before, cue, sFirst) is var joinerPastAdverbs and >= 0) before = joinerPastAdverbs;
        // ("…, recently telling one person that …": an adverb between the comma and a participle; PolNeAR train's participles
        // given to the noun phrase before the comma.)
        if (participle && before > sFirst + 1 && FunctionWords.IsLowerCaseAdverb(doc.Word(before)) && doc.Is(before - 1, ",")) before--;
        (int Start, int End) subject;
        bool sameSentence = previous is not null && previous.SentenceIndex == draft.SentenceIndex;
        // "The employee first said …, but in a later interview said …": past a prepositional phrase to the joiner.
        if (JoinerBeforePhrase(doc, before, sFirst) is var joiner and >= 0) before = joiner;
        // ", while admitting he was …": the participle after a joiner.
        // (A dash opens the participle as a comma does: "rejected the claims – while saying he would …".)
        if (before > sFirst + 1 && participle && FunctionWords.IsParticipleJoiner(doc.Word(before)) && (doc.Is(before - 1, ",") || doc.IsDash(before - 1))) before--;
        bool afterComma = before > sFirst && (doc.Is(before, ",") || (participle && doc.IsDash(before))
            || (doc.Tokens[before].Kind == TokenKind.Quote && doc.Is(before - 1, ",")));
        if (before > sFirst && afterComma && participle)
        {
            // "The government resisted calls to publish, saying such papers are kept confidential": the subject of the
            // sentence speaks, and the content follows the participle.
            draft.Layout = AttributionLayout.Participial;
            subject = AttributionBefore(ctx, before) is { SpeakerTokens.Start: >= 0 } attributed ? attributed.SpeakerTokens
                : SubordinateSubjectBeforeAside(ctx, before, cue, sEnd) is { Start: >= 0 } aside ? aside
                : ClauseSubject(ctx, sFirst, before, sameSentence ? previous : null);
        }
        else if (participle && before > sFirst && FunctionWords.IsCoordinator(doc.Word(before)) && OpeningAdjunctParticiple(doc, sFirst, before) >= 0)
        {
            // "After initially pointing to a fault and insisting the army was not to blame, officials admitted …": a
            // participle joined to the sentence's opening adjunct participle is that adjunct's too; the main clause's
            // subject speaks, not the subordinator (PolNeAR train and the allsides articles' speakers "After").
            draft.Layout = AttributionLayout.Coordinated;
            subject = PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, sEnd);
        }
        else if (before >= sFirst && FunctionWords.IsCoordinatedCueJoiner(doc.Word(before)))
        {
            // "… and said …": the same speaker as the clause before.
            draft.Layout = AttributionLayout.Coordinated;
            subject = ClauseSubject(ctx, sFirst, before, sameSentence ? previous : null);
        }
        else if (participle && AdjunctSubordinator(doc, cue, sFirst) is var sub and >= 0
                 && (sub == sFirst || doc.Is(sub - 1, ",") || PhraseReader.HasVerbBetween(doc, null, Math.Max(sFirst, sub - MaxClauseBeforeSubordinator), sub)
                     || (sub == cue - 1 && CueFinder.IsGerundOfSpeech(doc, cue))))
        {
            // ("Gore insisted it was premature while adding …": a clause with its verb before the subordinator, whose subject
            // the participle shares, no comma needed.)
            // "After saying he was nervous, the man asked …", "Lee, after initially saying he would not …, said": the
            // participle is an adjunct of the main clause, whose subject speaks.
            subject = sub == sFirst ? PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, sEnd) : PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, sub - 1);
            if (subject.Start < 0) subject = PhraseReader.SubjectBefore(doc, cue, sFirst, ctx.InQuote);
        }
        else return SubjectOfCueBefore(ctx, cue, sFirst, sameSentence ? previous : null); // takes the absolute "with" off itself
        return WithoutAbsoluteWith(doc, subject, cue);
    }

    /// <summary>The joiner (<c>and</c>, <c>but</c>) before the adverbs that end at <paramref name="before"/>
    /// (<c>and apparently believed</c>, <c>but then eventually told</c>), or -1 when no adverb in -ly is passed or no
    /// joiner is reached.</summary>
    private static int JoinerPastAdverbs(DocumentView doc, int before, int cue, int sFirst)
    {
        int k = before;
        bool lyAdverb = false;
        while (k > sFirst && k > cue - 6)
        {
            var w = doc.Word(k);
            // ("has consistently and vehemently denied": two adverbs joined are no joiner of clauses.)
            bool joinedAdverbs = FunctionWords.IsCoordinator(w) && k + 1 < cue && FunctionWords.IsLowerCaseAdverb(doc.Word(k + 1)) && FunctionWords.IsLowerCaseAdverb(doc.Word(k - 1));
            // ("and most recently defended": a degree word before an adverb in -ly is part of it; the allsides speakers "most".)
            bool degree = FunctionWords.IsDegreeWord(w) && k + 1 < cue && FunctionWords.IsLowerCaseAdverb(doc.Word(k + 1));
            if (!(FunctionWords.IsLowerCaseAdverb(w) || FunctionWords.IsCoordinatedCueAdverb(w) || joinedAdverbs || degree)) break;
            lyAdverb |= FunctionWords.IsLowerCaseAdverb(w) && !FunctionWords.IsCoordinatedCueAdverb(w);
            k--;
        }
        return lyAdverb && k >= sFirst && FunctionWords.IsCoordinatedCueJoiner(doc.Word(k)) ? k : -1;
    }

    /// <summary>The absolute phrase that ends the words read before a participle (<c>despite military leaders</c>, from its
    /// preposition: the first word, or the last adjunct preposition inside the words), when a noun phrase with no verb that
    /// is no occasion (<c>at a news conference</c> is one) follows the preposition; (-1, -1) when there is none.</summary>
    private static (int Start, int End) AbsolutePhrase(DocumentView doc, (int Start, int End) words)
    {
        if (words.Start < 0) return (-1, -1);
        for (int k = words.End - 2; k >= words.Start; k--)
        {
            // (Inside the words only an adjunct's preposition, "despite", "amid": after "with" the noun is the subject's
            // instrument, "X weighed in with a column saying …" is X's.)
            if (!doc.Is(k, FunctionWords.IsAbsolutePreposition) || (k > words.Start && !doc.Is(k, FunctionWords.IsAdjunctOpener))) continue;
            if (doc.Is(words.End - 1, FunctionWords.IsOccasionNoun) || PhraseReader.OpensWithVerbOrJoiner(doc, k + 1)) return (-1, -1);
            for (int j = k + 1; j < words.End; j++)
                if (FunctionWords.IsFiniteVerb(doc.Word(j)) || FunctionWords.IsAuxiliary(doc.Word(j))) return (-1, -1);
            return (k, words.End);
        }
        return (-1, -1);
    }

    /// <summary>"…, with the ministry saying …", "with just 17% of people saying …": the absolute phrase's noun speaks, not
    /// <c>with</c> (nor the adverbs after it).</summary>
    private static (int Start, int End) WithoutAbsoluteWith(DocumentView doc, (int Start, int End) subject, int cue)
    {
        if (subject.Start < 0 || subject.End - subject.Start <= 1 || !doc.Is(subject.Start, FunctionWords.IsAbsolutePreposition) || !doc.Word(cue).EndsWith("ing")) return subject;
        int start = subject.Start + 1;
        while (start + 1 < subject.End && FunctionWords.IsLowerCaseAdverb(doc.Word(start))) start++;
        return (start, subject.End);
    }

    /// <summary>
    /// The subject of a cue read from the words right before it (<c>X said</c>), for a participle past what makes those
    /// words no speaker: a verb or joiner opening them, an occasion, an aspectual verb, the clause's own verb. Shared by
    /// reported speech and by a cue before a quotation (<c>issued a statement Tuesday saying, “…”</c>).
    /// <paramref name="previous"/> is the claim before in the same sentence, if any.
    /// </summary>
    internal static (int Start, int End) SubjectOfCueBefore(ExtractionContext ctx, int cue, int sFirst, ClaimDraft? previous)
    {
        var doc = ctx.Doc;
        var subject = WithNameBeforeAcronym(doc, PhraseReader.SubjectBefore(doc, cue, sFirst, ctx.InQuote), sFirst);
        if (!doc.Word(cue).EndsWith("ing")) return subject; // what follows reads a participle's words only
        // "…, despite military leaders suspecting the fighters are lying low", "amid critics warning that …": a preposition
        // of an absolute phrase (grammar list absolute-preposition) before a noun phrase and the participle; the noun
        // phrase speaks, not the sentence's subject (allsides sample). Not an occasion: "at a news conference disclosing".
        // (The preposition may stand inside the words read: "The vote went ahead despite critics claiming …".)
        if (AbsolutePhrase(doc, subject) is { Start: >= 0 } absolute) return WithoutAbsoluteWith(doc, absolute, cue);
        // "The campaign backtracked, putting out a statement contradicting …", "while commenting on …": a participle
        // cue whose words before open with a verb or a joiner, not a noun phrase, speaks for the sentence's subject.
        // "he said in his June speech announcing …", "said at a news conference disclosing …": words opening with a
        // preposition of time or place are the occasion, not who speaks (an absolute "with" is taken off below).
        if (subject.Start > sFirst && (PhraseReader.OpensWithVerbOrJoiner(doc, subject.Start) || IsOccasion(doc, subject)))
            subject = previous is not null ? previous.SubjectTokens : PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, subject.Start);
        // "the group immediately began calling for …", "the department had spent months pushing back against …": a
        // participle continuing an aspectual verb inside the words before it shares that verb's subject, which speaks.
        // (Not after another verb: "the report cheered voters hoping …" describes the object, "issued a statement
        // saying …" the subject; reading the object as the speaker lost 34 speakers on PolNeAR train, fixed none.)
        else if (subject.Start >= 0 && VerbsInside(doc, subject) is { First: > 0 } verbs
                 && FunctionWords.IsAspectualVerb(doc.Word(verbs.Last)))
            subject = doc.TrimToEntity(subject.Start, verbs.First);
        // "Clinton has been criticizing …" (`been`, which SubjectBefore does not pass over as it does `are` and `has`):
        // the participle is the clause's own verb, so its subject ends before the auxiliaries. "The ministry issued a
        // statement saying …", "the Pentagon released a report to Congress saying …": a written or finding noun the
        // clause's verb puts out says what its subject says. (Not existential "there is evidence suggesting", nor other objects: "left voters saying" is said by
        // the voters; ending the subject before any verb lost 5 speakers on PolNeAR train and fixed none.)
        else if (subject.Start >= 0 && ClauseVerbBefore(doc, subject, cue) is var verb and > 0)
            subject = doc.TrimToEntity(subject.Start, verb);
        return WithoutAbsoluteWith(doc, subject, cue);
    }

    /// <summary>"Department of Homeland Security (DHS) officials say": a subject read back to a bracket that holds a name's
    /// acronym takes in the name before it, which says whose officials speak (the subject alone was "officials"). From the
    /// allsides articles' speakers that open right after a bracket.</summary>
    private static (int Start, int End) WithNameBeforeAcronym(DocumentView doc, (int Start, int End) subject, int sFirst)
    {
        int close = subject.Start - 1;
        if (subject.Start < 0 || close - 3 < sFirst || !doc.Is(close, ")") || !doc.Is(close - 2, "(")) return subject;
        var acronym = doc.Word(close - 1);
        if (!IsAcronym(acronym) || !doc.IsEntityToken(close - 3)) return subject;
        // (Only a common noun after the bracket: "Washington (CNN) Hillary Clinton said" is a dateline before a name, and
        // "for the first time" no noun at all.)
        var first = doc.Word(subject.Start);
        if (!char.IsLower(first[0]) || FunctionWords.IsPreposition(first) || FunctionWords.IsDeterminer(first)) return subject;
        var name = doc.TrimToEntity(sFirst, close - 2, anyType: true);
        return name.Start >= sFirst && name.End == close - 2 ? (name.Start, subject.End) : subject;
    }

    /// <summary>Two or more capital letters and nothing else (<c>DHS</c>, <c>ICE</c>; not a party bracket's <c>R-FL</c>,
    /// which would take the clause after it into the speaker).</summary>
    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2) return false;
        foreach (char c in w) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>True when the words before a participle cue are a phrase of time or place with no verb in it (<c>in a
    /// speech announcing</c>, <c>at a press conference disclosing</c>, <c>on Fox News claiming</c>): the occasion, not who
    /// speaks. (Not <c>to a petition urging</c>, <c>for everyone claiming</c>: the noun there is the participle's subject;
    /// nor <c>on Saturday Fairfax issued a statement repeating</c>, a clause of its own.)</summary>
    private static bool IsOccasion(DocumentView doc, (int Start, int End) phrase)
    {
        var w = doc.Word(phrase.Start);
        if (w.IsEmpty || !char.IsLower(w[0]) || !(FunctionWords.IsOpeningPreposition(w) || FunctionWords.IsAdjunctOpener(w))) return false;
        for (int k = phrase.Start + 1; k < phrase.End; k++)
        {
            var v = doc.Word(k);
            if (!v.IsEmpty && char.IsLower(v[0]) && (FunctionWords.IsFiniteVerb(v) || FunctionWords.IsAuxiliary(v))) return false;
        }
        return true;
    }

    /// <summary>The first and last lower-case verbs (finite, auxiliary or aspectual) inside <paramref name="phrase"/> after
    /// its first word, the first taken back past the adverbs before it (<c>the group immediately began</c> →
    /// <c>immediately</c>); (-1, -1) when there is none.</summary>
    private static (int First, int Last) VerbsInside(DocumentView doc, (int Start, int End) phrase)
    {
        int first = -1, last = -1;
        for (int k = phrase.Start + 1; k < phrase.End; k++)
        {
            var w = doc.Word(k);
            if (w.IsEmpty || !char.IsLower(w[0]) || !(FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsAspectualVerb(w))) continue;
            if (first < 0) first = k;
            last = k;
        }
        while (first - 1 > phrase.Start && FunctionWords.IsLowerCaseAdverb(doc.Word(first - 1))) first--;
        return (first, last);
    }

    /// <summary>
    /// Where the subject of a participle cue ends when the words before it hold the clause's own verb: the first of the
    /// auxiliaries right before the cue (past adverbs; most are already passed over by <see cref="PhraseReader.SubjectBefore"/>,
    /// not <c>been</c>), or the first finite verb followed by a determiner when a written or finding noun comes after it
    /// before the cue (<c>issued a statement</c>, <c>released a report to Congress</c>); -1 otherwise, and for an
    /// existential <c>there</c>.
    /// </summary>
    private static int ClauseVerbBefore(DocumentView doc, (int Start, int End) subject, int cue)
    {
        if (doc.Is(subject.Start, FunctionWords.IsExistentialSubject)) return -1;
        if (subject.End != cue) return -1; // a subject read past a relative clause or aside has no verb of the cue's clause
        int k = cue - 1;
        while (k > subject.Start && FunctionWords.IsLowerCaseAdverb(doc.Word(k))) k--;
        if (k > subject.Start && FunctionWords.IsProgressiveAuxiliary(doc.Word(k)))
        {
            while (k - 1 > subject.Start && (FunctionWords.IsProgressiveAuxiliary(doc.Word(k - 1)) || FunctionWords.IsLowerCaseAdverb(doc.Word(k - 1)))) k--;
            while (k < cue && FunctionWords.IsLowerCaseAdverb(doc.Word(k))) k++; // the adverbs before the first auxiliary stay out too
            return k;
        }
        for (int v = subject.Start + 1; v < subject.End && v + 2 < cue; v++)
        {
            var w = doc.Word(v);
            if (w.IsEmpty || !char.IsLower(w[0]) || !FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w)) continue;
            // (Not "despite having signed a letter": after a participle the verb is a participle clause's, with no subject.)
            if (doc.Word(v - 1).EndsWith("ing")) return -1;
            // An adjective ("A retired general", "the newly elected mayor"), or a verb with no object opened by a determiner:
            // the clause's verb may come later.
            if (FunctionWords.IsDeterminer(doc.Word(v - 1)) || FunctionWords.IsPossessive(doc.Word(v - 1)) || !FunctionWords.IsDeterminer(doc.Word(v + 1))) continue;
            for (int n = v + 2; n < cue; n++)
                if (doc.Is(n, FunctionWords.IsWrittenNoun) || doc.Is(n, FunctionWords.IsFindingNoun))
                {
                    int end = v;
                    while (end - 1 > subject.Start && (FunctionWords.IsLowerCaseAdverb(doc.Word(end - 1)) || FunctionWords.IsAuxiliary(doc.Word(end - 1)))) end--;
                    return end;
                }
            return -1;
        }
        return -1;
    }

    /// <summary>How many words a prepositional phrase between a joiner and its cue may take (<c>in a later interview</c>).</summary>
    private const int MaxPhraseBeforeCoordinatedCue = 6;

    /// <summary>The coordinated-cue joiner (<c>and</c>, <c>but</c>) after a clause with a verb and right before a lower-case
    /// preposition whose phrase, of words only and no verb, ends at <paramref name="last"/>; -1 when there is none.</summary>
    private static int JoinerBeforePhrase(DocumentView doc, int last, int sFirst)
    {
        int determiners = 0, determiner = -1;
        for (int p = last; p > sFirst && p > last - MaxPhraseBeforeCoordinatedCue; p--)
        {
            var w = doc.Word(p);
            // (Lower-case words, days and numbers only: "but at a rally he said", "in June it declared" have a subject of their own.)
            if (doc.Tokens[p].Kind is not (TokenKind.Word or TokenKind.Number) || FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w)
                || (doc.Tokens[p].Kind == TokenKind.Word && !char.IsLower(w[0]) && !FunctionWords.IsDayOrTime(w))
                || FunctionWords.IsPersonalPronounSubject(w)) return -1;
            if (FunctionWords.IsDeterminer(w)) { determiners++; determiner = p; }
            // (A joiner of clauses: a verb before it. "officials in the FBI and at the Justice Department said" joins places.
            // One noun phrase after the preposition: a determiner further in opens another, the cue's own subject, "but
            // earlier this morning the president tweeted".)
            if (p < last && char.IsLower(w[0]) && FunctionWords.IsPreposition(w) && FunctionWords.IsCoordinatedCueJoiner(doc.Word(p - 1)))
                return PhraseReader.HasVerbBetween(doc, null, sFirst, p - 1) && (determiners == 0 || (determiners == 1 && determiner == p + 1)) ? p - 1 : -1;
        }
        return -1;
    }

    /// <summary>How many words the subject of a subordinate clause before a participle aside may take.</summary>
    private const int MaxSubordinateSubjectTokens = 6;

    /// <summary>How far after its participle an aside's closing comma may come, in tokens.</summary>
    private const int MaxAsideTokens = 12;

    /// <summary>
    /// "…, as Tom Berg, contradicting Lee, said he …", "when the minister, citing threats, refused …": a participle set off by
    /// commas between a subordinate clause's subject and its verb is that subject's (the aside's closing comma is followed
    /// by a lower-case verb), not the main clause's (PolNeAR train's speakers of such asides, the sentence's subject).
    /// (-1, -1) when the words before <paramref name="comma"/> are no such subject.
    /// </summary>
    private static (int Start, int End) SubordinateSubjectBeforeAside(ExtractionContext ctx, int comma, int cue, int sEnd)
    {
        var doc = ctx.Doc;
        int start = comma;
        while (start > 0 && comma - start < MaxSubordinateSubjectTokens && doc.Tokens[start - 1].Kind == TokenKind.Word && ctx.InQuote[start - 1] < 0
               && !ContentBoundary.IsSubordinator(doc, start - 1) && !FunctionWords.IsFiniteVerb(doc.Word(start - 1)) && !FunctionWords.IsAuxiliary(doc.Word(start - 1)))
            start--;
        if (start == comma || start == 0 || !ContentBoundary.IsSubordinator(doc, start - 1) || !char.IsLower(doc.Word(start - 1)[0])) return (-1, -1);
        if (!(doc.IsEntityToken(comma - 1) || FunctionWords.IsDeterminer(doc.Word(start)) || FunctionWords.IsPersonalPronounSubject(doc.Word(start)))) return (-1, -1);
        for (int k = cue + 1; k + 1 < sEnd && k <= cue + MaxAsideTokens; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote) return (-1, -1);
            if (!doc.Is(k, ","))
            {
                if (doc.IsClauseBreak(k)) return (-1, -1);
                continue;
            }
            var next = doc.Word(k + 1);
            return doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(next[0])
                && (FunctionWords.IsFiniteVerb(next) || FunctionWords.IsMainVerbAuxiliary(next) || ctx.Cues.IsCueWord(next)) ? (start, comma) : (-1, -1);
        }
        return (-1, -1);
    }

    /// <summary>How far back from a coordinated participle the opening adjunct's participle is looked for, in tokens.</summary>
    private const int MaxOpeningAdjunctTokens = 30;

    /// <summary>The participle before <paramref name="joiner"/>, with no comma between, that opens the sentence after its
    /// subordinator or gerund preposition (<c>After initially pointing …</c>, <c>But while denouncing …</c>); -1 when there
    /// is none.</summary>
    private static int OpeningAdjunctParticiple(DocumentView doc, int sFirst, int joiner)
    {
        for (int k = joiner - 1; k > sFirst && k > joiner - MaxOpeningAdjunctTokens; k--)
        {
            if (doc.IsClauseBreak(k)) return -1; // (a comma is one)
            if (FunctionWords.IsParticipleWord(doc.Word(k)) && AdjunctSubordinator(doc, k, sFirst) is var sub and >= 0 && PhraseReader.OnlyDiscourseWordsBefore(doc, sFirst, sub)) return k;
        }
        return -1;
    }

    /// <summary>The subordinator (<c>after</c>, <c>since</c>: grammarwords participle-subordinator) right before a
    /// participle cue, past lower-case adverbs (<c>after initially saying</c>); -1 when there is none.</summary>
    private static int AdjunctSubordinator(DocumentView doc, int cue, int sFirst)
    {
        int p = cue - 1;
        while (p > sFirst && p > cue - 3 && FunctionWords.IsLowerCaseAdverb(doc.Word(p))) p--;
        if (p >= sFirst && FunctionWords.IsParticipleSubordinator(doc.Word(p))) return p;
        // ("responded by saying that …": "by" right before a gerund of speech, which CueFinder kept only with its content.)
        if (p >= sFirst && p == cue - 1 && CueFinder.IsGerundOfSpeech(doc, cue)) return p;
        // "By declaring a day of thanksgiving, Lincoln …", "In calling on Congress to act, the president …": a preposition
        // opening the sentence makes the gerund after it an adjunct of the main clause.
        return p == sFirst && p == cue - 1 && char.IsUpper(doc.Word(p)[0]) && FunctionWords.IsGerundAdjunctPreposition(doc.Word(p)) ? p : -1;
    }

    /// <summary>
    /// Who speaks through a participle or a coordinated cue: the subject of the nearest clause joined before it with a
    /// subject of its own (<c>…, but Berg has not conceded and has called it a fraud</c>), when that clause follows the
    /// sentence's earlier claim; else that claim's subject, else the sentence's opening subject.
    /// </summary>
    private static (int Start, int End) ClauseSubject(ExtractionContext ctx, int sFirst, int limit, ClaimDraft? previousInSentence)
    {
        var joined = PhraseReader.JoinedClauseSubject(ctx.Doc, ctx.Cues, sFirst, limit, ctx.InQuote);
        if (joined.Start >= 0 && (previousInSentence is null || joined.Start > previousInSentence.CueToken)) return joined;
        if (previousInSentence is null) return PhraseReader.SentenceSubject(ctx.Doc, ctx.Cues, sFirst, limit);
        // "When Lee pointed out …, Berg seized on the remark, repeating …": a claim in the opening subordinate clause is
        // not the clause the participle continues; the main clause's subject, after it, speaks. (Only a subject that opens
        // like one: not "fix the roads", the verb of a clause whose opening adjunct had no comma.)
        if (OpensWithSubordinator(ctx.Doc, sFirst, previousInSentence.CueToken)
            && PhraseReader.SentenceSubject(ctx.Doc, ctx.Cues, sFirst, limit) is var main && main.Start > previousInSentence.CueToken
            && FunctionWords.OpensSubject(ctx.Doc.Word(main.Start))) return main;
        // "Lee rebuked critics who say he should …, saying …": a claim in a relative clause is not the clause the participle
        // continues either; the sentence's subject, before it, speaks (PolNeAR train's participles given to the critics).
        if (InRelativeClause(ctx.Doc, previousInSentence) && PhraseReader.SentenceSubject(ctx.Doc, ctx.Cues, sFirst, limit) is var outer
            && outer.Start >= 0 && outer.End <= previousInSentence.SubjectTokens.Start && FunctionWords.OpensSubject(ctx.Doc.Word(outer.Start))) return outer;
        return previousInSentence.SubjectTokens;
    }

    /// <summary>True when the claim's cue follows a relative pronoun right after its speaker (<c>critics who say</c>).</summary>
    private static bool InRelativeClause(DocumentView doc, ClaimDraft claim) =>
        claim.SubjectTokens.Start >= 0 && claim.SubjectTokens.End < claim.CueToken && doc.Is(claim.SubjectTokens.End, FunctionWords.IsRelativePronoun);

    /// <summary>True when the sentence from <paramref name="sFirst"/> opens (past discourse words, or a short phrase and its
    /// comma) with a subordinator before <paramref name="before"/> (<c>When …</c>, <c>And as …</c>, <c>In a September
    /// debate, while …</c>).</summary>
    private static bool OpensWithSubordinator(DocumentView doc, int sFirst, int before)
    {
        int k = sFirst;
        while (k < before && FunctionWords.IsDiscourseWord(doc.Word(k))) k++;
        if (k < before && FunctionWords.IsOpeningSubordinator(doc.Word(k))) return true;
        // (Lower case after the opener's comma: the claim words' subordinators, any case.)
        int afterOpener = ContentBoundary.AfterShortOpener(doc, sFirst, before);
        return afterOpener > sFirst && ContentBoundary.IsSubordinator(doc, afterOpener);
    }

    /// <summary>The claim whose cue (and speaker) end right before the comma at <paramref name="comma"/>:
    /// <c>“…,” Anna Berg said, adding that …</c>.</summary>
    internal static ClaimDraft? AttributionBefore(ExtractionContext ctx, int comma)
    {
        for (int k = comma - 1; k >= 0 && k >= comma - PhraseReader.MaxSpeakerTokens; k--)
        {
            // (Not a claim whose content stands between its cue and the comma: "rebuked critics who say he should …, saying"
            // continues the sentence's subject; PolNeAR train's participles given to the critics.)
            if (ctx.CueOwner.TryGetValue(k, out var owner)) return owner.ContentTokens.Start > k && owner.ContentTokens.Start < comma ? null : owner;
            if (ctx.Doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) return null;
        }
        return null;
    }
}
