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
        // "“Why is he attacking me?” Trump said.": a question or exclamation mark inside the quote ends the sentence
        // before a capitalised speaker; the attribution is the sentence after it, in the same paragraph. (Only for a
        // quote opening its sentence: "X responded: “…?” Her critics cited it" was attributed before it.)
        if (sEnd == q.Close + 1 && doc.SentenceStart(doc.SentenceOf(q.Open)) == q.Open && sEnd < doc.Tokens.Length && q.InsideCount > 0 && (doc.Is(q.LastInside, "?") || doc.Is(q.LastInside, "!"))
            && !doc.StartsParagraph(sEnd) && ctx.InQuote[sEnd] < 0)
            sEnd = doc.SentenceEnd(doc.SentenceOf(sEnd));
        // "X, citing “…,” said …": the quote is what the participle before it cites; the cue straight after it has the
        // sentence's subject and its own content (PolNeAR train's missed attributions). (Not "…, saying “…,” he wrote": a
        // speaker after the quote attributes it.)
        if (q.Open > 1 && doc.Is(q.Open - 2, ",") && doc.Is(q.Open - 1, FunctionWords.IsParticipleWord) && ctx.Cues.IsCue(doc, q.Open - 1, out _)
            && q.Close + 1 < sEnd && ctx.Cues.IsCue(doc, q.Close + 1, out _)) return null;
        // "Citing “obligations in Tennessee,” a spokeswoman told reporters that …": a quote after a quoting verb's participle
        // opening the sentence is what it cites; the cue after it has its own content (PolNeAR train's missed attributions;
        // not "Asserting “…,” he dismissed …", the speaker's own words).
        if (q.Open > 0 && q.Open - 1 == doc.SentenceStart(doc.SentenceOf(q.Open)) && doc.Word(q.Open - 1).EndsWith("ing")
            && ctx.Cues.IsCue(doc, q.Open - 1, out var opening) && FunctionWords.IsQuotingVerb(opening.Lemma) && q.Close + 1 < sEnd && ctx.InQuote[q.Close + 1] < 0 && doc.Tokens[q.Close + 1].Kind == TokenKind.Word) return null;
        int after = q.Close + 1;
        while (after < sEnd && after < q.Close + 4 && doc.Tokens[after].Kind == TokenKind.Punctuation) after++;
        // "…,” which it blames on western governments": a relative clause, not the quote's attribution.
        if (doc.Is(after, FunctionWords.IsRelativeAfterClause)) return null;
        // "“We will win”, Ann Lee said.": the comma after the closing mark (British placement) is the attribution's, when the
        // quotation opens its sentence; elsewhere a comma after a quotation ends the clause it is in.
        int first = q.Close + 1;
        if (doc.Is(first, ",") && doc.SentenceStart(doc.SentenceOf(q.Open)) == q.Open) first++;
        for (int i = first; i < Math.Min(sEnd, q.Close + 2 + PhraseReader.MaxSpeakerTokens); i++)
        {
            // "“…,” Tyson, a college professor from California, said": past an appositive after the name to the cue.
            if (doc.Is(i, ",") && i > after && doc.IsEntityToken(i - 1) && AppositiveEnd(ctx, i, sEnd) is int close and > 0
                && ctx.Cues.IsCue(doc, close + 1, out var late))
                return CueAfterName(ctx, draft, close + 1, late, doc.TrimToEntity(after, i, anyType: true), sEnd);
            // "“…,” Eric Lee, told Fox News": a stray comma between the name and its cue (a name alone, all of it).
            if (doc.Is(i, ",") && i > after && doc.IsEntityToken(i - 1) && doc.TrimToEntity(after, i, anyType: true) is var alone && alone.Start == after
                && ctx.Cues.IsCue(doc, i + 1, out var afterComma))
                return CueAfterName(ctx, draft, i + 1, afterComma, alone, sEnd);
            // "“…,” the party's leader, Ann Lee, said", "“…,” Berg's spokesman, Ann Lee, told …": a description, then the
            // name set off by commas, then the cue; the name speaks.
            if (doc.Is(i, ",") && i > after && !doc.IsEntityToken(i - 1) && NamedAppositive(ctx, i, sEnd) is { Start: >= 0 } named
                && ctx.Cues.IsCue(doc, named.End + 1, out var afterNamed))
                return CueAfterName(ctx, draft, named.End + 1, afterNamed, named, sEnd);
            // "“…,” Sen. Ann Lee (D., Del.) said": past the name's parenthesis to the cue.
            if (i > after && doc.Is(i, "(") && doc.IsEntityToken(i - 1) && ParenthesisEnd(doc, i, sEnd) is int shut and > 0
                && ctx.Cues.IsCue(doc, doc.Is(shut + 1, ",") ? shut + 2 : shut + 1, out var afterParen))
                return CueAfterName(ctx, draft, doc.Is(shut + 1, ",") ? shut + 2 : shut + 1, afterParen, doc.TrimToEntity(after, i, anyType: true), sEnd);
            // "“…,” Ann Lee of the Dover Institute for Policy Studies wrote": past a name's "of" phrase to the cue.
            // (Only after a name and its title: "the statement from the Office of …" is no name.)
            if (i > after && doc.Is(i, FunctionWords.IsAffiliationPreposition) && doc.IsEntityToken(i - 1) && PhraseReader.AllCapitalisedWords(doc, after, i) && OfPhraseCue(ctx, i, sEnd) is int ofCue and > 0
                && ctx.Cues.IsCue(doc, ofCue, out var afterOf))
                return CueAfterName(ctx, draft, ofCue, afterOf, doc.TrimToEntity(after, i, anyType: true), sEnd);
            if (ctx.InQuote[i] >= 0 || doc.IsClauseBreak(i)) break;
            if (!ctx.Cues.IsCue(doc, i, out var cue)) continue;
            // "said “…,” telling a radio station that …": a participle right after the quote opens the next claim.
            if (i == after && doc.Word(i).EndsWith("ing")) return null;
            // (A stray quote mark is no speaker: "…,''' said X" closes an inner and an outer quotation.)
            int from = q.Close + 1;
            while (from < i && doc.Tokens[from].Kind is TokenKind.Punctuation or TokenKind.Quote) from++;
            // "X condemned “…” and declared …": a joiner or a verb after the quote continues the sentence; the quote is
            // not attributed after it.
            if (from < i && !doc.Is(i - 1, ",") && JoinsClause(doc.Word(from))) return null;
            // "“…,” the agency quoted Kim as saying.": the one quoted speaks, at "saying"; the one quoting is the via.
            if (QuotedSpeakerReading.QuotesAs(ctx, i, sEnd, out var quoted, out int participle) && ctx.Cues.IsCue(doc, participle, out var said))
            {
                draft.Kind = said.Kind;
                draft.CueClass = said.Class;
                draft.Layout = AttributionLayout.QuoteThenCue;
                ctx.SetCue(draft, participle, said.Words);
                ctx.SetSpeaker(draft, quoted);
                if (from < i) ctx.SetVia(draft, PhraseReader.TrimAdverbs(doc, from, i));
                return draft.SpeakerStart >= 0;
            }
            draft.Kind = cue.Kind;
            draft.CueClass = cue.Class;
            draft.Layout = AttributionLayout.QuoteThenCue;
            ctx.SetCue(draft, i, cue.Words);
            if (from < i && !doc.Is(i - 1, ",")) ctx.SetSpeaker(draft, PhraseReader.TrimAdverbs(doc, from, i));
            if (draft.SpeakerStart < 0) ctx.SetSpeaker(draft, PhraseReader.SpeakerAfter(doc, i + cue.Words, sEnd, ctx.InQuote));
            // "“…,” said Rabbi Ann Lee of the Dover Center in Riga, author of …", "“…,” said the governor to chants of …": an
            // inverted cue straight after the quotation names its speaker after it even where the speaker reading refuses the
            // words that follow; without this the quotation went to the speaker of the one before (allsides: 197 such).
            if (draft.SpeakerStart < 0 && i == after) ctx.SetSpeaker(draft, LooseSpeakerAfter(ctx, i + cue.Words, sEnd));
            ctx.FindVia(draft, i + 1, sEnd);
            return draft.SpeakerStart >= 0;
        }
        return SpeechVerbAfter(ctx, q, draft, sEnd);
    }

    /// <summary>
    /// <c>“…,” Ann Lee continued.</c> / <c>“…,” he quipped in reference to …</c> / <c>“…,” continued Ann Lee.</c>: a quote
    /// that opens its sentence and ends on a comma, then a speaker and a verb in the past that ends the clause, is
    /// attributed by that verb whether or not the cue list knows it (the shape is the attribution; the verbs are an open
    /// class: continued, quipped, barked, shot back). Read from PolNeAR train's quotes attributed by unlisted verbs, which
    /// were taken as continuations of the claim before (wrong speaker when another person spoke). Null when the shape is
    /// not there.
    /// </summary>
    private static bool? SpeechVerbAfter(ExtractionContext ctx, Quotation q, ClaimDraft draft, int sEnd)
    {
        var doc = ctx.Doc;
        if (q.InsideCount < 2 || doc.SentenceStart(doc.SentenceOf(q.Open)) != q.Open) return null;
        // ("“Can we win?” Lee asked.": a question quoted is attributed the same way, and the quotation after it continues
        // the asker, not the speaker before; PolNeAR train's continuations given to the wrong speaker.)
        bool commaEnded = doc.Is(q.LastInside, ",") || doc.Is(q.LastInside, "!") || doc.Is(q.LastInside, "?") || (q.Close + 1 < sEnd && doc.Is(q.Close + 1, ","));
        if (!commaEnded) return null;
        int after = q.Close + 1;
        while (after < sEnd && after < q.Close + 3 && doc.Is(after, ",")) after++;
        if (after >= sEnd || ctx.InQuote[after] >= 0 || doc.Tokens[after].Kind != TokenKind.Word) return null;
        (int Start, int End) speaker;
        int verb;
        if (IsPastSpeechVerb(ctx, after))
        {
            // "“…,” continued Ann Lee.": the speaker after the verb, ending the clause.
            verb = after;
            speaker = PhraseReader.SpeakerAfter(doc, verb + 1, sEnd, ctx.InQuote);
            if (speaker.Start != verb + 1) return null;
        }
        else
        {
            var first = doc.Word(after);
            if (!char.IsUpper(first[0]) && !FunctionWords.IsPersonPronounSubject(first) && !FunctionWords.IsDeterminer(first)) return null;
            if (FunctionWords.IsDiscourseWord(first) || FunctionWords.IsClauseWord(first)) return null;
            verb = after + 1;
            while (verb < sEnd && verb - after < PhraseReader.MaxSpeakerTokens && doc.Tokens[verb].Kind == TokenKind.Word && ctx.InQuote[verb] < 0
                   && !FunctionWords.IsClauseWord(doc.Word(verb)) && !FunctionWords.IsAuxiliary(doc.Word(verb)) && char.IsUpper(doc.Word(verb)[0])) verb++;
            // (A lower-case word after a capitalised name is its verb. After a determiner come a noun and maybe adjectives
            // first: "the senator quipped", "the bespectacled passenger remarked"; the verb is a past form after them.)
            // ("a Democratic staffer in the room wondered": capitalised adjectives after the determiner come first.)
            if (FunctionWords.IsDeterminer(first) && (verb == after + 1 || !(verb < sEnd && IsPastSpeechVerb(ctx, verb))))
            {
                verb = Math.Max(verb, after + 2);
                while (verb < sEnd && verb < after + MaxDescribedSpeakerTokens && doc.Tokens[verb].Kind == TokenKind.Word && ctx.InQuote[verb] < 0 && !IsPastSpeechVerb(ctx, verb)
                       && !IsPresentSpeechVerbAtEnd(ctx, verb, sEnd)
                       && !FunctionWords.IsClauseWord(doc.Word(verb)) && !FunctionWords.IsAuxiliary(doc.Word(verb))) verb++;
            }
            if (verb >= sEnd || !(IsPastSpeechVerb(ctx, verb) || IsPresentSpeechVerbAtEnd(ctx, verb, sEnd)) || !EndsAttribution(doc, verb + 1, sEnd, doc.Is(q.LastInside, "?"))) return null;
            speaker = doc.TrimToEntity(after, verb);
        }
        if (speaker.Start < 0) return null;
        draft.Kind = ClaimKind.Statement;
        draft.CueClass = CueClass.Neutral;
        draft.Layout = AttributionLayout.QuoteThenVerb;
        ctx.SetCue(draft, verb);
        ctx.SetSpeaker(draft, speaker);
        ctx.FindVia(draft, verb + 1, sEnd);
        return true;
    }

    /// <summary>How many words an adjunct between an attribution and the quotation it resumes may take (<c>, speaking of
    /// politicians,</c>).</summary>
    private const int MaxResumingAdjunctTokens = 8;

    /// <summary>
    /// <c>“To date,” she continued, “there has been …”</c>: the quotation that opens right after the comma closing the
    /// attribution of the quotation before it is the same speaker's, by the same verb, as the second quotation after a
    /// reporting cue is (<c>said, “…”</c>), when no layout read it: the verb is no lexicon cue (<c>continued</c>,
    /// <c>elaborated</c>, <see cref="SpeechVerbAfter"/>), or a joiner or an adjunct set off by commas stands between
    /// (<c>she said, and “…”</c>, <c>said Ann Lee, speaking of politicians, “and …”</c>). (PolNeAR train's second halves
    /// of interrupted quotations.)
    /// </summary>
    internal static bool ResumesAfterAttribution(ExtractionContext ctx, ClaimDraft before, Quotation q, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        // (Not a quotation a layout found another cue for and no speaker: it keeps that reading; the same cue found without
        // its speaker, "said Ann Lee, speaking of …, “…”", is this one's. An attribution with a via before the comma is not
        // read here.)
        if ((draft.CueToken >= 0 && draft.CueToken != before.CueToken) || before.CueToken < 0 || before.SpeakerTokens.Start < 0 || doc.SentenceOf(before.CueToken) != doc.SentenceOf(q.Open)) return false;
        int end = Math.Max(before.CueToken + 1, before.SpeakerTokens.End);
        if (!doc.Is(end, ",")) return false;
        int next = end + 1;
        if (next < q.Open && doc.Is(next, FunctionWords.IsCoordinator)) next++;
        else if (next < q.Open && (doc.Word(next).EndsWith("ing") || FunctionWords.IsPreposition(doc.Word(next))))
        {
            int comma = next;
            while (comma < q.Open && comma - next < MaxResumingAdjunctTokens && doc.Tokens[comma].Kind is TokenKind.Word or TokenKind.Number) comma++;
            if (doc.Is(comma, ",")) next = comma + 1;
        }
        if (next != q.Open) return false;
        draft.Kind = before.Kind;
        draft.CueClass = before.CueClass;
        draft.Layout = before.Layout;
        ctx.SetCue(draft, before.CueToken);
        draft.CueEnd = before.CueEnd; // the whole cue phrase, as the quotation before has it
        ctx.SetSpeaker(draft, before.SpeakerTokens);
        return true;
    }

    /// <summary>How many words a described speaker before a past speech verb may take, its determiner first (<c>a Democratic
    /// staffer in the room wondered</c>: 7; PolNeAR train's questions, 5 before).</summary>
    private const int MaxDescribedSpeakerTokens = 8;

    /// <summary>How far after an inverted cue a person's name may start (<c>said NRF Senior Vice President for Government
    /// Relations Ann Lee</c>: 7).</summary>
    private const int MaxNameAfterInvertedCue = 10;

    /// <summary>
    /// The speaker after an inverted cue when <see cref="PhraseReader.SpeakerAfter"/> finds none: a person named within a
    /// few words with no break, verb or quotation before the name (to the name's end: a title before it stays in the
    /// span), else the words up to the first preposition, break or verb when they open like a noun phrase (an article, a
    /// possessive, a number word or a capital). (-1, -1) when neither.
    /// </summary>
    private static (int Start, int End) LooseSpeakerAfter(ExtractionContext ctx, int from, int sEnd)
    {
        var doc = ctx.Doc;
        if (from >= sEnd || doc.Tokens[from].Kind != TokenKind.Word || ctx.InQuote[from] >= 0 || FunctionWords.IsPreposition(doc.Word(from))) return (-1, -1);
        var person = doc.FirstPerson(from, Math.Min(sEnd, from + MaxNameAfterInvertedCue));
        if (person.Start >= 0 && person.End <= Math.Min(sEnd, from + MaxNameAfterInvertedCue) && ReachesName(ctx, from, person)) return doc.TrimToEntity(from, person.End);
        // (Without a name: up to the first preposition; "said the governor to chants of …" is the governor.)
        int end = from;
        while (end < sEnd && end < from + PhraseReader.MaxSpeakerTokens && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number && ctx.InQuote[end] < 0
               && !(end > from && (FunctionWords.IsPreposition(doc.Word(end)) || IsVerbOrCue(ctx, end) || FunctionWords.IsClauseWord(doc.Word(end))))) end++;
        var first = doc.Word(from);
        bool nounPhrase = FunctionWords.IsDeterminer(first) || char.IsUpper(first[0]) || doc.Tokens[from].Kind == TokenKind.Number;
        return nounPhrase && end > from ? (from, end) : (-1, -1);
    }

    /// <summary>True when the words from <paramref name="from"/> through the person's name hold no break, verb, cue or
    /// quotation before the name, and no preposition inside it (a preposition before it is a title's: <c>Vice President for
    /// Government Relations</c>).</summary>
    private static bool ReachesName(ExtractionContext ctx, int from, (int Start, int End) person)
    {
        var doc = ctx.Doc;
        for (int k = from; k < person.End; k++)
        {
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || ctx.InQuote[k] >= 0) return false;
            if (k != person.Start && (doc.IsClauseBreak(k) || (k > from && IsVerbOrCue(ctx, k)))) return false;
            if (k >= person.Start && k > from && FunctionWords.IsPreposition(doc.Word(k))) return false;
        }
        return true;
    }

    /// <summary>A lower-case finite verb, auxiliary or cue word: the end of a speaker after its cue.</summary>
    private static bool IsVerbOrCue(ExtractionContext ctx, int k)
    {
        var w = ctx.Doc.Word(k);
        return char.IsLower(w[0]) && (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || ctx.Cues.IsCueWord(w));
    }

    /// <summary>A lower-case verb in <c>-s</c> that ends the clause, after a word that is no determiner (<c>“…,” the ad
    /// states.</c>, <c>Lee quips,</c>): the present of a speech verb the cue list leaves out for its noun (PolNeAR train's
    /// quotations attributed by <c>states</c>, given to the speaker before).</summary>
    private static bool IsPresentSpeechVerbAtEnd(ExtractionContext ctx, int k, int sEnd)
    {
        var doc = ctx.Doc;
        var w = doc.Word(k);
        return ctx.InQuote[k] < 0 && doc.Tokens[k].Kind == TokenKind.Word && w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("s") && !w.EndsWith("ss")
            && k + 1 < sEnd && doc.Tokens[k + 1].Kind == TokenKind.Punctuation && !FunctionWords.IsDeterminer(doc.Word(k - 1));
    }

    /// <summary>A lower-case verb in the past (<c>continued</c>, <c>quipped</c>) outside quotation marks.</summary>
    private static bool IsPastSpeechVerb(ExtractionContext ctx, int k)
    {
        var w = ctx.Doc.Word(k);
        return ctx.InQuote[k] < 0 && ctx.Doc.Tokens[k].Kind == TokenKind.Word && w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed");
    }

    /// <summary>How many words the one asked may take after a quoted question's verb (<c>the real estate mogul</c>).</summary>
    private const int MaxAskedTokens = 5;

    /// <summary>True when the attribution's clause ends at <paramref name="k"/>: the sentence's end, a comma, a
    /// preposition's adjunct (<c>in reference to</c>, <c>on Twitter</c>), a subordinate clause (<c>when she saw him</c>,
    /// <c>upon seeing him</c>), an adverb or a day — not an object, except the one a quoted
    /// <paramref name="question"/> was asked (<c>Lee asked the real estate mogul.</c>).</summary>
    private static bool EndsAttribution(DocumentView doc, int k, int sEnd, bool question)
    {
        if (k >= sEnd) return true;
        var w = doc.Word(k);
        // (PolNeAR train's quotations attributed by a verb with such a clause or one asked after it.)
        if (FunctionWords.IsParticipleSubordinator(w) || FunctionWords.IsTemporalSubordinator(w)) return true;
        if (question && FunctionWords.IsDeterminer(w))
        {
            for (int j = k + 1; j < sEnd && j <= k + MaxAskedTokens; j++)
            {
                if (doc.Tokens[j].Kind == TokenKind.Punctuation) return true;
                if (doc.Tokens[j].Kind != TokenKind.Word || FunctionWords.IsFiniteVerb(doc.Word(j)) || FunctionWords.IsAuxiliary(doc.Word(j)) || FunctionWords.IsClauseWord(doc.Word(j))) return false;
            }
            return false;
        }
        // ("“But why?” Lee asked him.": the one asked, an object pronoun, then the end; PolNeAR train's questions.)
        if (FunctionWords.IsObjectPronoun(w) && !FunctionWords.IsPersonalPronounSubject(w) && (k + 1 >= sEnd || doc.Tokens[k + 1].Kind == TokenKind.Punctuation)) return true;
        return doc.Tokens[k].Kind == TokenKind.Punctuation || FunctionWords.IsPreposition(w) || FunctionWords.IsLowerCaseAdverb(w) || FunctionWords.IsDayOrTime(w);
    }

    /// <summary>True for a word that continues the sentence rather than naming a speaker: a conjunction, a clause word,
    /// a preposition, an auxiliary or a lower-case verb.</summary>
    private static bool JoinsClause(ReadOnlySpan<char> w) =>
        FunctionWords.IsConjunction(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsAuxiliary(w)
        || (w.Length > 0 && char.IsLower(w[0]) && (FunctionWords.IsPreposition(w) || FunctionWords.IsFiniteVerb(w)));

    /// <summary>Attributes the quote to a cue at <paramref name="at"/> found past the speaker's name and what follows it
    /// (an appositive, a parenthesis, an <c>of</c> phrase): the name is the speaker, a via may follow the cue.</summary>
    private static bool CueAfterName(ExtractionContext ctx, ClaimDraft draft, int at, CueEntry cue, (int Start, int End) speaker, int sentenceEnd)
    {
        draft.Kind = cue.Kind;
        draft.CueClass = cue.Class;
        draft.Layout = AttributionLayout.QuoteThenCue;
        ctx.SetCue(draft, at, cue.Words);
        ctx.SetSpeaker(draft, speaker);
        ctx.FindVia(draft, at + 1, sentenceEnd);
        return true;
    }

    /// <summary>How long a relative clause after a name may be before the cue.</summary>
    internal const int MaxRelativeTokens = 25;

    /// <summary>How many tokens an appositive without a verb may take (<c>Ann Lee, an expert on North Korea’s missile
    /// programme at the Dover Institute of International Studies, told me</c>: 17).</summary>
    internal const int MaxAppositiveTokens = 20;

    /// <summary>How long a parenthesis after a name may be (<c>(D., Del.)</c>, <c>(R-Ky.)</c>).</summary>
    private const int MaxParenthesisTokens = 8;

    /// <summary>The closing bracket of the parenthesis opened at <paramref name="open"/>, within a few tokens, or -1.</summary>
    private static int ParenthesisEnd(DocumentView doc, int open, int sEnd)
    {
        for (int k = open + 1; k < sEnd - 1 && k <= open + MaxParenthesisTokens; k++)
        {
            if (doc.Is(k, ")")) return k;
            if (doc.Is(k, "(")) return -1;
        }
        return -1;
    }

    /// <summary>How long a name's "of" phrase may be before its cue (<c>of the James Martin Center for … Studies</c>).</summary>
    private const int MaxOfPhraseTokens = 12;

    /// <summary>The cue after a name's "of" or "from" phrase opened at <paramref name="of"/>, within a few words with no
    /// verb or clause break in them, or -1.</summary>
    private static int OfPhraseCue(ExtractionContext ctx, int of, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = of + 2; k < sEnd && k <= of + MaxOfPhraseTokens; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.IsClauseBreak(k)) return -1;
            if (ctx.Cues.IsCue(doc, k, out _)) return k;
            if (FunctionWords.IsFiniteVerb(doc.Word(k))) return -1;
        }
        return -1;
    }

    /// <summary>A person's name alone between the comma at <paramref name="comma"/> and the next comma; (-1, -1) if not.</summary>
    internal static (int Start, int End) NamedAppositive(ExtractionContext ctx, int comma, int sEnd)
    {
        var doc = ctx.Doc;
        var person = doc.FirstPerson(comma + 1, Math.Min(sEnd, comma + 1 + PhraseReader.MaxSpeakerTokens));
        if (person.Start != comma + 1 || person.End >= sEnd || !doc.Is(person.End, ",") || ctx.InQuote[person.End] >= 0) return (-1, -1);
        return person;
    }

    /// <summary>The comma closing an appositive opened at <paramref name="comma"/> ("Tyson, a professor from California,"),
    /// within <see cref="MaxAppositiveTokens"/> words and with no verb in it (or a relative clause up to the cue), or -1.</summary>
    internal static int AppositiveEnd(ExtractionContext ctx, int comma, int sEnd)
    {
        var doc = ctx.Doc;
        // "Ann Lee, who chairs the Trade, Justice and Science Subcommittee, said": a relative clause may hold verbs and
        // commas; it ends at the comma before the cue.
        bool relative = comma + 1 < sEnd && FunctionWords.IsRelativePronoun(doc.Word(comma + 1));
        // "Ann Lee, wearing “Vote Lee” pins, said": a participle's aside may quote; it ends at the comma before the cue.
        if (comma + 1 < sEnd && FunctionWords.IsParticipleWord(doc.Word(comma + 1)) && !ctx.Cues.IsCueWord(doc.Word(comma + 1)))
        {
            for (int k = comma + 2; k < sEnd && k < comma + MaxRelativeTokens; k++)
            {
                if (doc.Is(k, ",") && ctx.InQuote[k] < 0) return ctx.Cues.IsCue(doc, k + 1, out _) ? k : -1;
                if (ctx.InQuote[k] < 0 && (doc.IsClauseBreak(k) || FunctionWords.IsFiniteVerb(doc.Word(k)) || ctx.Cues.IsCueWord(doc.Word(k)))) return -1;
            }
            return -1;
        }
        for (int k = comma + 1; k < sEnd && k < comma + (relative ? MaxRelativeTokens : MaxAppositiveTokens); k++)
        {
            // ("Tom Berg, 58, a retired teacher from Riga, said": an age and a description, each set off by commas.)
            if (doc.Is(k, ",") && !relative && k > comma + 1 && !ctx.Cues.IsCue(doc, k + 1, out _) && k + 1 < sEnd && doc.Tokens[k + 1].Kind == TokenKind.Word) continue;
            if (doc.Is(k, ",") && (!relative || ctx.Cues.IsCue(doc, k + 1, out _))) return k > comma + 1 ? k : -1;
            if (ctx.InQuote[k] >= 0) return -1;
            if (relative) continue;
            // ("a retired teacher": a participle after a determiner is an adjective; "Ann Lee, now 81 and retired, said": a
            // participle in -ed ending the appositive before its comma is one too, from PolNeAR train's missed quotations.)
            if (doc.IsClauseBreak(k) || (FunctionWords.IsFiniteVerb(doc.Word(k)) && !doc.Is(k - 1, FunctionWords.IsDeterminer) && !ParticipleBeforeClose(doc, k))
                || ctx.Cues.IsCueWord(doc.Word(k))) return -1;
        }
        return -1;
    }

    /// <summary>True when the word in -ed at <paramref name="k"/> ends an appositive as an adjective: its comma follows, or a
    /// preposition and a name (<c>now 81 and retired in Cambridge,</c>).</summary>
    private static bool ParticipleBeforeClose(DocumentView doc, int k) =>
        FunctionWords.IsPastInEd(doc.Word(k)) && (doc.Is(k + 1, ",")
            || (doc.Is(k + 1, FunctionWords.IsPreposition) && k + 2 < doc.Tokens.Length && doc.Tokens[k + 2].Kind == TokenKind.Word && char.IsUpper(doc.Word(k + 2)[0])));
}
