namespace PoliticalNlp.Claims;

/// <summary>
/// Where the content of a cue read by <see cref="SpeakerCueContentLayout"/> starts: after its <c>that</c> (past an
/// adjunct: <c>admitted to a crowd of angry workers that …</c>), after the person told (<c>told reporters the …</c>),
/// past a sentence adverb or a time phrase (<c>said on Monday she …</c>); and whether what follows is an adjunct alone.
/// </summary>
internal static class ContentStartReader
{
    /// <summary>How many words the person warned and a day may take before <c>against</c>/<c>of</c>.</summary>
    private const int MaxWarnedPersonTokens = 7;

    /// <summary>The token after <c>against</c>/<c>of</c> (grammar list warning-topic-preposition) when only a person or
    /// body warned (capitalised words: a name and its title; or an object pronoun) and a day stand between
    /// <paramref name="from"/> and it; else -1.</summary>
    private static int WarnedPersonEnd(ExtractionContext ctx, int from, int sEnd)
    {
        var doc = ctx.Doc;
        if (from >= sEnd || doc.Tokens[from].Kind != TokenKind.Word || !(char.IsUpper(doc.Word(from)[0]) || FunctionWords.IsObjectPronoun(doc.Word(from)))) return -1;
        for (int k = from + 1; k < sEnd && k <= from + MaxWarnedPersonTokens; k++)
        {
            if (ctx.InQuote[k] >= 0) return -1;
            var w = doc.Word(k);
            if (FunctionWords.IsWarningTopicPreposition(w)) return k + 1 < sEnd ? k + 1 : -1;
            if (doc.Tokens[k].Kind != TokenKind.Word || !(char.IsUpper(w[0]) || FunctionWords.IsDayOrTime(w) || FunctionWords.IsDayOpener(w))) return -1;
        }
        return -1;
    }

    /// <summary>The first token of the content after the cue at <paramref name="cue"/> (the token after the cue when
    /// nothing is skipped).</summary>
    public static int Find(ExtractionContext ctx, int cue, CueEntry entry, (int Start, int End) subject, int sFirst, int sEnd)
    {
        var doc = ctx.Doc;
        int contentFirst = cue + entry.Words;
        // "Lee said: the plan is dead.": a colon after the cue opens the content (a quotation after it has its own layout).
        // (Not a finding, "was nowhere to be found: …", nor a verb after "to".)
        if (contentFirst + 1 < sEnd && doc.Is(contentFirst, ":") && doc.Tokens[contentFirst + 1].Kind == TokenKind.Word && ctx.InQuote[contentFirst + 1] < 0
            && (entry.Flags & CueFlags.Finding) == 0 && !(cue > sFirst && doc.Is(cue - 1, "to")))
            return contentFirst + 1;
        // "Iran warned President Trump on Thursday against being dragged into war": a warning's content is what it warns
        // of, after the person warned (a name and its title, or an object pronoun; a day) and "against"/"of".
        if (entry.Class == CueClass.Warn && WarnedPersonEnd(ctx, contentFirst, sEnd) is var topic and > 0) return topic;
        // "He added, though, that …", "said, however, the …": a sentence adverb between commas before the content.
        if (contentFirst + 3 < sEnd && doc.Is(contentFirst, ",") && doc.Is(contentFirst + 2, ",")
            && FunctionWords.IsSentenceAdverb(doc.Word(contentFirst + 1)))
            contentFirst = doc.Is(contentFirst + 3, "that") ? contentFirst + 4 : contentFirst + 3;
        // "said, among other things, that …", "said — on Twitter, as it happens — that …": a short aside between commas or
        // dashes, then "that" (from PolNeAR train's missed attributions).
        // (Past a comma right after that "that" too: "said, among other things, that, if elected, he …".)
        if (contentFirst < sEnd && (doc.Is(contentFirst, ",") || doc.IsDash(contentFirst)) && AsideThenThat(ctx, contentFirst, sEnd) is int that and > 0)
            return that + 1 < sEnd && doc.Is(that + 1, ",") ? that + 2 : that + 1;
        // "said Tuesday, in an interview with a local paper, that …", "said on CNN, where she is a contributor, that …": the
        // same after a short adjunct of the cue (a day, a preposition's phrase) (PolNeAR train's missed attributions).
        if (AdjunctEnd(ctx, contentFirst, sEnd) is int comma and > 0 && AsideThenThat(ctx, comma, sEnd) is int thatAfter and > 0)
            return thatAfter + 1 < sEnd && doc.Is(thatAfter + 1, ",") ? thatAfter + 2 : thatAfter + 1;
        // "warned, as she did last year, that …", "maintaining as he has throughout the inquiry that …": a comparison with an
        // earlier saying, a pronoun and its auxiliary after "as", then "that" (allsides articles' contents that began "as she
        // did").
        if (ComparisonThenThat(ctx, contentFirst, sEnd) is int compared and > 0)
            return compared + 1 < sEnd && doc.Is(compared + 1, ",") ? compared + 2 : compared + 1;
        // "He added, that there is …": a stray comma between the cue and its "that".
        // (Not "noted, that's what …": "that" with its verb contracted is the clause's subject.)
        // (Nor "said, that is, …": "that" with its verb; past a comma after "that": "added, that, if elected, he …".)
        if (contentFirst + 2 < sEnd && doc.Is(contentFirst, ",") && doc.Is(contentFirst + 1, "that") && ctx.InQuote[contentFirst + 2] < 0)
        {
            int after = doc.Is(contentFirst + 2, ",") ? contentFirst + 3 : contentFirst + 2;
            var w = after < sEnd ? doc.Word(after) : default;
            if (after < sEnd && doc.Tokens[after].Kind == TokenKind.Word && ctx.InQuote[after] < 0 && !FunctionWords.IsContractedAuxiliary(w)
                && !FunctionWords.IsAuxiliary(w) && !FunctionWords.IsFiniteVerb(w)) return after;
        }
        // "reported, according to sources in the meetings, Clinton tried to …": an "according to" aside, then the clause.
        if (contentFirst + 3 < sEnd && doc.Is(contentFirst, ",") && doc.IsAccordingTo(contentFirst + 1, sEnd) && ClauseAfterAside(ctx, contentFirst, sEnd) is var clause and > 0)
            return clause;
        // "admitted to a crowd of angry workers that he had voted": content starts after "that".
        // "said on “Fox News Sunday” that …": a short quoted title inside the adjunct before "that".
        bool adjunct = cue + entry.Words < sEnd && IsAdjunctStart(doc.Word(cue + entry.Words));
        // "described the weekend strike that initially halved …": after a direct object, "that" opens a relative clause
        // (verbs that take a person before their clause excepted: "told the committee that …").
        bool objectFirst = cue + entry.Words < sEnd && FunctionWords.IsDeterminer(doc.Word(cue + entry.Words)) && !FunctionWords.IsPersonObjectLemma(entry.Lemma);
        for (int k = cue + 1; !objectFirst && k < Math.Min(sEnd, cue + (adjunct ? CueFinder.MaxAdjunctBeforeThat + 1 : 10)); k++)
        {
            if (adjunct && ctx.InQuote[k] >= 0) continue;
            // "said Sunday in Madison, Wisconsin, that …": a place and its state set off by commas inside the adjunct (PolNeAR
            // train's attributions missed there).
            if (PlaceAndStateThenThat(ctx, k, sEnd) is var placeThat and > 0) { contentFirst = placeThat + 1; break; }
            if (doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) break;
            // "said Bush and Powell decided mutually that …": a verb in between means the clause began at the cue.
            if (k > cue + 1 && FunctionWords.IsFiniteVerb(doc.Word(k))) break;
            // "said Muslims face no bias and that Obama is to blame": a joined "that" is the clause's second half.
            if (doc.Is(k, "that") && k > cue + 2 && doc.Is(k - 1, FunctionWords.IsCoordinator)) break;
            // "vowed to form a government that excludes …", "threatened to slap tariffs on firms that …": after a cue of
            // commitment, warning or hope an infinitive is the content, and a later "that" is a relative pronoun inside it
            // (other cues take "to" before the one addressed: "explained to a jury that", "acknowledged to loud cheers
            // that"; allsides articles, about 80 such claims; the classes, not the cue flag "infinitive", which marks the cues
            // that report nothing without a clause or infinitive, say which cues take one).
            if (k == cue + entry.Words && entry.Class is CueClass.Commit or CueClass.Warn or CueClass.Believe && k + 1 < sEnd && OpensVerbInfinitive(doc, k)) break;
            // ("said that’s reason enough", "said that was a mistake": "that" with a verb straight after it is the clause's
            // subject; allsides sample.)
            if (doc.Is(k, "that") && k == cue + entry.Words && k + 1 < sEnd && ctx.InQuote[k + 1] < 0
                && (FunctionWords.IsContractedAuxiliary(doc.Word(k + 1)) || FunctionWords.IsAuxiliary(doc.Word(k + 1)))
                && !(k + 2 < sEnd && FunctionWords.IsPersonalPronounSubject(doc.Word(k + 2)))) break; // ("added that should he run, …")
            if (doc.Is(k, "that")) { contentFirst = k + 1; break; }
        }
        // ("were told not to worry": a negation after the cue is the content's, not a person told.)
        if (contentFirst == cue + 1 && FunctionWords.IsTellForm(doc.Word(cue)) && cue + 1 < sEnd && doc.Tokens[cue + 1].Kind == TokenKind.Word
            && !FunctionWords.IsCueNegator(doc.Word(cue + 1)))
        {
            contentFirst = cue + 2; // "told reporters the …"
            // "told the court her client was innocent", "told a federal court Friday he does not …": a determiner and a noun
            // told (an adjective before it, a day after it), then the clause.
            if (FunctionWords.IsDeterminer(doc.Word(cue + 1)) && PersonToldEnd(ctx, cue + 2, sEnd) is var told and > 0) contentFirst = told;
            // "told a crowd in Kent, Ohio, that …": a longer phrase told, then "that"; with neither shape the determiner
            // stays with its noun ("telling the truth"), not cut from it (allsides sample).
            else if (FunctionWords.IsDeterminer(doc.Word(cue + 1)) && !FunctionWords.IsObjectPronoun(doc.Word(cue + 1)))
                contentFirst = ToldPhraseEnd(ctx, cue + 2, sEnd) is var after and > 0 ? after : cue + 1;
            // ("told congressional lawmakers last week …": no article, more than one word told.)
            else if (char.IsLower(doc.Word(cue + 1)[0]) && PersonToldEnd(ctx, cue + 1, sEnd) is var bare and > 0 && bare > cue + 2) contentFirst = bare;
            // "told The Wall Street Journal, the budget …": a name told, in several words up to a comma; the content
            // follows the comma.
            int k = cue + 1;
            if (doc.Is(k, "the")) k++;
            int nameFirst = k;
            while (k < sEnd && k <= cue + ContentThenCueLayout.MaxPersonToldTokens && doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.Word(k)[0])) k++;
            // (One capitalised word is a name told too when a sentence adverb and "that" follow: "told POLITICO, however, that".)
            bool adverbThenThat = k + 3 < sEnd && doc.Is(k, ",") && FunctionWords.IsSentenceAdverb(doc.Word(k + 1))
                && doc.Is(k + 2, ",") && doc.Is(k + 3, "that");
            // "told Fox News Sunday he was …": a name told in several words, then a clause opened by a subject pronoun.
            if (k > cue + 2 && k + 1 < sEnd && ctx.InQuote[k] < 0 && FunctionWords.IsPersonalPronounSubject(doc.Word(k))) contentFirst = k;
            else if ((k > cue + 2 || (adverbThenThat && k > nameFirst)) && k + 1 < sEnd && doc.Is(k, ",") && ctx.InQuote[k + 1] < 0)
            {
                contentFirst = k + 1;
                // "told POLITICO, however, that she …": a sentence adverb set off before the "that".
                if (adverbThenThat) contentFirst = k + 4;
            }
        }
        // "…, the U.S. command said Saturday.": a day after the cue is not content; the content came before.
        // "The indictment also said that, sometime before …": past the comma after "that".
        if (contentFirst < sEnd && contentFirst > cue + 1 && doc.Is(contentFirst - 1, "that") && doc.Is(contentFirst, ",")) contentFirst++;
        // "admitted to using blackface": the gerund is the content.
        if (contentFirst == cue + 1 && doc.Is(contentFirst, "to") && contentFirst + 1 < sEnd && doc.Word(contentFirst + 1).EndsWith("ing")) contentFirst++;
        // "which said earlier this week it was investigating", "vowed Thursday to show": past a time phrase to the clause.
        // ("said on Monday she had been misquoted": a day after "on" too.)
        if (contentFirst + 1 < sEnd && contentFirst == cue + entry.Words && doc.Is(contentFirst, FunctionWords.IsDayOpener)
            && FunctionWords.IsDayOrTime(doc.Word(contentFirst + 1)) && char.IsUpper(doc.Word(contentFirst + 1)[0])
            && contentFirst + 2 < sEnd && FunctionWords.IsContentOpenerAfterTime(doc.Word(contentFirst + 2)) && !doc.IsClauseBreak(contentFirst + 3))
            contentFirst = doc.Is(contentFirst + 2, "that") ? contentFirst + 3 : contentFirst + 2;
        if (contentFirst < sEnd && FunctionWords.IsDayOrTime(doc.Word(contentFirst)))
        {
            int k = contentFirst + 1;
            while (k < sEnd && k < contentFirst + 4 && FunctionWords.IsTimePhraseWord(doc.Word(k))) k++;
            if (k < sEnd && k + 1 < sEnd && FunctionWords.IsContentOpenerAfterTime(doc.Word(k)) && !doc.IsClauseBreak(k + 1))
                contentFirst = doc.Is(k, "that") ? k + 1 : k;
        }
        // ("announced a year ago that …": a count or article and time words, then "that".)
        if (contentFirst == cue + entry.Words)
        {
            int k = contentFirst;
            while (k < sEnd && k < contentFirst + MaxTimeAgoTokens && (doc.Tokens[k].Kind == TokenKind.Number || FunctionWords.IsCountWord(doc.Word(k))
                   || FunctionWords.IsIndefiniteArticle(doc.Word(k)) || FunctionWords.IsTimePhraseWord(doc.Word(k)))) k++;
            // ("threatened last week to impose …": an infinitive after the time phrase too.)
            if (k > contentFirst + 1 && k + 1 < sEnd && FunctionWords.IsTimePhraseWord(doc.Word(k - 1)) && !FunctionWords.IsTimePhraseOpener(doc.Word(k - 1)))
            {
                if (doc.Is(k, "that")) contentFirst = k + 1;
                else if (CueFinder.OpensInfinitive(doc, k)) contentFirst = k;
            }
        }
        // "said in politics it takes time …": a short phrase of a preposition before a clause opened by a subject pronoun.
        if (contentFirst == cue + entry.Words && contentFirst < sEnd && IsAdjunctStart(doc.Word(contentFirst))
            && PronounAfterShortPhrase(ctx, contentFirst, sEnd) is var pronoun and > 0) contentFirst = pronoun;
        // "She said, the plan would fail.", "He said, if elected, he would …": a comma straight after the cue, then a clause
        // opening with a pronoun, determiner or condition (not "said, adding", "said, according to", "said, in a statement").
        // (Only when the speaker opens the sentence: "The plan would fail, she said, the minister agreed" has its content before.)
        if (contentFirst == cue + entry.Words && contentFirst + 2 < sEnd && doc.Is(contentFirst, ",") && ctx.InQuote[contentFirst + 1] < 0
            && subject.Start >= 0 && PhraseReader.OnlyDiscourseWordsBefore(doc, sFirst, subject.Start)
            && FunctionWords.IsCommaContentOpener(doc.Word(contentFirst + 1)))
            contentFirst++;
        // "Rubio says, win or lose in the primary, he is staying in the race": an aside between commas with no verb or cue,
        // then a clause with its subject, is part of what was said; an adjunct aside ("said, in a statement, the plan …")
        // is not, and the content is the clause (PolNeAR train's missed attributions). (Not after a "subject" that opens with a
        // preposition: "In addition to the examples just cited, after …, the …" has no speaker.)
        else if (contentFirst == cue + entry.Words && contentFirst + 3 < sEnd && doc.Is(contentFirst, ",") && ctx.InQuote[contentFirst + 1] < 0
            && subject.Start >= 0 && PhraseReader.OnlyDiscourseWordsBefore(doc, sFirst, subject.Start) && !FunctionWords.IsPreposition(doc.Word(subject.Start)) && doc.Tokens[contentFirst + 1].Kind == TokenKind.Word
            && char.IsLower(doc.Word(contentFirst + 1)[0]) && !doc.Word(contentFirst + 1).EndsWith("ing") && !doc.IsAccordingTo(contentFirst + 1, sEnd)
            && AsideWithoutVerb(ctx, contentFirst + 1, sEnd) && ClauseAfterAside(ctx, contentFirst, sEnd) is var clauseStart and > 0)
            contentFirst = FunctionWords.IsPreposition(doc.Word(contentFirst + 1)) ? clauseStart : contentFirst + 1;
        return contentFirst;
    }

    /// <summary>True when the words from <paramref name="from"/> to the next comma hold no verb, cue or quotation.</summary>
    private static bool AsideWithoutVerb(ExtractionContext ctx, int from, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = from; k < sEnd && k <= from + MaxAsideTokens; k++)
        {
            if (doc.Is(k, ",")) return k > from;
            if (ctx.InQuote[k] >= 0 || doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote) return false;
            var w = doc.Word(k);
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || ctx.Cues.IsCueWord(w)) return false;
        }
        return false;
    }

    /// <summary>How many words a preposition's phrase between a cue and a pronoun-led clause may have.</summary>
    private const int MaxPhraseBeforePronoun = 4;

    /// <summary>The subject pronoun (<c>he</c>, <c>it</c>, <c>they</c>) after a preposition's phrase of a few words with no verb
    /// or break, or -1.</summary>
    private static int PronounAfterShortPhrase(ExtractionContext ctx, int preposition, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = preposition + 2; k < sEnd && k <= preposition + MaxPhraseBeforePronoun; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || ctx.InQuote[k] >= 0) return -1;
            var w = doc.Word(k);
            if (FunctionWords.IsPersonalPronounSubject(w) && k + 1 < sEnd && doc.Tokens[k + 1].Kind == TokenKind.Word
                && (FunctionWords.IsFiniteVerb(doc.Word(k + 1)) || FunctionWords.IsAuxiliary(doc.Word(k + 1)) || doc.Word(k + 1).EndsWith("s"))) return k;
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsClauseWord(w) || w.EndsWith("ing")) return -1;
        }
        return -1;
    }

    /// <summary>How many tokens a longer phrase told (<c>a crowd in Kent, Ohio,</c>) may have before its <c>that</c>.</summary>
    private const int MaxToldPhraseTokens = 12;

    /// <summary>Where the content starts after a phrase told that starts at <paramref name="first"/>: after the <c>that</c>
    /// ending it (<c>[told] a crowd in Kent, Ohio, that …</c>, <c>[told] the committee in a closed session on Friday that
    /// …</c>), at a subject pronoun with its verb (<c>[told] the court in Vorland he was …</c>) or at the <c>to</c> of what
    /// the one told is to do (<c>[told] the crowd over loudspeakers to disperse</c>): at most
    /// <see cref="MaxToldPhraseTokens"/> tokens with no verb, quotation, question word or break but commas and hyphens;
    /// -1 when there is none, or when what they were told about comes first (<c>[told] the minister about his decision to
    /// resign</c>, <c>[told] the story about the day he …</c>).</summary>
    private static int ToldPhraseEnd(ExtractionContext ctx, int first, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = first; k < sEnd && k < first + MaxToldPhraseTokens; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote) return -1;
            if (doc.Is(k, "that")) return k > first && k + 1 < sEnd ? k + 1 : -1;
            // ("… not to worry": the negation is what they were told.)
            if (k > first && k + 1 < sEnd && OpensVerbInfinitive(doc, k)) return FunctionWords.IsCueNegator(doc.Word(k - 1)) ? k - 1 : k;
            if (doc.Is(k, ",") || doc.Is(k, "-")) continue;
            if (doc.Tokens[k].Kind == TokenKind.Number) continue;
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind != TokenKind.Word) return -1;
            var w = doc.Word(k);
            // (Not after a comma or a coordinator: "told the truth, she seemed …", "told his brother, and he returned …".)
            if (k > first && FunctionWords.IsPersonalPronounSubject(w) && !doc.Is(k - 1, ",") && !doc.Is(k - 1, FunctionWords.IsCoordinator)
                && k + 1 < sEnd && ctx.InQuote[k + 1] < 0 && doc.Tokens[k + 1].Kind == TokenKind.Word
                && (FunctionWords.IsFiniteVerb(doc.Word(k + 1)) || FunctionWords.IsAuxiliary(doc.Word(k + 1)) || FunctionWords.IsContractedAuxiliary(doc.Word(k + 1))))
                return k;
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsPersonalPronounSubject(w)
                || FunctionWords.IsQuestionWord(w)) return -1;
            // ("a crowd of about 6,000": before a number it counts.)
            if (FunctionWords.IsTellTopicPreposition(w) && !(k + 1 < sEnd && doc.Tokens[k + 1].Kind == TokenKind.Number)) return -1;
        }
        return -1;
    }

    /// <summary>How many lower-case words the noun told after its determiner may have (<c>a federal court</c>).</summary>
    private const int MaxToldNounWords = 3;

    /// <summary>Where the clause after a noun told starts (<c>[the] court her client …</c>, <c>[a] federal court Friday he
    /// …</c>, <c>[the] Courier the university …</c>): up to <see cref="MaxToldNounWords"/> lower-case words or a name's words
    /// with no verb, an optional day, then a subject pronoun or a determiner; -1 when the words are not that shape.</summary>
    private static int PersonToldEnd(ExtractionContext ctx, int first, int sEnd)
    {
        var doc = ctx.Doc;
        int k = first;
        // (A name told after its article too, in as many words as the name has: "told the Courier the university …", "told
        // the Vorland Herald the paper …".)
        bool name = first < sEnd && doc.Tokens[first].Kind == TokenKind.Word && char.IsUpper(doc.Word(first)[0]) && doc.IsEntityToken(first);
        if (name) k = Math.Min(sEnd, doc.EntityEndToken(first));
        else while (k < sEnd && k < first + MaxToldNounWords && doc.Tokens[k].Kind == TokenKind.Word && (char.IsLower(doc.Word(k)[0]) || doc.IsEntityToken(k))
               && !FunctionWords.IsFiniteVerb(doc.Word(k)) && !FunctionWords.IsAuxiliary(doc.Word(k)) && !FunctionWords.IsDeterminer(doc.Word(k))
               && !FunctionWords.IsPersonalPronounSubject(doc.Word(k)) && !FunctionWords.IsClauseWord(doc.Word(k)) && !FunctionWords.IsPreposition(doc.Word(k))
               && !FunctionWords.IsTimePhraseWord(doc.Word(k)) && !FunctionWords.IsQuestionWord(doc.Word(k)) && !doc.Is(k, "there")) k++;
        if (k == first) return -1;
        bool single = name || k == first + 1;
        bool timed = false;
        if (k < sEnd && FunctionWords.IsDayOrTime(doc.Word(k)) && char.IsUpper(doc.Word(k)[0])) { k++; single = false; }
        // ("told congressional lawmakers last week the administration …": a time phrase after the noun marks where the
        // clause starts, so a determiner may open it.)
        else if (k + 1 < sEnd && FunctionWords.IsTimePhraseWord(doc.Word(k)) && FunctionWords.IsTimePhraseWord(doc.Word(k + 1))) { k += 2; timed = true; }
        // (After one noun a determiner may open the clause, "told the court the plan …"; after more, only a pronoun:
        // "told the whole story the …" is no person told.)
        return k < sEnd && doc.Tokens[k].Kind == TokenKind.Word && ctx.InQuote[k] < 0
               && (FunctionWords.IsPersonalPronounSubject(doc.Word(k)) || ((single || timed) && FunctionWords.IsDeterminer(doc.Word(k)))) ? k : -1;
    }

    /// <summary>How many words the state after a place's comma may have (<c>New Hampshire</c>).</summary>
    private const int MaxStateTokens = 3;

    /// <summary>The "that" after <c>in Place, State,</c> when the comma at <paramref name="comma"/> follows a preposition's
    /// capitalised words and opens one to three capitalised words closed by a comma and "that"; -1 otherwise.</summary>
    private static int PlaceAndStateThenThat(ExtractionContext ctx, int comma, int sEnd)
    {
        var doc = ctx.Doc;
        if (!doc.Is(comma, ",")) return -1;
        // (The place follows its preposition: "in Madison, Wisconsin,", not a list of names.)
        int p = comma - 1;
        while (p > 0 && p >= comma - MaxStateTokens && doc.Tokens[p].Kind == TokenKind.Word && char.IsUpper(doc.Word(p)[0])) p--;
        if (p == comma - 1 || p < 0 || !FunctionWords.IsPreposition(doc.Word(p))) return -1;
        int k = comma + 1;
        while (k < sEnd && k <= comma + MaxStateTokens && doc.Tokens[k].Kind == TokenKind.Word && ctx.InQuote[k] < 0 && char.IsUpper(doc.Word(k)[0])) k++;
        return k > comma + 1 && k + 2 < sEnd && doc.Is(k, ",") && doc.Is(k + 1, "that") && ctx.InQuote[k + 2] < 0 ? k + 1 : -1;
    }

    /// <summary>True when the words at <paramref name="contentFirst"/> are only an adjunct (<c>…, Kerry said on Sunday during
    /// meetings in Berlin.</c>, <c>…, she said in a statement.</c>) and no <c>that</c> came before them: no content.</summary>
    public static bool AdjunctOnly(ExtractionContext ctx, int cue, int contentFirst, int sEnd)
    {
        var doc = ctx.Doc;
        bool sawThat = contentFirst > cue + 1 && (doc.Is(contentFirst - 1, "that") || (doc.Is(contentFirst - 1, ",") && doc.Is(contentFirst - 2, "that")));
        if (contentFirst >= sEnd || sawThat) return false;
        var first = doc.Word(contentFirst);
        // ("said at least six people died": "at least" bounds a quantity, the subject of the content; not "at more than 40
        // rallies", an adjunct.)
        if (first is "at" && contentFirst + 1 < sEnd && doc.Is(contentFirst + 1, FunctionWords.IsQuantityBound)) return false;
        // ("testified voluntarily in 1998", "responded enthusiastically by easing sanctions": an adverb, then an adjunct.)
        bool adverbThenAdjunct = FunctionWords.IsLowerCaseAdverb(first) && contentFirst + 1 < sEnd
            && ((FunctionWords.IsPreposition(doc.Word(contentFirst + 1)) && !OpensVerbInfinitive(doc, contentFirst + 1)) || FunctionWords.IsDayOrTime(doc.Word(contentFirst + 1)));
        return ((IsAdjunctStart(first) || FunctionWords.IsDayOrTime(first) || adverbThenAdjunct) && OnlyAdjunctToBreak(ctx, adverbThenAdjunct ? contentFirst + 1 : contentFirst, sEnd))
            || IsTimeAgo(ctx, contentFirst, sEnd);
    }

    /// <summary>How many words a time phrase after a cue may have (<c>ten days ago</c>, <c>earlier this month</c>).</summary>
    private const int MaxTimeAgoTokens = 4;

    /// <summary>"…, the Post reported ten days ago.", "Lee said a week ago.": a few lower-case words or numbers ending in a
    /// time word (time-phrase-word list) before the clause's break: when it was said, not what (PolNeAR train).</summary>
    private static bool IsTimeAgo(ExtractionContext ctx, int first, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = first; k < sEnd && k < first + MaxTimeAgoTokens; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
            var w = doc.Word(k);
            // (Only counts, articles and time words: "praised her in the past" is what was praised; "for" may open them: "has been
            // repeating for decades".)
            if (doc.Tokens[k].Kind == TokenKind.Word && !(FunctionWords.IsCountWord(w) || FunctionWords.IsIndefiniteArticle(w) || FunctionWords.IsTimePhraseWord(w)
                || (k == first && w is "for"))) return false;
            if (FunctionWords.IsTimePhraseWord(w) && k > first && (k + 1 >= sEnd || doc.IsClauseBreak(k + 1) || doc.Tokens[k + 1].Kind == TokenKind.Punctuation)) return true;
        }
        return false;
    }

    /// <summary>How many tokens a comparison between a cue and its "that" may hold (<c>, as he did throughout the impeachment
    /// inquiry and trial,</c>: 11).</summary>
    private const int MaxComparisonTokens = 14;

    /// <summary>The "that" after a comparison opened at <paramref name="from"/> (after a comma or not) by "as", a subject
    /// pronoun and an auxiliary (<c>as she did last year</c>, <c>as he has in the past</c>); -1 when there is none.</summary>
    private static int ComparisonThenThat(ExtractionContext ctx, int from, int sEnd)
    {
        var doc = ctx.Doc;
        bool commaOpened = from < sEnd && doc.Is(from, ",");
        int k = commaOpened ? from + 1 : from;
        if (k + 3 >= sEnd || !doc.Is(k, "as") || !FunctionWords.IsPersonPronounSubject(doc.Word(k + 1)) || !FunctionWords.IsAuxiliary(doc.Word(k + 2))) return -1;
        for (int j = k + 3; j + 1 < sEnd && j < k + MaxComparisonTokens; j++)
        {
            if (ctx.InQuote[j] >= 0) return -1;
            // (Opened by a comma, the comparison ends at the next one, and "that" must follow it: not "said, as she has
            // before, the bill that …", where "that" is a relative pronoun of the content.)
            if (commaOpened && doc.Is(j, ",")) return doc.Is(j + 1, "that") ? j + 1 : -1;
            // (Not "as she did that morning, that …": "that" before a time word is a demonstrative.)
            if (doc.Is(j, "that") && !FunctionWords.IsTimePhraseWord(doc.Word(j + 1)) && !FunctionWords.IsDayOrTime(doc.Word(j + 1))) return j;
            if (doc.IsClauseBreak(j) && !doc.Is(j, ",")) return -1;
        }
        return -1;
    }

    private static bool IsAdjunctStart(ReadOnlySpan<char> w) =>
        FunctionWords.IsAdjunctStart(w);

    /// <summary>How many tokens an aside between a cue and its "that" may hold.</summary>
    private const int MaxAsideTokens = 8;

    /// <summary>How many more a relative clause as the aside may hold (its verb and object: <c>, where she is now a paid
    /// contributor,</c>).</summary>
    private const int MaxRelativeAsideExtraTokens = 4;

    /// <summary>The "that" after an aside opened at <paramref name="open"/> (a comma or dash) and closed by the same mark,
    /// with no auxiliary or listed finite verb, quotation or other break inside; -1 when there is none.</summary>
    private static int AsideThenThat(ExtractionContext ctx, int open, int sEnd)
    {
        var doc = ctx.Doc;
        bool dash = doc.IsDash(open);
        // ("…, where she is now a paid contributor, that …": a relative clause as the aside may hold its verb.)
        bool relative = open + 1 < sEnd && FunctionWords.IsAsideRelative(doc.Word(open + 1));
        for (int k = open + 1; k < sEnd && k <= open + MaxAsideTokens + 1 + (relative ? MaxRelativeAsideExtraTokens : 0); k++)
        {
            if (dash ? doc.IsDash(k) : doc.Is(k, ",")) return k > open + 1 && k + 2 < sEnd && doc.Is(k + 1, "that") ? k + 1 : -1;
            var w = doc.Word(k);
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote || doc.Is(k, ";") || doc.Is(k, ":")
                || (!relative && (FunctionWords.IsAuxiliary(w) || FunctionWords.IsListedFiniteVerb(w)))) return -1;
        }
        return -1;
    }

    /// <summary>How many tokens a cue's adjunct before an aside may hold (<c>said on Fox News Sunday, …</c>).</summary>
    private const int MaxAdjunctTokens = 5;

    /// <summary>The comma that ends a short adjunct right after a cue (a day or time, or a preposition and its phrase, with
    /// no verb, quotation or other break), or -1.</summary>
    private static int AdjunctEnd(ExtractionContext ctx, int from, int sEnd)
    {
        var doc = ctx.Doc;
        if (from >= sEnd || doc.Tokens[from].Kind != TokenKind.Word) return -1;
        var first = doc.Word(from);
        if (!IsAdjunctStart(first) && !FunctionWords.IsDayOrTime(first)) return -1;
        for (int k = from + 1; k < sEnd && k <= from + MaxAdjunctTokens; k++)
        {
            if (doc.Is(k, ",")) return k;
            var w = doc.Word(k);
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote || doc.IsClauseBreak(k) || doc.Is(k, "that")
                || FunctionWords.IsAuxiliary(w) || FunctionWords.IsListedFiniteVerb(w)) return -1;
        }
        return -1;
    }

    /// <summary>The first token of a clause after the aside opened by the comma at <paramref name="open"/> and closed by the
    /// next comma: a capitalised word, a determiner or a subject pronoun, then a verb within a few words; -1 if not.</summary>
    private static int ClauseAfterAside(ExtractionContext ctx, int open, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = open + 1; k < sEnd && k <= open + MaxAsideTokens + 1; k++)
        {
            if (ctx.InQuote[k] >= 0 || (doc.IsClauseBreak(k) && !doc.Is(k, ","))) return -1;
            if (!doc.Is(k, ",")) continue;
            int first = k + 1;
            if (first >= sEnd || doc.Tokens[first].Kind != TokenKind.Word) return -1;
            var w = doc.Word(first);
            if (!FunctionWords.OpensSubject(w)) return -1;
            for (int v = first + 1; v < sEnd && v <= first + MaxBareSubjectTokens; v++)
            {
                if (doc.IsClauseBreak(v) || ctx.InQuote[v] >= 0) return -1;
                var verb = doc.Word(v);
                if (char.IsLower(verb[0]) && (FunctionWords.IsFiniteVerb(verb) || FunctionWords.IsAuxiliary(verb))) return first;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>How many words the subject of a clause after an aside may have before its verb.</summary>
    private const int MaxBareSubjectTokens = 5;

    /// <summary>True when the words from <paramref name="first"/> to the next clause break hold no verb: a time or place, not a clause.</summary>
    private static bool OnlyAdjunctToBreak(ExtractionContext ctx, int first, int sEnd)
    {
        var doc = ctx.Doc;
        for (int k = first; k < sEnd && k < first + 16; k++)
        {
            if (ctx.InQuote[k] >= 0) continue;
            if (doc.IsClauseBreak(k)) return true;
            var w = doc.Word(k);
            // Only auxiliaries and "that" make a clause here: "in a televised statement" holds an adjective in -ed.
            if (FunctionWords.IsAdjunctClauseMarker(w) || FunctionWords.IsAuxiliary(w)
                || (k > first && FunctionWords.IsFiniteVerb(w) && FunctionWords.IsPersonalPronounSubject(doc.Word(k - 1)))) return false;
        }
        return first + 16 >= sEnd || doc.IsClauseBreak(Math.Min(sEnd - 1, first + 16));
    }

    /// <summary>True when <c>to</c> at <paramref name="to"/> opens an infinitive (<see cref="CueFinder.OpensInfinitive"/>)
    /// whose verb reads as a base form: no pronoun, preposition, clause word, adverb, nor a plural in -s (<c>to form</c>,
    /// <c>to sue</c>; not <c>to reports</c>, <c>to me</c>).</summary>
    private static bool OpensVerbInfinitive(DocumentView doc, int to)
    {
        if (!CueFinder.OpensInfinitive(doc, to)) return false;
        var w = doc.Word(to + 1);
        if (w.Length < 2 || (w[^1] == 's' && !w.EndsWith("ss"))) return false;
        return !(FunctionWords.IsObjectPronoun(w) || FunctionWords.IsPreposition(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsAdverb(w));
    }
}
