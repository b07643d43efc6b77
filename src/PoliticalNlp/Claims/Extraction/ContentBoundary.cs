namespace PoliticalNlp.Claims;

/// <summary>
/// Stage 3: where reported content ends. One claim a cue: the content stops where the next attribution begins
/// (<c>, according to</c>, <c>and said</c>) and never runs past <see cref="MaxContentTokens"/> tokens, so the content of
/// all claims together stays linear in the document's length.
/// </summary>
internal static class ContentBoundary
{
    /// <summary>The longest reported content, in tokens (a 200k-character "sentence" must not make every cue scan to its end).</summary>
    public const int MaxContentTokens = 200;

    /// <summary>How far a quotation opened in the content may carry it on, in tokens.</summary>
    public const int MaxQuoteCarry = 400;

    /// <summary>Words that join a new clause to the content: the clause may be the next attribution.</summary>
    private static bool IsClauseJoiner(ReadOnlySpan<char> w) => FunctionWords.IsClauseJoiner(w);

    /// <summary>Participles that introduce no clause of their own (<c>…, including …</c>).</summary>
    private static bool IsPrepositionalParticiple(ReadOnlySpan<char> w) => FunctionWords.IsPrepositionalParticiple(w);

    /// <summary>
    /// True when token <paramref name="k"/> (a comma, dash, semicolon or clause joiner inside the content) starts the next
    /// attribution or a clause the writer adds: <c>, calling X Y</c>, <c>, adding that</c>, <c>and has hinted that</c>,
    /// <c>, though officials stress</c>, <c>, many predicted</c>, <c>, potentially sending …</c>. Looks ahead a few tokens only.
    /// </summary>
    private static bool NextAttributionStartsAt(ExtractionContext ctx, int k, int sEnd)
    {
        var doc = ctx.Doc;
        bool mark = doc.Is(k, ",") || doc.Is(k, ";") || doc.Is(k, "–") || doc.Is(k, "—") || doc.Is(k, "―") || (doc.Tokens[k].Kind == TokenKind.Quote && doc.Is(k - 1, ","));
        int start = k + 1;
        bool joined = false;
        if (mark)
        {
            if (start < sEnd && IsClauseJoiner(doc.Word(start))) { joined = true; start++; }
        }
        // (A joiner inside the content, not a relative pronoun or "as": those join only after a mark.)
        else if (IsClauseJoiner(doc.Word(k)) && !FunctionWords.IsRelativePronoun(doc.Word(k)) && doc.Word(k) is not "as") joined = true;
        else return false;
        // "said the deal holds and that talks go on": a second that-clause is the same cue's content, whatever verb it
        // holds ("… and that Obama is to blame"): PolNeAR train keeps it in 7 of 7, our gold in 9 of 9.
        if (joined && start < sEnd && doc.Word(start) is "that") return false;
        int n = start;
        while (n < sEnd && n < start + 2 && FunctionWords.IsAdverb(doc.Word(n))) n++;
        // ", calling the designation illegitimate", ", potentially sending …": a participle after a break.
        if (mark && !joined && n < sEnd && ctx.InQuote[n] < 0 && doc.Tokens[n].Kind == TokenKind.Word && doc.Word(n).Length > 5 && doc.Word(n).EndsWith("ing")
            && char.IsLower(doc.Word(n)[0]) && !IsPrepositionalParticiple(doc.Word(n))
            // (Not an adjective in a list: "called him a kind, loving and admirable person", PolNeAR train; ", saying, “…”"
            // and "tweaking and adjusting" are participles.)
            && !InAdjectiveList(ctx, n, sEnd)
            && !(doc.Is(k, ",") && CueFinder.AsideBeforeVerb(doc, k))) return true; // (not "Millennials, numbering 75 million, surpassed …")
        // "…, described by the counsel’s office as “…”": a passive cue with its agent after a break attributes what follows to
        // another source (train t34).
        if (mark && !joined && n + 1 < sEnd && ctx.InQuote[n] < 0 && doc.Word(n).EndsWith("ed") && char.IsLower(doc.Word(n)[0])
            && doc.Is(n + 1, "by") && ctx.Cues.IsCueWord(doc.Word(n)) && !AsideBeforeThat(ctx, n, sEnd)) return true;
        // "…, but did not provide a percentage", "…, but declined to elaborate": what the speaker then would not say is no
        // part of what was said (train t07; not "…, but was not …", which goes on with the content's subject: news-09).
        // ("confirmed the meeting but would not offer details", "…, though she did not discuss their terms": without the comma
        // too, and after "though" and a subject pronoun; PolNeAR train's contents that ran on into what was not said.)
        // (Without the comma, and after "though", only before a verb of disclosure: "but didn’t see problems yet" goes on with
        // the content's subject; the allsides articles, where the bare auxiliary cut such contents short.)
        if (joined && doc.Is(start - 1, "but") && Withholds(ctx, n, sEnd, disclosureOnly: !mark)) return true;
        if (mark && joined && IsContrastSubordinator(doc, start - 1) && n < sEnd && FunctionWords.IsPersonalPronounSubject(doc.Word(n))
            && Withholds(ctx, n + 1, sEnd, disclosureOnly: true)) return true;
        // A subject of a few words (none after a joiner: "and has hinted that"), then a cue.
        for (int c = start; c < sEnd && c < start + 8; c++)
        {
            // ("; 26 percent said they do not": a number may open the subject; ", and 30% said …": with its sign.)
            if (c > start && doc.IsPercentSign(c)) continue;
            if (ctx.InQuote[c] >= 0 || doc.IsClauseBreak(c) || doc.Tokens[c].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
            if (!ctx.Cues.IsCue(doc, c, out var cue)) continue;
            if (CueFinder.IsPassiveOrUnsaid(doc, c, start)) return false;
            // "…, who believed she could help": a belief right after the joiner is the content's own aside about its
            // subject (train t12), where a said-verb there is the writer's next attribution.
            if (cue.Class == CueClass.Believe && c == start) return false;
            if (c == start) return joined; // "and said", ", which denies": a cue right after the joiner
            return true;
        }
        return false;
    }

    /// <summary>True when the words at <paramref name="n"/> say what the speaker would not say: a declining word
    /// (<c>declined</c>, <c>refused</c>) or a withholding auxiliary and a negation (<c>did not</c>, <c>would not</c>), with
    /// <paramref name="disclosureOnly"/> followed by a verb of disclosure (<c>did not say</c>, <c>would not offer</c>).</summary>
    private static bool Withholds(ExtractionContext ctx, int n, int sEnd, bool disclosureOnly)
    {
        var doc = ctx.Doc;
        if (n + 1 >= sEnd || ctx.InQuote[n] >= 0) return false;
        if (FunctionWords.IsDecliningWord(doc.Word(n))) return true;
        if (!FunctionWords.IsWithholdingAuxiliary(doc.Word(n)) || !doc.Is(n + 1, ClaimProfile.IsNegation)) return false;
        if (!disclosureOnly) return true;
        int verb = n + 2;
        while (verb < sEnd && verb <= n + 3 && FunctionWords.IsLowerCaseAdverb(doc.Word(verb))) verb++;
        return verb < sEnd && FunctionWords.IsDisclosureVerb(doc.Word(verb));
    }

    /// <summary>True when the word in -ing at <paramref name="n"/> is followed by a joiner or a comma and then a lower-case
    /// word that is no participle itself (<c>a kind, loving and admirable person</c>): an adjective of a list.</summary>
    private static bool InAdjectiveList(ExtractionContext ctx, int n, int sEnd)
    {
        var doc = ctx.Doc;
        if (n + 2 >= sEnd || !(doc.Is(n + 1, ",") || doc.Is(n + 1, FunctionWords.IsCoordinator))) return false;
        var next = doc.Word(n + 2);
        return doc.Tokens[n + 2].Kind == TokenKind.Word && ctx.InQuote[n + 2] < 0 && char.IsLower(next[0]) && !next.EndsWith("ing");
    }

    /// <summary>How far an aside inside a content may run before its closing comma and "that".</summary>
    private const int MaxAsideBeforeThat = 12;

    /// <summary>True when the words from <paramref name="from"/> are an aside closed by a comma and "that" or a verb (<c>the
    /// allegations, reported by the Post last week, that he …</c>, <c>the plan, announced by the White House on Monday,
    /// would cut …</c>): the content goes on after it.</summary>
    private static bool AsideBeforeThat(ExtractionContext ctx, int from, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = from + 1; k + 1 < sEnd && k <= from + MaxAsideBeforeThat; k++)
        {
            if (ctx.InQuote[k] >= 0) return false;
            if (doc.Is(k, ",")) return doc.Is(k + 1, "that") || FunctionWords.IsAuxiliary(doc.Word(k + 1)) || FunctionWords.IsFiniteVerb(doc.Word(k + 1));
            if (doc.IsClauseBreak(k)) return false;
        }
        return false;
    }

    /// <summary>
    /// True when the dash at <paramref name="k"/> opens the writer's gloss on what came before and no second dash closes
    /// it: <c>… would deport 600,000 “Dreamers” -- people who arrived as minors</c>, <c>… violated the deal - a charge it
    /// denies</c>. A pair of dashes (<c>the plan -- first floated in May -- would …</c>) is an aside inside the content.
    /// </summary>
    private static bool StartsAppositive(ExtractionContext ctx, int k, int limit)
    {
        var doc = ctx.Doc;
        if (!doc.IsDash(k) || k + 1 >= limit || ctx.InQuote[k + 1] >= 0 || doc.Tokens[k + 1].Kind != TokenKind.Word) return false;
        var next = doc.Word(k + 1);
        if (!char.IsLower(next[0]) || FunctionWords.IsDashContinuation(next)) return false;
        for (int j = k + 2; j < limit; j++)
            if (doc.IsDash(j)) return false;
        return true;
    }

    /// <summary>
    /// True when the comma at <paramref name="k"/> opens the writer's gloss that closes the sentence: an indefinite article
    /// and a phrase with no further comma, dash, colon, coordinator or quotation to the end (<c>said he would ban them, a
    /// plan he has since modified</c>, <c>…, an explanation dismissed in the West.</c>). Not an aside that a comma closes
    /// (<c>Snowden, a former contractor, was aboard</c>) nor a list (<c>food, a bed and medicine</c>). From PolNeAR train's
    /// contents that ran on into such a gloss; the read articles' gold ends its contents there too (t23, t34, t40).
    /// </summary>
    private static bool StartsClosingGloss(ExtractionContext ctx, int k, int limit)
    {
        var doc = ctx.Doc;
        if (!doc.Is(k, ",") || k + 2 >= limit || ctx.InQuote[k + 1] >= 0 || !doc.Is(k + 1, FunctionWords.IsIndefiniteArticle) || !char.IsLower(doc.Word(k + 1)[0])) return false;
        for (int j = k + 2; j < limit; j++)
        {
            if (ctx.InQuote[j] >= 0 || doc.Tokens[j].Kind == TokenKind.Quote) return false;
            if (doc.Tokens[j].Kind == TokenKind.Punctuation) { if (doc.IsClauseBreak(j) && !(doc.Is(j, ".") && j + 1 >= limit)) return false; continue; }
            if (FunctionWords.IsCoordinator(doc.Word(j))) return false;
        }
        return true;
    }

    /// <summary>How far before a content its sentence may open with a subordinator for the content to be inside that clause
    /// (<c>While most voters said …</c>: the subordinator, a subject of a few words and the cue; bounded); also how far
    /// back a clause fronted after a comma and a joiner is looked for.</summary>
    private const int MaxOpeningClauseTokens = 10;

    /// <summary>How far a clause that opens the sentence may run before the content, a comma then ending the content unless
    /// a relative pronoun follows it (<c>While Lee in the last week escalated a feud … by saying he was not ready …, Berg
    /// launched …</c> had run on into the main clause; allsides: about 90 contents changed, two samples of 16 read, 27 better,
    /// 2 worse).</summary>
    private const int MaxLongOpeningClauseTokens = 25;

    /// <summary>How long a sentence's opener before its comma may be for a subordinate clause to open after it
    /// (<c>For example, while …</c>, <c>In 2019, although …</c>).</summary>
    private const int MaxOpenerTokens = 5;

    /// <summary>
    /// True when the content starts inside a subordinate clause that opens its sentence (<c>While the mayor said …</c>,
    /// <c>Although Smith said …</c>; the subordinators are the <c>Subordinator</c> words of
    /// <c>Models/claimwords.tsv</c>), with no comma or quotation between the clause's start and the content; the clause
    /// may follow a short opener set off by a comma (<c>For example, while …</c>, up to <see cref="MaxOpenerTokens"/> words),
    /// be qualified (<c>Even as …</c>, <c>A few weeks after …</c>) or open after a comma and a joiner inside the sentence
    /// (<c>…, and though Lee said …</c>).
    /// </summary>
    public static bool InOpeningSubordinateClause(ExtractionContext ctx, int first) => OpeningClauseLength(ctx, first) > 0;

    /// <summary>How many tokens the subordinate clause the content starts in (<see cref="InOpeningSubordinateClause"/>) runs
    /// before <paramref name="first"/>; 0 when the content starts in none. A clause that opens the sentence may run up to
    /// <see cref="MaxLongOpeningClauseTokens"/>, one fronted after a joiner up to <see cref="MaxOpeningClauseTokens"/>.</summary>
    private static int OpeningClauseLength(ExtractionContext ctx, int first)
    {
        var doc = ctx.Doc;
        // "For example, while Lee slammed …", "Still, although …": past a short opener set off by a comma.
        int sFirst = AfterShortOpener(doc, doc.SentenceStart(doc.SentenceOf(first)), first);
        // "But as technology threatens …": past a joiner opening the sentence.
        if (sFirst + 1 < first && doc.Is(sFirst, FunctionWords.IsCoordinator)) sFirst++;
        sFirst = PastSubordinatorQualifier(doc, sFirst, first);
        if (!OpensSubordinateClauseBefore(ctx, sFirst, first, MaxLongOpeningClauseTokens))
        {
            // "…, and though Lee has said she will accept the ruling, her allies …": a clause fronted after a comma and a
            // joiner inside the sentence (from PolNeAR train's contents that ran on into the main clause).
            int joined = first - 2;
            while (joined > sFirst + 1 && first - joined <= MaxOpeningClauseTokens && !IsSubordinator(doc, joined)) joined--;
            if (joined <= sFirst + 1 || !doc.Is(joined - 1, FunctionWords.IsCoordinator) || !doc.Is(joined - 2, ",")) return 0;
            return OpensSubordinateClauseBefore(ctx, joined, first, MaxOpeningClauseTokens) ? first - joined : 0;
        }
        return first - sFirst;
    }

    /// <summary>True when the comma at <paramref name="comma"/> follows the first adjective after <c>a</c> (<c>a new,</c>), the word
    /// after it opens no subject, and a later comma before <paramref name="limit"/>, outside quotations, is followed by one.</summary>
    private static bool IsAdjectiveCommaBeforeClauseEnd(ExtractionContext ctx, int comma, int limit)
    {
        var doc = ctx.Doc;
        if (comma + 1 >= limit || !doc.Is(comma - 2, FunctionWords.IsIndefiniteArticle)) return false;
        if (doc.Tokens[comma + 1].Kind != TokenKind.Word || doc.Is(comma + 1, FunctionWords.OpensSubject)) return false;
        for (int k = comma + 1; k + 1 < limit; k++)
            if (ctx.InQuote[k] < 0 && doc.Is(k, ",") && (doc.Is(k + 1, FunctionWords.OpensSubject) || doc.Is(k + 1, FunctionWords.IsPossessiveDeterminer))) return true;
        return false;
    }

    /// <summary>The token after a short opener set off by a comma at the sentence start <paramref name="sFirst"/> (<c>For
    /// example,</c>, <c>In a September debate,</c>: up to <see cref="MaxOpenerTokens"/> words, no other break or quotation,
    /// the comma before <paramref name="before"/>), or <paramref name="sFirst"/> itself when there is none.</summary>
    internal static int AfterShortOpener(DocumentView doc, int sFirst, int before)
    {
        for (int c = sFirst + 1; c <= sFirst + MaxOpenerTokens && c + 1 < before; c++)
        {
            if (doc.Is(c, ",")) return c + 1;
            if (doc.IsClauseBreak(c) || doc.Tokens[c].Kind == TokenKind.Quote) break;
        }
        return sFirst;
    }

    /// <summary>True when token <paramref name="k"/> is a subordinator of contrast (<c>though</c>, <c>although</c>,
    /// <c>whereas</c>: claim words both Contrast and Subordinator).</summary>
    private static bool IsContrastSubordinator(DocumentView doc, int k) =>
        (Links.ClaimWords.Embedded.Of(doc.Word(k)) & (Links.ClaimWord.Contrast | Links.ClaimWord.Subordinator)) == (Links.ClaimWord.Contrast | Links.ClaimWord.Subordinator);

    /// <summary>True when token <paramref name="k"/> is a subordinator of the claim words (<c>while</c>, <c>although</c>;
    /// any case).</summary>
    internal static bool IsSubordinator(DocumentView doc, int k) =>
        (Links.ClaimWords.Embedded.Of(doc.Word(k)) & Links.ClaimWord.Subordinator) != 0;

    /// <summary>True when a subordinator at <paramref name="clause"/> opens a clause that runs unbroken (no comma, quotation
    /// or clause break) to the content at <paramref name="first"/>, a subject and a cue away at most.</summary>
    private static bool OpensSubordinateClauseBefore(ExtractionContext ctx, int clause, int first, int maxTokens)
    {
        var doc = ctx.Doc;
        if (first - clause > maxTokens || first - clause < 2 || !IsSubordinator(doc, clause)) return false;
        for (int k = clause + 1; k < first; k++)
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || ctx.InQuote[k] >= 0) return false;
        return true;
    }

    /// <summary>
    /// The subordinator a sentence's opening words qualify (<c>Even as …</c>, <c>Just as …</c>, <c>Shortly after …</c>: grammar
    /// list <c>subordinator-qualifier</c>; <c>A few weeks after …</c>, <c>Days before …</c>: a span of time), or
    /// <paramref name="start"/> itself (from PolNeAR train's contents that ran on past such a clause's comma).
    /// </summary>
    private static int PastSubordinatorQualifier(DocumentView doc, int start, int first)
    {
        if (start + 1 < first && doc.Is(start, IsSubordinatorQualifierAnyCase) && IsSubordinator(doc, start + 1)) return start + 1;
        // "A few weeks after", "Two days before", "Months after": determiners and counts, then a time word.
        int k = start;
        while (k < first && k - start < MaxTimeSpanTokens
               && (doc.Tokens[k].Kind == TokenKind.Number || doc.Is(k, FunctionWords.IsIndefiniteArticle) || doc.Is(k, FunctionWords.IsCountWord)))
            k++;
        if (k < first && k - start < MaxTimeSpanTokens && doc.Is(k, IsTimePhraseWordAnyCase) && doc.Is(k + 1, FunctionWords.IsTemporalSubordinator)
            && !doc.Is(k + 1, "as"))
            return k + 1;
        return start;
    }

    /// <summary>How many words a span of time before a subordinator may take (<c>a few weeks after</c>).</summary>
    private const int MaxTimeSpanTokens = 3;

    private static bool IsSubordinatorQualifierAnyCase(ReadOnlySpan<char> w) => PhraseReader.InAnyCase(w, FunctionWords.IsSubordinatorQualifier);

    private static bool IsTimePhraseWordAnyCase(ReadOnlySpan<char> w) => PhraseReader.InAnyCase(w, FunctionWords.IsTimePhraseWord);

    /// <summary>
    /// True when <c>, but</c> at <paramref name="k"/> opens a clause with a subject of its own (<c>denies it seeks the bomb,
    /// but the deal sought to prevent that</c>, <c>insisted the border was calm, but the army was shelling it</c>): after
    /// a cue that takes a stance (deny, insist, accuse, request) the writer's answer to it, not more of the claim. After a
    /// neutral cue (<c>said the talks failed, but they would try again</c>) the clause may be the speaker's own, so it stays.
    /// </summary>
    private static bool StartsWritersContrast(ExtractionContext ctx, int k, int sEnd)
    {
        var doc = ctx.Doc;
        if (!doc.Is(k, ",") || k + 2 >= sEnd || !doc.Is(k + 1, "but") || ctx.InQuote[k + 2] >= 0) return false;
        var w = doc.Word(k + 2);
        return FunctionWords.IsDeterminer(w) || FunctionWords.IsThirdPersonPronounSubject(w) || w is "there" || (char.IsUpper(w[0]) && doc.IsEntityToken(k + 2))
            // ", but locals are still cut off": a bare plural subject and its auxiliary (t31).
            || (k + 3 < sEnd && char.IsLower(w[0]) && w.EndsWith("s") && !FunctionWords.IsAuxiliary(w) && doc.Is(k + 3, FunctionWords.IsAuxiliary));
    }

    /// <summary>
    /// True when token <paramref name="k"/> ends a content that is so far a noun phrase (the caller tracks that no verb or
    /// clause word came yet): a joiner and a verb, the speaker's next act (<c>condemned the raid, but did not name …</c>,
    /// <c>denied the charge and has asked for an inquiry</c>); or the writer's timing (<c>accused the government of lying
    /// after the vote</c>: grammar list <c>noun-content-end</c>).
    /// A noun phrase cannot take the verb, and our gold ends such contents before the time clause (read sets: 0 of 5
    /// stance-cue contents run on past <c>after</c>/<c>following</c>, <c>and has</c>, <c>and want</c>; say-cue contents keep
    /// them, 21 times, and a say-cue's clause may put its verb after them, so only cues that take a stance other than
    /// asserting are read this way). Found in t04, t08, t32, t33.
    /// </summary>
    private static bool EndsNounPhraseContent(ExtractionContext ctx, int k, int sEnd)
    {
        var doc = ctx.Doc;
        if (k + 1 >= sEnd || ctx.InQuote[k] >= 0 || ctx.InQuote[k + 1] >= 0) return false;
        // "denied the report on Monday": the day of the denial, not part of what was denied.
        // (Only at the content's end: "warned X on Thursday against Y" goes on to what was said.)
        if (doc.Is(k, FunctionWords.IsDayOpener) && FunctionWords.IsDayOrTime(doc.Word(k + 1)) && char.IsUpper(doc.Word(k + 1)[0])
            && (k + 2 >= sEnd || doc.Tokens[k + 2].Kind is TokenKind.Punctuation)) return true;
        // "after the vote", "after he introduced a bill". ("following" is left out: as often a verb, "keep following them".)
        if (doc.Is(k, FunctionWords.IsNounContentEnd))
        {
            if (doc.Tokens[k + 1].Kind == TokenKind.Number) return true;
            var after = doc.Word(k + 1);
            return FunctionWords.OpensSubject(after) || (!after.IsEmpty && char.IsDigit(after[0]));
        }
        // (A verb right after a comma may be the content's own after an appositive: "Islamic State, also known as ISIS,
        // was earning …"; a joiner first makes it a second predicate.)
        int joiner = doc.Is(k, ",") ? k + 1 : k;
        if (!(doc.Is(joiner, FunctionWords.IsCoordinator) || doc.Is(joiner, "but"))) return false;
        int next = joiner + 1;
        while (next < sEnd && next < joiner + 4 && FunctionWords.IsLowerCaseAdverb(doc.Word(next))) next++;
        if (next >= sEnd || doc.Tokens[next].Kind != TokenKind.Word) return false;
        var w = doc.Word(next);
        // ("nothing she sent or received was marked": without a comma only an auxiliary opens the second predicate, or "and"
        // with a past verb and its object: "rejected the senator and handed Clinton her lead", PolNeAR train.)
        return char.IsLower(w[0]) && (FunctionWords.IsAuxiliary(w) || (joiner > k && FunctionWords.IsFiniteVerb(w))
            || (doc.Is(joiner, "and") && FunctionWords.IsFiniteVerb(w) && next + 1 < sEnd && OpensObject(doc, next + 1)));
    }

    /// <summary>How far after a joiner a new clause's verb may come (<c>, but the city's own lawyers have …</c>).</summary>
    private const int MaxJoinedSubjectTokens = 6;

    /// <summary>
    /// True when a comma and a joiner at <paramref name="k"/> open a clause with its own subject and verb (<c>explained the
    /// problem in his book, but the voters keep …</c>, <c>called for a boycott, and the league denounced …</c>): after a
    /// noun-phrase content it is the writer's next clause (from PolNeAR train's contents that ran on past such a comma).
    /// </summary>
    private static bool JoinsNewClause(ExtractionContext ctx, int k, int sEnd)
    {
        var doc = ctx.Doc;
        if (!doc.Is(k, ",") || !doc.Is(k + 1, FunctionWords.IsCoordinator) || k + 2 >= sEnd || ctx.InQuote[k + 2] >= 0) return false;
        if (doc.Tokens[k + 2].Kind != TokenKind.Word || !FunctionWords.OpensSubject(doc.Word(k + 2))) return false;
        return PhraseReader.VerbAfterSubject(ctx, k + 2, sEnd, MaxJoinedSubjectTokens, cueWordsAreVerbs: true, wordAfterNameIsVerb: false) >= 0;
    }

    /// <summary>True when token <paramref name="k"/> may open a verb's object: a determiner, an object pronoun or a name.</summary>
    private static bool OpensObject(DocumentView doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && (FunctionWords.IsDeterminer(doc.Word(k)) || FunctionWords.IsObjectPronoun(doc.Word(k)) || char.IsUpper(doc.Word(k)[0]));

    /// <summary>How many tokens a trailing occasion phrase may take (<c>in a telephone interview with CNN on Sunday</c>).</summary>
    private const int MaxOccasionTokens = 12;

    /// <summary>
    /// The content's last token before a closing phrase that names the occasion, medium or channel of the saying: a
    /// preposition of grammar list <c>occasion-preposition</c> (<c>in</c>, <c>during</c>, <c>at</c>, <c>on</c>, <c>through</c>,
    /// <c>via</c>), a determiner and at most two words, a noun of grammar list <c>occasion-noun</c> heading its phrase (<c>in
    /// an interview</c>, <c>during a briefing</c>, <c>through a spokeswoman</c>), then only names, days or words without a
    /// verb to the end; <paramref name="last"/> itself when there is none, when it would leave fewer than two tokens, or
    /// when the phrase belongs to the word before it (<c>the evidence was in the email</c>, <c>relied on a memo</c>).
    /// </summary>
    private static int BeforeTrailingOccasion(ExtractionContext ctx, int first, int last)
    {
        var doc = ctx.Doc;
        for (int p = last - 1; p >= first + 2 && p >= last - MaxOccasionTokens; p--)
        {
            var w = doc.Word(p);
            if (ctx.InQuote[p] >= 0 || doc.Tokens[p].Kind is not (TokenKind.Word or TokenKind.Number)) return last;
            if (FunctionWords.IsAuxiliary(w) || FunctionWords.IsFiniteVerb(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsRelativePronoun(w)) return last;
            if (!FunctionWords.IsOccasionPreposition(w) || !doc.Is(p + 1, FunctionWords.IsDeterminer)) continue;
            for (int n = p + 2; n <= p + 4 && n <= last; n++)
            {
                // (The phrase's head, not a noun's modifier: "on the email accounts of staff".)
                if (!doc.Is(n, FunctionWords.IsOccasionNoun) || (n < last && doc.Tokens[n + 1].Kind == TokenKind.Word && char.IsLower(doc.Word(n + 1)[0])
                                                                 && !FunctionWords.IsPreposition(doc.Word(n + 1)))) continue;
                // (Not a complement of "be", "the evidence was in the email"; nor a phrase joined to one before it, "testified
                // before the grand jury and during his interviews"; nor a participle's or particle's, "has been working on the
                // speech", "weigh in on her statements"; nor "on" right after a verb, "relied on a memo", where "failed in an
                // interview" is the occasion.)
                var before = doc.Word(p - 1);
                if (FunctionWords.IsAuxiliary(before) || FunctionWords.IsFiniteBe(before) || FunctionWords.IsCoordinator(before) || FunctionWords.IsPreposition(before)
                    || (before.Length > 4 && before.EndsWith("ing")) || ctx.InQuote[p - 1] >= 0
                    || (doc.Is(p, "on") && (FunctionWords.IsFiniteVerb(before) || FunctionWords.IsPresentVerb(before)))) return last;
                int end = p - 1;
                while (end > first && doc.Tokens[end].Kind == TokenKind.Punctuation) end--;
                return end;
            }
        }
        return last;
    }

    /// <summary>
    /// The last token of reported content starting at <paramref name="first"/>: the sentence's end, or before
    /// ", according to", "and said", "but … acknowledged". Returns a value below <paramref name="first"/> when there is no
    /// content (the caller drops the claim).
    /// </summary>
    public static int End(ExtractionContext ctx, int first, int sEnd, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        var inQuote = ctx.InQuote;
        if (first >= sEnd || first >= doc.Tokens.Length) return first - 1;
        int limit = Math.Min(sEnd, first + MaxContentTokens);
        int last = limit - 1;
        bool dashSeen = false;
        bool clauseSeen = false; // a verb or clause word in the content so far: it is no longer a noun phrase
        bool commaSeen = false; // a comma in the content so far: an "and" after another comma ends a list ("X, Y, and Z were")
        int openingClause = OpeningClauseLength(ctx, first);
        bool inOpeningClause = openingClause > 0;
        // (Past the short bound, no comma before a relative pronoun ends such a clause: not "… the plan, which cost millions, was".)
        bool longOpeningClause = openingClause > MaxOpeningClauseTokens;
        bool RelativeFollowsLongClause(int next) => longOpeningClause && next < sEnd && FunctionWords.IsRelativePronoun(doc.Word(next));
        for (int k = first; k < limit; k++)
        {
            if (inQuote[k] >= 0)
            {
                // "called the deal an “embarrassment,” Tillerson said …": a quote closed on a comma, then the next attribution.
                if (k > first && doc.Tokens[k].Kind == TokenKind.Quote && doc.Is(k - 1, ",") && k + 1 < sEnd && inQuote[k + 1] < 0 && NextAttributionStartsAt(ctx, k, sEnd))
                {
                    last = k - 2;
                    break;
                }
                // "While Lee slammed “Medicare for All,” she praised …": a quote closed on a comma closes the clause too.
                if (inOpeningClause && k > first + 1 && doc.Tokens[k].Kind == TokenKind.Quote && doc.Is(k - 1, ",") && inQuote[k - 1] == inQuote[k] && k + 1 < sEnd && inQuote[k + 1] < 0
                    && !RelativeFollowsLongClause(k + 1))
                {
                    last = k;
                    break;
                }
                continue;
            }
            if (doc.IsAccordingTo(k, sEnd))
            {
                draft.ViaCueToken = k; // the source's own claim, not a second claim by the via, once this claim is kept
                ctx.SetVia(draft, PhraseReader.SpeakerAfter(doc, k + doc.SourcePhraseLength(k, sEnd), sEnd, inQuote, adjunctAfterName: false));
                last = k - 1;
                break;
            }
            // "Although Smith said taxes would fall, the budget shows …": the comma closes the clause the claim is in.
            // (Not a comma between the adjectives after "a", "called for a new, mutually beneficial relationship with China, Pence
            // …", when a later comma closes the clause before a subject; from the allsides diff of the qualified openers.)
            if (inOpeningClause && k > first + 1 && doc.Is(k, ",") && !IsAdjectiveCommaBeforeClauseEnd(ctx, k, limit)
                && !RelativeFollowsLongClause(k + 1))
            { last = k - 1; break; }
            // "Forbes says the U.S. has more billionaires; Wealth-X tallies 585 …": a semicolon outside a quotation joins the
            // writer's next clause (PolNeAR train ends its contents there; the 60 articles' gold has no content across one).
            // (Not a list of parallel clauses: "; if it had …", "; that he was slow to …".)
            if (k > first && doc.Is(k, ";") && !doc.Is(k + 1, "that") && !doc.Is(k + 1, "if")) { last = k - 1; break; }
            if (k > first && NextAttributionStartsAt(ctx, k, sEnd)) { last = k - 1; break; }
            if (k > first && !clauseSeen && draft.CueClass is not (CueClass.Neutral or CueClass.Assert) && EndsNounPhraseContent(ctx, k, sEnd)) { last = k - 1; break; }
            if (k > first + 1 && !clauseSeen && JoinsNewClause(ctx, k, sEnd) && (doc.Is(k + 1, "but") || !commaSeen)) { last = k - 1; break; }
            bool commaBefore = commaSeen;
            if (doc.Is(k, ",")) commaSeen = true;
            if (inQuote[k] < 0 && doc.Tokens[k].Kind == TokenKind.Word
                && (FunctionWords.IsAuxiliary(doc.Word(k)) || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsClauseWord(doc.Word(k)))) clauseSeen = true;
            if (k > first + 1 && draft.CueClass != CueClass.Neutral && StartsWritersContrast(ctx, k, sEnd)) { last = k - 1; break; }
            if (k > first && !dashSeen && StartsAppositive(ctx, k, limit)) { last = k - 1; break; }
            // (Not after another comma of the content: "gave him and his wife, Janna, a chance to …" goes on with its object.)
            if (k > first + 1 && clauseSeen && !commaBefore && StartsClosingGloss(ctx, k, limit)) { last = k - 1; break; }
            if (doc.IsDash(k)) dashSeen = true; // a later dash may close this one's aside
        }
        while (last > first && (doc.Tokens[last].Kind == TokenKind.Punctuation || (doc.Tokens[last].Kind == TokenKind.Quote && inQuote[last] < 0))) last--;
        // "said the plan had failed in an interview with CNN on Sunday": the occasion of the saying, closing the content,
        // is no part of it (issue 8's trailing material; PolNeAR train ends 29 contents before such a phrase, 4 after it).
        if (last + 1 >= sEnd || doc.Tokens[last + 1].Kind == TokenKind.Punctuation) last = BeforeTrailingOccasion(ctx, first, last);
        // "he expects “to act fully … I expect that will be …”": a quotation opened in the content runs to its close,
        // across sentences (bounded, like the content itself).
        if (first <= last && last + 1 < doc.Tokens.Length && inQuote[last] >= 0 && inQuote[last + 1] == inQuote[last] && inQuote[first] != inQuote[last])
        {
            int q = inQuote[last];
            int k = last + 1;
            while (k < doc.Tokens.Length && k < first + MaxQuoteCarry && inQuote[k] == q) k++;
            last = k - 1;
            while (last > first && doc.Tokens[last].Kind == TokenKind.Punctuation) last--;
        }
        return last;
    }
}
