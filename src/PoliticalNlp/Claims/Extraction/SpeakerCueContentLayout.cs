namespace PoliticalNlp.Claims;

/// <summary>
/// Layout <c>X said (that) …</c>, with its two variants that take the subject of the sentence: participial
/// (<c>…, saying such papers are kept confidential</c>) and coordinated (<c>… and said …</c>). The content runs from the
/// cue (or its <c>that</c>) to the boundary <see cref="ContentBoundary"/> finds.
/// </summary>
internal static class SpeakerCueContentLayout
{
    /// <summary>False when the layout does not apply (no subject, or nothing after the cue); true with a draft, or with
    /// null when it applies but yields no claim.</summary>
    public static bool TryRead(ExtractionContext ctx, int cue, CueEntry entry, int sFirst, int sEnd, ClaimDraft? previous, out ClaimDraft? draft)
    {
        var doc = ctx.Doc;
        draft = new ClaimDraft { Kind = entry.Kind, CueClass = entry.Class, Layout = AttributionLayout.SpeakerCueContent, SentenceIndex = doc.SentenceOf(cue) };
        int before = cue - 1;
        // "… and has hinted that …": past adverbs and auxiliaries to the joiner.
        while (before > sFirst && before > cue - 4 && (FunctionWords.IsCoordinatedCueAdverb(doc.Word(before))
               || (Links.ClaimWords.Embedded.Of(doc.Word(before)) & Links.ClaimWord.SentenceAdverb) != 0)) before--;
        (int Start, int End) subject;
        bool sameSentence = previous is not null && previous.SentenceIndex == draft.SentenceIndex;
        // ", while admitting he was …": the participle after a joiner.
        // (A dash opens the participle as a comma does: "rejected the claims – while saying he would …".)
        if (before > sFirst + 1 && doc.Word(cue).EndsWith("ing") && FunctionWords.IsParticipleJoiner(doc.Word(before)) && (doc.Is(before - 1, ",") || IsDash(doc, before - 1))) before--;
        bool afterComma = before > sFirst && (doc.Is(before, ",") || (doc.Word(cue).EndsWith("ing") && IsDash(doc, before))
            || (doc.Tokens[before].Kind == TokenKind.Quote && doc.Is(before - 1, ",")));
        if (before > sFirst && afterComma && doc.Word(cue).EndsWith("ing"))
        {
            // "The government resisted calls to publish, saying such papers are kept confidential": the subject of the
            // sentence speaks, and the content follows the participle.
            draft.Layout = AttributionLayout.Participial;
            subject = AttributionBefore(ctx, before) is { SpeakerTokens.Start: >= 0 } attributed ? attributed.SpeakerTokens
                : ClauseSubject(ctx, sFirst, before, sameSentence ? previous : null);
        }
        else if (before >= sFirst && FunctionWords.IsCoordinatedCueJoiner(doc.Word(before)))
        {
            // "… and said …": the same speaker as the clause before.
            draft.Layout = AttributionLayout.Coordinated;
            subject = ClauseSubject(ctx, sFirst, before, sameSentence ? previous : null);
        }
        else if (doc.Word(cue).EndsWith("ing") && AdjunctSubordinator(doc, cue, sFirst) is var sub and >= 0
                 && (sub == sFirst || doc.Is(sub - 1, ",") || HasFiniteVerb(doc, sFirst, sub)))
        {
            // "After saying he was nervous, the man asked …", "Lee, after initially saying he would not …, said": the
            // participle is an adjunct of the main clause, whose subject speaks.
            subject = sub == sFirst ? PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, sEnd) : PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, sub - 1);
            if (subject.Start < 0) subject = PhraseReader.SubjectBefore(doc, cue, sFirst, ctx.InQuote);
        }
        else
        {
            subject = PhraseReader.SubjectBefore(doc, cue, sFirst, ctx.InQuote);
            // "The campaign backtracked, putting out a statement contradicting …", "while commenting on …": a participle
            // cue whose words before open with a verb or a joiner, not a noun phrase, speaks for the sentence's subject.
            if (doc.Word(cue).EndsWith("ing") && subject.Start > sFirst && PhraseReader.OpensWithVerbOrJoiner(doc, subject.Start))
                subject = sameSentence ? previous!.SubjectTokens : PhraseReader.SentenceSubject(doc, ctx.Cues, sFirst, subject.Start);
        }
        // "The minister was quoted by state media as saying …": the one quoted speaks; the words before "as" are no speaker.
        if (QuotedAsSaying(ctx, cue, sFirst) is int quoted and >= 0)
        {
            subject = PhraseReader.SubjectBefore(doc, quoted, sFirst, ctx.InQuote);
            // ("“…,” the minister was quoted as saying by state media": the quotation before is the claim.)
            if (cue + entry.Words >= sEnd || FunctionWords.IsPreposition(doc.Word(cue + entry.Words)) || doc.Tokens[cue + entry.Words].Kind == TokenKind.Punctuation)
            {
                draft = null;
                return true;
            }
        }
        draft.SubjectTokens = subject;
        // "…, argued the head of the committee.": a cue right after a comma with its speaker after it reads the content before.
        if (draft.Layout == AttributionLayout.SpeakerCueContent && cue > sFirst && doc.Is(cue - 1, ",")
            && PhraseReader.SpeakerAfter(doc, cue + entry.Words, sEnd, ctx.InQuote) is { Start: >= 0 } after && after.Start == cue + entry.Words
            && (after.End >= sEnd || doc.IsClauseBreak(after.End))
            && doc.IsEntityToken(after.End - 1) && (FunctionWords.IsDeterminer(doc.Word(after.Start)) || char.IsUpper(doc.Word(after.Start)[0])))
        {
            draft = null;
            return false;
        }
        // "No group has claimed responsibility": nobody said anything.
        // ("Neither Lee nor Berg responded": the subject read is only the name after "nor".)
        if (subject.Start >= 0 && (FunctionWords.IsNegativeSubject(doc.Word(subject.Start)) || (subject.Start > sFirst && doc.Is(subject.Start - 1, "nor"))))
        {
            draft = null;
            return true;
        }
        int contentFirst = cue + entry.Words;
        // "He added, though, that …", "said, however, the …": a sentence adverb between commas before the content.
        if (contentFirst + 3 < sEnd && doc.Is(contentFirst, ",") && doc.Is(contentFirst + 2, ",")
            && (Links.ClaimWords.Embedded.Of(doc.Word(contentFirst + 1)) & Links.ClaimWord.SentenceAdverb) != 0)
            contentFirst = doc.Is(contentFirst + 3, "that") ? contentFirst + 4 : contentFirst + 3;
        // "admitted to a crowd of angry workers that he had voted": content starts after "that".
        // "said on “Fox News Sunday” that …": a short quoted title inside the adjunct before "that".
        bool adjunct = cue + entry.Words < sEnd && IsAdjunctStart(doc.Word(cue + entry.Words));
        // "described the weekend strike that initially halved …": after a direct object, "that" opens a relative clause
        // (verbs that take a person before their clause excepted: "told the committee that …").
        bool objectFirst = cue + entry.Words < sEnd && FunctionWords.IsDeterminer(doc.Word(cue + entry.Words)) && !TakesPersonObject(entry.Lemma);
        for (int k = cue + 1; !objectFirst && k < Math.Min(sEnd, cue + (adjunct ? CueFinder.MaxAdjunctBeforeThat + 1 : 10)); k++)
        {
            if (adjunct && ctx.InQuote[k] >= 0) continue;
            if (doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) break;
            // "said Bush and Powell decided mutually that …": a verb in between means the clause began at the cue.
            if (k > cue + 1 && FunctionWords.IsFiniteVerb(doc.Word(k))) break;
            if (doc.Is(k, "that")) { contentFirst = k + 1; break; }
        }
        if (contentFirst == cue + 1 && FunctionWords.IsTellForm(doc.Word(cue)) && cue + 1 < sEnd && doc.Tokens[cue + 1].Kind == TokenKind.Word)
        {
            contentFirst = cue + 2; // "told reporters the …"
            // "told the court her client was innocent": a determiner and a noun told, then the clause.
            if (FunctionWords.IsDeterminer(doc.Word(cue + 1)) && cue + 3 < sEnd && doc.Tokens[cue + 2].Kind == TokenKind.Word && char.IsLower(doc.Word(cue + 2)[0])
                && doc.Tokens[cue + 3].Kind == TokenKind.Word && (FunctionWords.IsPersonalPronounSubject(doc.Word(cue + 3)) || FunctionWords.IsDeterminer(doc.Word(cue + 3))))
                contentFirst = cue + 3;
            // "told The Wall Street Journal, the budget …": a name told, in several words up to a comma; the content
            // follows the comma.
            int k = cue + 1;
            if (doc.Is(k, "the")) k++;
            while (k < sEnd && k <= cue + ContentThenCueLayout.MaxPersonToldTokens && doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.Word(k)[0])) k++;
            if (k > cue + 2 && k + 1 < sEnd && doc.Is(k, ",") && ctx.InQuote[k + 1] < 0) contentFirst = k + 1;
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
        // "She said, the plan would fail.", "He said, if elected, he would …": a comma straight after the cue, then a clause
        // opening with a pronoun, determiner or condition (not "said, adding", "said, according to", "said, in a statement").
        // (Only when the speaker opens the sentence: "The plan would fail, she said, the minister agreed" has its content before.)
        if (contentFirst == cue + entry.Words && contentFirst + 2 < sEnd && doc.Is(contentFirst, ",") && ctx.InQuote[contentFirst + 1] < 0
            && subject.Start >= 0 && OpensSentence(doc, subject.Start, sFirst)
            && FunctionWords.IsCommaContentOpener(doc.Word(contentFirst + 1)))
            contentFirst++;
        // "…, Kerry said on Sunday during meetings in Berlin.", "…, she said in a statement.": an adjunct alone is no content.
        bool sawThat = contentFirst > cue + 1 && (doc.Is(contentFirst - 1, "that") || (doc.Is(contentFirst - 1, ",") && doc.Is(contentFirst - 2, "that")));
        bool onlyWhenAfter = contentFirst < sEnd && !sawThat && (IsAdjunctStart(doc.Word(contentFirst)) || FunctionWords.IsDayOrTime(doc.Word(contentFirst)))
            && AdjunctOnly(ctx, contentFirst, sEnd);
        // "…, charges he denied.", "… - a charge it denies": the denial's object is the charge named before its subject.
        // (The subject read may run back over the charge: "a charge it" – the pronoun alone is the subject then.)
        if (entry.Class == CueClass.Deny && subject.Start > sFirst && contentFirst == cue + entry.Words
            && (contentFirst >= sEnd || doc.Tokens[contentFirst].Kind == TokenKind.Punctuation))
        {
            // ("a charge Israel denied": the subject read runs back over the charge; what follows the charge noun denies.)
            var denier = subject;
            for (int k = subject.Start; k + 1 < subject.End; k++)
                if ((Links.ClaimWords.Embedded.Of(doc.Word(k)) & (Links.ClaimWord.ChargeNoun | Links.ClaimWord.ClaimNoun)) != 0) denier = (k + 1, subject.End);
            if (ChargeBefore(ctx, denier.Item1, sFirst) is { Start: >= 0 } charge)
            {
                ctx.SetContent(draft, charge.Start, charge.End - 1);
                ctx.SetCue(draft, cue, entry.Words);
                ctx.SetSpeaker(draft, denier);
                return true;
            }
        }
        if (subject.Start < 0 || contentFirst >= sEnd || doc.IsClauseBreak(contentFirst) || onlyWhenAfter)
        {
            draft = null;
            return false;
        }
        // ", responding to a report about …, said …", ", speaking at a rally": a participle with a preposition's phrase reports
        // the occasion, not what was said (t06); so does a verb of responding in any form ("responded to requests for
        // comment"; grammar list occasion-lemma).
        // ("promising to campaign", "hoping to win": "to" before a verb opens an infinitive, the content.)
        if ((draft.Layout == AttributionLayout.Participial || FunctionWords.IsOccasionLemma(entry.Lemma)) && contentFirst == cue + entry.Words && FunctionWords.IsPreposition(doc.Word(contentFirst))
            && !(doc.Is(contentFirst, "to") && !OpensNounPhrase(doc, contentFirst + 1))
            && !(contentFirst + 1 < sEnd && FunctionWords.IsDayOrTime(doc.Word(contentFirst + 1))) // "announcing on Wednesday he would …"
            && !ThatSoonAfter(ctx, contentFirst, sEnd))
        {
            draft = null;
            return true; // no claim at all: the words before are no content of it either
        }
        int contentLast = entry.Lemma == "plead" ? Plea(doc, contentFirst, sEnd) : ContentBoundary.End(ctx, contentFirst, sEnd, draft);
        // "pleaded not guilty to all the charges": the charges pleaded to are part of the plea; "pleaded guilty to making
        // false statements": what was admitted is the content (read sets t24, t34; PolNeAR train's pleas).
        // A guilty plea admits the charge (t24).
        if (entry.Lemma == "plead" && contentLast >= contentFirst && !doc.Is(contentFirst, "not")) draft.Kind = ClaimKind.Admission;
        if (entry.Lemma == "plead" && contentLast >= contentFirst && contentLast + 2 < sEnd && doc.Is(contentLast + 1, "to")
            && doc.Tokens[contentLast + 2].Kind is TokenKind.Word or TokenKind.Number)
        {
            if (!doc.Is(contentFirst, "not")) contentFirst = contentLast + 2;
            contentLast = ContentBoundary.End(ctx, contentLast + 2, sEnd, draft);
        }
        // "Anna Berg, who had argued that the tax was illegal, left the party": a cue in a relative clause reports up
        // to the verb of the main clause.
        // ("The BBC, citing government sources, reported that …": a participle set off by commas between the subject and
        // its verb ends where the main verb follows, as a relative clause does.)
        if (InRelativeClause(doc, cue, sFirst) || (draft.Layout == AttributionLayout.Participial && subject.Start >= 0 && subject.End == cue - 1))
        {
            for (int k = contentFirst + 1; k < contentLast; k++)
            {
                // ("Riyadh, which described the assault as a “test of global will,” on Wednesday displayed …": the comma may
                // close a quote, and a day may stand before the main verb.)
                int main = k + 1;
                if (doc.Is(k, ",") && ctx.InQuote[k] >= 0 && k + 1 < contentLast && doc.Tokens[k + 1].Kind == TokenKind.Quote && ctx.InQuote[k + 1] >= 0
                    && (k + 2 >= doc.Tokens.Length || ctx.InQuote[k + 2] < 0)) main = k + 2;
                else if (!doc.Is(k, ",") || ctx.InQuote[k] >= 0) continue;
                if (main < contentLast && doc.Is(main, FunctionWords.IsDayOpener) && main + 1 < contentLast && FunctionWords.IsDayOrTime(doc.Word(main + 1))) main += 2;
                var next = doc.Word(main);
                // ("Berg, who said the plan was vetted, said he was unaware": the main clause's verb may be a cue.)
                if (next.Length > 0 && char.IsLower(next[0]) && (FunctionWords.IsFiniteVerb(next) || FunctionWords.IsMainVerbAuxiliary(next) || ctx.Cues.IsCueWord(next)))
                {
                    contentLast = k - 1;
                    break;
                }
            }
        }
        if ((entry.Flags & (CueFlags.Naming | CueFlags.NamingAs)) != 0) contentLast = NamingEnd(ctx, contentFirst, contentLast);
        // "warned Madrid about the plane", "told the news agency on condition of anonymity": a person told and the topic
        // or circumstance, with no clause, report nothing (what was said comes elsewhere, if at all).
        if (FunctionWords.IsPersonToldLemma(entry.Lemma) && contentFirst <= cue + entry.Words + 1 && !HoldsClause(ctx, contentFirst, contentLast))
        {
            // "…, a school spokesman told the newspaper.": the person told ends the sentence, so what was said may come
            // before the attribution; the layout that reads the content before the cue decides.
            draft = null;
            return !EndsSentence(doc, contentLast, sEnd);
        }
        if (contentLast - contentFirst < 1)
        {
            draft = null;
            return true;
        }
        // "asks what discussions Trump may have had": a question asked claims nothing.
        if (entry.Class == CueClass.Request && contentFirst == cue + entry.Words && FunctionWords.IsQuestionWord(doc.Word(contentFirst)))
        {
            draft = null;
            return true;
        }
        // "rejected the proposal", "dismissed a lawsuit": refusing an action or a request is no denial of a claim.
        if (entry.Class == CueClass.Deny && RefusesAnAction(doc, contentFirst, contentLast))
        {
            draft = null;
            return true;
        }
        ctx.SetContent(draft, contentFirst, contentLast);
        ctx.SetCue(draft, cue, entry.Words);
        ctx.SetSpeaker(draft, subject);
        return true;
    }

    /// <summary>
    /// A naming cue's content is its object and the name it gives: <c>called the plan “absurd” and walked out …</c> ends
    /// before <c>and</c> when a verb in the past follows it, the speaker's next act rather than part of the name; so does
    /// <c>called the plan “absurd” and left it …</c>, a verb of any form with a pronoun or determiner as its object (not
    /// <c>called him a liar and a cheat</c>).
    /// </summary>
    private static int NamingEnd(ExtractionContext ctx, int first, int last)
    {
        var doc = ctx.Doc;
        for (int k = first + 2; k < last; k++)
        {
            if (ctx.InQuote[k] >= 0 || !doc.Is(k, "and")) continue;
            int v = k + 1;
            while (v < last && v < k + 3 && FunctionWords.IsAdverb(doc.Word(v))) v++;
            var verb = doc.Word(v);
            if (doc.Tokens[v].Kind == TokenKind.Word && verb.Length > 4 && char.IsLower(verb[0]) && verb.EndsWith("ed") && ctx.InQuote[v] < 0) return k - 1;
            if (doc.Tokens[v].Kind == TokenKind.Word && ctx.InQuote[v] < 0 && FunctionWords.IsMainVerbAuxiliary(verb)) return k - 1;
            if (doc.Tokens[v].Kind == TokenKind.Word && char.IsLower(verb[0]) && !FunctionWords.IsDeterminer(verb) && ctx.InQuote[v] < 0 && v + 1 < last
                && (FunctionWords.IsDeterminer(doc.Word(v + 1)) || FunctionWords.IsObjectPronoun(doc.Word(v + 1)))) return k - 1;
        }
        return last;
    }

    /// <summary>True when the tokens hold a quotation, a verb or a word that opens a clause or an infinitive, or open with what
    /// a warning is of.</summary>
    private static bool HoldsClause(ExtractionContext ctx, int first, int last)
    {
        var doc = ctx.Doc;
        for (int k = first; k <= last; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote) return true;
            var w = doc.Word(k);
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsClauseMarker(w)) return true;
            if (k == first && FunctionWords.IsWarningTopicPreposition(w)) return true; // "warned of a war", "warned against talks"
        }
        return false;
    }

    /// <summary>The subordinator (<c>after</c>, <c>since</c>: grammarwords participle-subordinator) right before a
    /// participle cue, past lower-case adverbs (<c>after initially saying</c>); -1 when there is none.</summary>
    private static int AdjunctSubordinator(DocumentView doc, int cue, int sFirst)
    {
        int p = cue - 1;
        while (p > sFirst && p > cue - 3 && FunctionWords.IsLowerCaseAdverb(doc.Word(p))) p--;
        return p >= sFirst && FunctionWords.IsParticipleSubordinator(doc.Word(p)) ? p : -1;
    }

    /// <summary>How far back from <c>as saying</c> the passive <c>was quoted</c> may stand (<c>was quoted by state media as</c>).</summary>
    private const int MaxQuotedAsTokens = 8;

    /// <summary>The passive auxiliary of <c>was quoted … as saying</c> before the cue, or -1.</summary>
    private static int QuotedAsSaying(ExtractionContext ctx, int cue, int sFirst)
    {
        var doc = ctx.Doc;
        if (cue - 3 < sFirst || !doc.Is(cue - 1, "as")) return -1;
        for (int k = cue - 2; k > sFirst && k >= cue - MaxQuotedAsTokens; k--)
        {
            if (doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) return -1;
            if (doc.Is(k, FunctionWords.IsQuotedParticiple) && FunctionWords.IsPassiveAuxiliary(doc.Word(k - 1))) return k - 1;
        }
        return -1;
    }

    /// <summary>The charge or claim noun (with its determiner) right before a denial's subject: <c>charges</c> in <c>charges he
    /// denied</c>, <c>a charge</c> in <c>a charge it denies</c> (read sets t28, t32); (-1, -1) if none.</summary>
    private static (int Start, int End) ChargeBefore(ExtractionContext ctx, int subject, int sFirst)
    {
        var doc = ctx.Doc;
        int noun = subject - 1;
        if (noun < sFirst || ctx.InQuote[noun] >= 0 || doc.Tokens[noun].Kind != TokenKind.Word
            || (Links.ClaimWords.Embedded.Of(doc.Word(noun)) & (Links.ClaimWord.ChargeNoun | Links.ClaimWord.ClaimNoun)) == 0) return (-1, -1);
        int start = noun > sFirst && FunctionWords.IsDeterminer(doc.Word(noun - 1)) ? noun - 1 : noun;
        return (start, noun + 1);
    }

    /// <summary>A <c>that</c> opening a clause within a few tokens ("responding to critics that …" still reports).</summary>
    private static bool ThatSoonAfter(ExtractionContext ctx, int from, int sEnd)
    {
        for (int k = from; k < Math.Min(sEnd, from + CueFinder.MaxAdjunctBeforeThat + 2); k++)
        {
            if (ctx.Doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) return false;
            if (ctx.Doc.Is(k, "that")) return true;
        }
        return false;
    }

    /// <summary>A determiner, a name or a number: "to a report", "to Sanders’ description", not "to campaign".</summary>
    private static bool OpensNounPhrase(DocumentView doc, int k)
    {
        if (k >= doc.Tokens.Length) return false;
        if (doc.Tokens[k].Kind == TokenKind.Number) return true;
        var w = doc.Word(k);
        return doc.Tokens[k].Kind == TokenKind.Word && (FunctionWords.IsDeterminer(w) || char.IsUpper(w[0]));
    }

    /// <summary>"Gore insisted it was premature while adding …": a clause with its verb before the subordinator, whose subject
    /// the participle shares (no comma needed).</summary>
    private static bool HasFiniteVerb(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++) if (FunctionWords.IsFiniteVerb(doc.Word(k))) return true;
        return false;
    }

    private static bool IsDash(DocumentView doc, int k) => doc.Is(k, "–") || doc.Is(k, "—") || doc.Is(k, "--");

    /// <summary>True when only closing punctuation follows the token up to the sentence's end.</summary>
    private static bool EndsSentence(DocumentView doc, int last, int sEnd)
    {
        for (int k = last + 1; k < sEnd; k++) if (doc.Tokens[k].Kind is not (TokenKind.Punctuation or TokenKind.Quote) || doc.Is(k, ",")) return false;
        return true;
    }

    private static bool IsAdjunctStart(ReadOnlySpan<char> w) =>
        FunctionWords.IsAdjunctStart(w);

    /// <summary>True when the words from <paramref name="first"/> to the next clause break hold no verb: a time or place, not a clause.</summary>
    private static bool AdjunctOnly(ExtractionContext ctx, int first, int sEnd)
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

    internal static bool TakesPersonObject(string lemma) =>
        FunctionWords.IsPersonObjectLemma(lemma);

    /// <summary>True when only discourse words (<c>But</c>, <c>However,</c>) stand between the sentence's start and <paramref name="k"/>.</summary>
    private static bool OpensSentence(DocumentView doc, int k, int sFirst)
    {
        for (int j = sFirst; j < k; j++)
            if (!FunctionWords.IsDiscourseWord(doc.Word(j))) return false;
        return true;
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
        return previousInSentence is not null ? previousInSentence.SubjectTokens : PhraseReader.SentenceSubject(ctx.Doc, ctx.Cues, sFirst, limit);
    }

    /// <summary>The claim whose cue (and speaker) end right before the comma at <paramref name="comma"/>:
    /// <c>“…,” Anna Berg said, adding that …</c>.</summary>
    internal static ClaimDraft? AttributionBefore(ExtractionContext ctx, int comma)
    {
        for (int k = comma - 1; k >= 0 && k >= comma - PhraseReader.MaxSpeakerTokens; k--)
        {
            if (ctx.CueOwner.TryGetValue(k, out var owner)) return owner;
            if (ctx.Doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) return null;
        }
        return null;
    }

    private static bool InRelativeClause(DocumentView doc, int cue, int sFirst)
    {
        int j = cue - 1;
        while (j > sFirst && j > cue - 5 && (FunctionWords.IsAdverbOrAuxiliary(doc.Word(j)) || FunctionWords.IsLowerCaseAdverb(doc.Word(j)))) j--;
        return j >= sFirst && FunctionWords.IsSubjectRelativePronoun(doc.Word(j));
    }

    /// <summary>"pleaded not guilty Wednesday to 30 counts": the plea alone is the content (its last token), or none.</summary>
    private static int Plea(DocumentView doc, int first, int sEnd)
    {
        for (int k = first; k < sEnd && k < first + 3; k++)
            if (doc.Is(k, "guilty")) return k;
        return first - 1;
    }

    /// <summary>A short noun phrase headed by an action or request ("the proposal in October", "a lawsuit against …",
    /// "questions about the advice"), with no clause in it.</summary>
    private static bool RefusesAnAction(DocumentView doc, int first, int last)
    {
        int k = first;
        while (k <= last && k < first + 4 && (FunctionWords.IsDeterminer(doc.Word(k)) || doc.Tokens[k].Kind != TokenKind.Word || char.IsUpper(doc.Word(k)[0]) || FunctionWords.IsPossessive(doc.Word(k)))) k++;
        for (int h = k; h <= last && h < k + 2; h++)
        {
            if (FunctionWords.IsActionNoun(doc.Word(h))) return true;
        }
        return false;
    }
}
