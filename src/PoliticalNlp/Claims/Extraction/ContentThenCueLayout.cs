namespace PoliticalNlp.Claims;

/// <summary>
/// Layout <c>The plan will fail, the minister said.</c> / <c>…, said the minister.</c>: the content before the comma
/// that opens the attribution. The content starts at the sentence's start or just after the attribution of the claim
/// before it in the sentence (the floor), so no two claims of one sentence share their start.
/// </summary>
internal static class ContentThenCueLayout
{
    /// <summary>How many words the person told may take between a mid-sentence cue and its comma (<c>told The Wall Street Journal,</c>).</summary>
    internal const int MaxPersonToldTokens = 5;

    /// <summary>True when a coordinator stands between the comma and the cue: the comma then parts a list of speakers
    /// (<c>Ann Lee of Ohio, Tom Berg of Utah and Eva Holm of Iowa said</c>).</summary>
    private static bool CoordinatorBetween(DocumentView doc, int comma, int cue)
    {
        for (int k = comma + 1; k < cue; k++) if (FunctionWords.IsCoordinator(doc.Word(k))) return true;
        return false;
    }

    /// <summary>True when a quotation closes within <see cref="PhraseReader.MaxSpeakerTokens"/> words before the comma at
    /// <paramref name="comma"/>, with no comma between (<c>“…,” Democratic Reps. Ann Lee and Tom Berg, …</c>): the words
    /// after it name who spoke the quotation.</summary>
    private static bool QuoteJustBefore(DocumentView doc, int comma, int sFirst)
    {
        for (int k = comma - 1; k > sFirst && k >= comma - PhraseReader.MaxSpeakerTokens; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return true;
            if (doc.Is(k, ",")) return false;
        }
        return false;
    }

    /// <summary>How many tokens a speaker between the content's comma and the cue may take when a name ends it (a title of
    /// several words before a name of three).</summary>
    private const int MaxNamedSpeakerTokens = 12;

    public static ClaimDraft? TryRead(ExtractionContext ctx, int cue, CueEntry entry, int sFirst, int floor, int sEnd)
    {
        var doc = ctx.Doc;
        if (cue <= sFirst + 2) return null;
        // "Now, as the vote nears, many ask: …": a colon after the cue opens what was said.
        if (doc.Is(cue + entry.Words, ":")) return null;
        int comma = -1;
        // ("…, Vorland foreign affairs ministry spokesman Ann Marie Lee said": a speaker ending in a name may run longer.)
        int maxSpeaker = doc.IsEntityToken(cue - 1) ? MaxNamedSpeakerTokens : PhraseReader.MaxSpeakerTokens;
        for (int k = cue - 1; k > sFirst && k >= cue - maxSpeaker; k--)
        {
            if (doc.Is(k, ",")) { comma = k; break; }
        }
        // (No comma before the cue: "As the mayor noted, …" is read before this layout, by AsSpeakerSaid.)
        if (comma < 0) return null;
        // (Past the usual length only a title and name: not an appositive after a name, "“…,” Ann Lee, the top spokesman for
        // the party in Vorland told AFP", nor a name after a quotation, nor a cue set off by commas mid-sentence.)
        if (comma < cue - PhraseReader.MaxSpeakerTokens
            && (doc.Tokens[comma + 1].Kind == TokenKind.Quote || FunctionWords.IsDeterminer(doc.Word(comma + 1)) || doc.Is(cue + entry.Words, ",")
                || QuoteJustBefore(doc, comma, sFirst) || CoordinatorBetween(doc, comma, cue))) return null;
        if (comma <= Math.Max(sFirst, floor)) return null;
        // "The other members - Norway, Peru and Chile - said …": the comma is inside a list set off by dashes, and the
        // subject before the first dash is the speaker (the layout of a speaker, then its cue, then its content).
        if (doc.IsDash(cue - 1) && DashBefore(doc, Math.Max(sFirst, floor), comma)) return null;
        int after = comma + 1;
        while (after < cue && doc.Tokens[after].Kind == TokenKind.Quote) after++;
        // "The plan failed, as the mayor noted.": "as" opens the attribution, the speaker follows it.
        bool asSaid = after + 1 < cue && doc.Is(after, "as");
        if (asSaid) after++;
        // "It is true, as the court notes, that the dossier …": what was noted follows the attribution.
        if (asSaid && doc.Is(cue + entry.Words, ",") && doc.Is(cue + entry.Words + 1, "that"))
            return ContentAfter(ctx, cue, entry, PhraseReader.TrimAdverbs(doc, after, cue), cue + entry.Words + 2, sEnd);
        // ("“…,” said Ann Lee, explaining the thinking.": a participle right after a comma has its object after it, never
        // its speaker; allsides sample.)
        if (after >= cue && doc.Word(cue).EndsWith("ing")) return null;
        // ("…, will depend on what it says.", "…, what he believes, and where …": a question word between the comma and the
        // cue opens a clause whose cue reports the question word itself, not the words before the comma; allsides
        // articles, 52 such claims.)
        for (int k = after; k < cue; k++)
            if (PhraseReader.OpensQuestionClause(doc.Word(k))) return null;
        var speaker = after < cue ? PhraseReader.TrimAdverbs(doc, after, cue) : PhraseReader.SpeakerAfter(doc, cue + entry.Words, sEnd, ctx.InQuote);
        // "The plant will reopen, Ann Lee, a spokeswoman, told reporters.": the speaker and its appositive stand before the
        // comma that precedes the cue, and the content ends at the comma before them. A cue whose object is the person
        // told never has its speaker after it; another cue only when none follows ("…, said in May.").
        if (after >= cue && !asSaid && (FunctionWords.IsPersonObjectLemma(entry.Lemma) || speaker.Start < 0 || !PlausibleSpeaker(doc, speaker.Start, speaker.End))
            && AppositiveSpeaker(ctx, comma, cue + entry.Words, Math.Max(sFirst, floor), sEnd) is { Speaker.Start: >= 0 } apposed)
        {
            speaker = apposed.Speaker;
            comma = apposed.ContentComma;
        }
        // "…, Sen. Chuck Grassley (R-Iowa) told POLITICO": the name speaks, not its parenthesis.
        if (speaker.Start >= 0 && speaker.End > speaker.Start + 2 && doc.Is(speaker.End - 1, ")"))
        {
            int open = speaker.End - 2;
            while (open > speaker.Start && !doc.Is(open, "(")) open--;
            if (open > speaker.Start && doc.Is(open, "(")) speaker = (speaker.Start, open);
        }
        if (speaker.Start < 0 || !PlausibleSpeaker(doc, speaker.Start, speaker.End)) return null;
        // "…, a liar, cheat and bully who has repeatedly pledged to …": the cue is a relative clause's own verb (only
        // auxiliaries and adverbs between "who" and it), said by the noun before "who", and what it reports follows it.
        if (after < cue && OpensRelativeVerb(doc, after, cue)) return null;
        // "…, which it blames on western governments": a relative clause about what came before, not a new claim.
        if (doc.Is(after, FunctionWords.IsRelativeAfterClause) || doc.Is(after, "that")) return null;
        int first = Math.Max(sFirst, floor);
        while (first < comma && (doc.Tokens[first].Kind == TokenKind.Quote || (first > sFirst && doc.Tokens[first].Kind == TokenKind.Punctuation))) first++;
        first = AfterColon(ctx, first, comma);
        int last = comma - 1;
        while (last > first && doc.Tokens[last].Kind == TokenKind.Quote) last--;
        if (last >= first && Interrupted(ctx, cue, entry, speaker, first, last, sEnd) is { } interrupted) return interrupted;
        if (last - first < 2) return MidSentence(ctx, cue, entry, speaker, sEnd);
        // ("Earlier this year, Lee argued strenuously for …": an opening adjunct before the subject is no content; read when
        // the words after the cue were no content either.)
        if (IsTimeOrPlaceAdjunct(doc, first, last + 1)) return null;
        var draft = new ClaimDraft { Kind = entry.Kind, CueClass = entry.Class, Layout = AttributionLayout.ContentThenCue, SentenceIndex = doc.SentenceOf(cue) };
        ctx.SetContent(draft, first, last);
        ctx.SetCue(draft, cue, entry.Words);
        ctx.SetSpeaker(draft, speaker);
        ctx.FindVia(draft, cue + 1, sEnd);
        return draft;
    }

    /// <summary>How many words must follow a colon inside a content before its cue for the colon to open the content.</summary>
    private const int MinWordsAfterColon = 3;

    /// <summary>
    /// Where a content read back from its cue starts when a colon outside quotations stands in it: after the last such
    /// colon (<c>Fines have not deterred the riders: the city collected more fees than ever, according to a survey</c>,
    /// <c>Case in point: the board has decided …, the paper reports</c>); what precedes it is the writer's lead-in. <paramref name="first"/> itself when
    /// there is none, or when what follows it is no clause (fewer than <see cref="MinWordsAfterColon"/> words, no verb, or
    /// an opening word in lower case that is no determiner or pronoun).
    /// </summary>
    internal static int AfterColon(ExtractionContext ctx, int first, int end)
    {
        var doc = ctx.Doc;
        for (int k = end - 1; k > first; k--)
        {
            if (!doc.Is(k, ":") || ctx.InQuote[k] >= 0) continue;
            int words = 0;
            for (int j = k + 1; j < end && words < MinWordsAfterColon; j++) if (doc.Tokens[j].Kind == TokenKind.Word) words++;
            if (words < MinWordsAfterColon) return first;
            int start = k + 1;
            while (start < end && doc.Tokens[start].Kind == TokenKind.Quote) start++;
            // A clause after the colon, not a list or a participle's words ("…: tirelessly attending meetings, said X").
            var w = doc.Word(start);
            bool opensClause = doc.Tokens[start].Kind == TokenKind.Number || FunctionWords.OpensSubject(w);
            return opensClause && PhraseReader.HasVerbBetween(doc, start, end) ? start : first;
        }
        return first;
    }

    /// <summary>True when a subject relative pronoun stands right before the cue at <paramref name="cue"/>, past
    /// auxiliaries and adverbs, after <paramref name="after"/> (<c>… bully who has repeatedly pledged</c>).</summary>
    private static bool OpensRelativeVerb(DocumentView doc, int after, int cue)
    {
        int k = cue - 1;
        while (k > after && (FunctionWords.IsAuxiliary(doc.Word(k)) || FunctionWords.IsLowerCaseAdverb(doc.Word(k)))) k--;
        return k > after && FunctionWords.IsSubjectRelativePronoun(doc.Word(k));
    }

    /// <summary>
    /// The speaker of <c>…, Ann Lee, a spokeswoman, told …</c> / <c>…, the group's leader, Ann Lee, said …</c> / <c>…, a
    /// source, who asked not to be named, told …</c>: a noun phrase and an appositive or relative clause set off by commas,
    /// the second ending at <paramref name="comma"/> (the comma right before the cue). Returns the speaker (the name when
    /// one is there) and the comma that ends the content before it; a speaker of (-1, -1) when the shape is not there.
    /// Read from the allsides articles, where the object of <c>told</c> was taken as the speaker (<c>…, told CNN.</c>).
    /// </summary>
    private static ((int Start, int End) Speaker, int ContentComma) AppositiveSpeaker(ExtractionContext ctx, int comma, int afterCue, int first, int sEnd)
    {
        var doc = ctx.Doc;
        for (int c1 = comma - 2; c1 > first + 3 && c1 >= comma - QuoteThenCueLayout.MaxRelativeTokens; c1--)
        {
            if (!doc.Is(c1, ",") || ctx.InQuote[c1] >= 0) continue;
            int c2 = c1 - 1;
            while (c2 > first && c2 >= c1 - PhraseReader.MaxSpeakerTokens && !doc.Is(c2, ",")) c2--;
            // (The content before the speaker keeps at least three tokens; the head is a phrase with no verb in it.)
            if (!doc.Is(c2, ",") || c2 - first < 3 || !IsNounPhrase(ctx, c2 + 1, c1) || ctx.InQuote[c2] >= 0) continue;
            // (What stands before is the content only when it is a clause: "A co-host of the breakfast, Rep. Ann Lee, …, said"
            // and "At a Kabul hospital, Ann Lee, who …, told" open with the speaker's description or an adjunct.)
            // (Nor a name alone: "Ann Lee Smith, the inspector general, whose office …, told reporters." opens with the speaker.)
            if (IsAdjunct(doc, first, c2) || (!PhraseReader.HasVerbBetween(doc, first, c2) && (!EndsClause(ctx, afterCue, sEnd) || IsNameAlone(doc, first, c2)))) return ((-1, -1), -1);
            if (QuoteThenCueLayout.AppositiveEnd(ctx, c1, sEnd) == comma)
            {
                // "Ann Lee, a spokeswoman," (the name speaks) or "a source, who asked not to be named," (the description).
                // (A place ends a speaker's "of" phrase, it does not speak: "Ann Lee, 18, from Lee County, Fla., …".)
                // ("Ann Lee, president of the Victory Fund, which …, said": a body after a preposition is the description's, and
                // the name before it speaks.)
                var name = doc.TrimToEntity(c2 + 1, c1, anyType: true);
                if (name.Start > c2 + 1 && FunctionWords.IsPreposition(doc.Word(name.Start - 1))) continue;
                if (doc.IsEntityToken(c1 - 1) && !doc.IsPlaceToken(c1 - 1)) return (name, c2);
                if (FunctionWords.IsDeterminer(doc.Word(c2 + 1)) && FunctionWords.IsRelativePronoun(doc.Word(c1 + 1)))
                {
                    // ("Ann Lee, the inspector general, whose office …, told": the name before the description speaks.)
                    // ("“…,” Ann Lee, the inspector general, whose …": the comma before the name may close a quotation.)
                    if (doc.IsEntityToken(c2 - 1) && !doc.IsPlaceToken(c2 - 1) && doc.TrimToEntity(first, c2, anyType: true) is var before && before.Start > first + 1
                        && (doc.Tokens[before.Start - 1].Kind == TokenKind.Quote ? before.Start - 2 : before.Start - 1) is var c3
                        && c3 > first + 3 && doc.Is(c3, ","))
                        return (before, c3);
                    return ((c2 + 1, c1), c2);
                }
            }
            // "the group's leader, Ann Lee,": a description, then the name that speaks.
            if (!doc.IsEntityToken(c1 - 1) && QuoteThenCueLayout.NamedAppositive(ctx, c1, sEnd) is { Start: >= 0 } named && named.End == comma)
                return (named, c2);
        }
        return ((-1, -1), -1);
    }

    /// <summary>How many words may follow a cue that ends its clause (<c>told reporters on Monday.</c>).</summary>
    private const int MaxWordsAfterClosingCue = 6;

    /// <summary>True when the sentence or a comma comes within <see cref="MaxWordsAfterClosingCue"/> words after the cue,
    /// with no quotation or clause between: the cue closes the attribution (<c>…, told reporters on Monday.</c>), so what stood
    /// before it was said, with or without a verb this reader knows.</summary>
    private static bool EndsClause(ExtractionContext ctx, int afterCue, int sEnd)
    {
        var doc = ctx.Doc;
        // (The cue's clause ends at a comma too: "…, told Vox, and they are …", "…, told The Hill, a website, in June".)
        int end = afterCue;
        while (end < sEnd && !doc.Is(end, ",")) end++;
        while (end > afterCue && doc.Tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end - afterCue > MaxWordsAfterClosingCue) return false;
        for (int k = afterCue; k < end; k++)
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        // ("…, said, “This government …”": a quotation after the comma is what was said.)
        return !(doc.Is(end, ",") && end + 1 < sEnd && (doc.Tokens[end + 1].Kind == TokenKind.Quote || ctx.InQuote[end + 1] >= 0));
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="end"/>), with no comma, open like an adjunct or
    /// end in a time word (<c>After the vote</c>, <c>A few years ago</c>): no content.</summary>
    private static bool IsAdjunct(DocumentView doc, int first, int end)
    {
        for (int k = first; k < end; k++) if (doc.Is(k, ",")) return false;
        return OpensAdjunct(doc, first) || FunctionWords.IsTimePhraseWord(doc.Word(end - 1));
    }

    /// <summary>How many tokens a time or place adjunct before the subject may have (<c>Earlier this year</c>, <c>In the
    /// capital on Monday</c>).</summary>
    private const int MaxOpeningAdjunctTokens = 6;

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="end"/>) are a short adjunct with no verb: an
    /// opening preposition or time word first, or a time word last, and no comma, auxiliary or finite verb.</summary>
    private static bool IsTimeOrPlaceAdjunct(DocumentView doc, int first, int end)
    {
        if (end - first > MaxOpeningAdjunctTokens || PhraseReader.HasVerbBetween(doc, first, end)) return false;
        for (int k = first; k < end; k++) if (doc.Is(k, ",")) return false;
        // (The opening-preposition list is matched in any case: "Earlier".)
        var opening = doc.Word(first);
        return FunctionWords.IsOpeningPreposition(opening) || FunctionWords.IsDayOrTime(opening) || FunctionWords.IsTimePhraseWord(doc.Word(end - 1));
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="end"/>) are one entity's name.</summary>
    private static bool IsNameAlone(DocumentView doc, int first, int end) =>
        doc.IsEntityToken(end - 1) && doc.TrimToEntity(first, end, anyType: true).Start == first && doc.IsEntityToken(first);


    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) are words with no verb, clause word or
    /// quotation among them (a speaker's name or description).</summary>
    private static bool IsNounPhrase(ExtractionContext ctx, int start, int end)
    {
        var doc = ctx.Doc;
        if (end <= start) return false;
        for (int k = start; k < end; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !doc.Is(k, ".") && !doc.Is(k, "-")) return false;
            var w = doc.Word(k);
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsClauseWord(w) || w is "that") return false;
        }
        return true;
    }

    /// <summary>True when a dash stands between <paramref name="from"/> and <paramref name="to"/> (exclusive).</summary>
    private static bool DashBefore(DocumentView doc, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (doc.IsDash(k)) return true;
        return false;
    }

    /// <summary>
    /// "As the mayor noted, the plan failed.", "But as Clyburn said, those voters …": the sentence opens with <c>as</c>,
    /// the speaker and the cue; the content follows the comma after the cue (read before the speaker-cue-content layout,
    /// which would take what stands between the cue and that comma as the content).
    /// </summary>
    internal static ClaimDraft? AsSpeakerSaid(ExtractionContext ctx, int cue, CueEntry entry, int sFirst, int floor, int sEnd)
    {
        var doc = ctx.Doc;
        int @as = Math.Max(sFirst, floor);
        if (doc.Is(@as, FunctionWords.IsClauseConjunction)) @as++;
        // ("…, and as The Times reported on Saturday, the plan …", "given that, as Lee said, …": an "as" clause set off by
        // a comma inside the sentence, when a clause follows its closing comma; PolNeAR train's misses.)
        bool inside = false;
        if (!doc.Is(@as, "as") && MidSentenceAs(ctx, cue, Math.Max(sFirst, floor)) is var mid and >= 0)
        {
            @as = mid;
            inside = true;
        }
        // ("As The Times reported on Saturday, …", "As Levitt explained to me, …", "As he has said repeatedly, …": a short
        // adjunct or person told, with no verb, may come between the cue and its comma.)
        int comma = cue + entry.Words;
        while (comma < sEnd && comma < cue + entry.Words + MaxAsAdjunctTokens && doc.Tokens[comma].Kind is TokenKind.Word or TokenKind.Number
               && ctx.InQuote[comma] < 0 && !IsVerbOrClauseWord(doc.Word(comma))) comma++;
        if (!doc.Is(@as, "as") || @as + 1 >= cue || comma >= sEnd || !doc.Is(comma, ",")) return null;
        // (A clause must follow its comma, not a joiner: "The plan failed, as The Times reported, and the council …" reports
        // the clause before.)
        if (inside && (comma + 1 >= sEnd || doc.Tokens[comma + 1].Kind != TokenKind.Word || FunctionWords.IsCoordinator(doc.Word(comma + 1))
                       || FunctionWords.IsClauseWord(doc.Word(comma + 1)))) return null;
        // (An adjunct opens with a preposition, an adverb, a day or a number, or ends in a time word ("two weeks ago"), or
        // is the person told ("As experts told NPR, …"); "mocked his opposition to the war, …" is an object.)
        if (comma > cue + entry.Words && !OpensAsAdjunct(doc, cue + entry.Words) && !FunctionWords.IsTimePhraseWord(doc.Word(comma - 1))
            && !FunctionWords.IsPersonToldLemma(entry.Lemma)) return null;
        // ("As best I can tell, …" is no attribution: a modal before the cue; "As he has said many times" is.)
        if (FunctionWords.IsAuxiliary(doc.Word(cue - 1)) && !FunctionWords.IsPerfectAuxiliary(doc.Word(cue - 1))) return null;
        // ("But as the union threatens to strike more often, …": an infinitive after the cue is its content, no adjunct; "to"
        // before a pronoun, a determiner, a name or a plural is the person told.)
        if (doc.Is(cue + entry.Words, "to") && cue + entry.Words + 1 < sEnd && doc.Word(cue + entry.Words + 1) is var told
            && !(FunctionWords.IsObjectPronoun(told) || FunctionWords.IsNonSubjectPronoun(told) || FunctionWords.IsDeterminer(told) || char.IsUpper(told[0]) || told.EndsWith("s"))) return null;
        var speaker = PhraseReader.TrimAdverbs(doc, @as + 1, cue);
        if (speaker.Start < 0 || !PlausibleSpeaker(doc, speaker.Start, speaker.End)) return null;
        return ContentAfter(ctx, cue, entry, speaker, comma + 1, sEnd);
    }

    /// <summary>The <c>as</c> opening the speaker before <paramref name="cue"/> after a comma (and a joiner) inside the sentence
    /// (<c>…, and as The Times reported</c>), within a speaker's length and with no clause break; -1 when there is none.</summary>
    private static int MidSentenceAs(ExtractionContext ctx, int cue, int from)
    {
        var doc = ctx.Doc;
        for (int k = cue - 1; k > from + 1 && k >= cue - PhraseReader.MaxSpeakerTokens - 1; k--)
        {
            if (doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) return -1;
            if (!doc.Is(k, "as")) continue;
            if (doc.Is(k - 1, FunctionWords.IsClauseConjunction)) return doc.Is(k - 2, ",") ? k : -1;
            if (!doc.Is(k - 1, ",")) return -1;
            // (After a comma alone, only where the clause goes on past the aside: after "that", a joiner, a subordinator, an
            // auxiliary or a discourse word ("given that, as …", "is, as …"), or after an opening phrase with no verb ("In
            // other words, as …"); not after a clause or participle of its own, which the aside comments on ("Asked whether
            // it would help, as Democrats suggested, Flake rejected …").)
            var w = doc.Word(k - 2);
            if (doc.Is(k - 2, "that") || FunctionWords.IsCoordinator(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsDiscourseWord(w)
                || ContentBoundary.IsSubordinator(doc, k - 2)) return k;
            // (The opener is read back to its clause break, a bounded number of words.)
            int open = k - 2;
            while (open > from && !doc.IsClauseBreak(open - 1))
            {
                if (k - open > MaxAsOpenerTokens) return -1;
                open--;
            }
            for (int j = open; j < k - 1; j++)
                if (FunctionWords.IsFiniteVerb(doc.Word(j)) || FunctionWords.IsAuxiliary(doc.Word(j)) || ctx.Cues.IsCueWord(doc.Word(j))) return -1;
            return k;
        }
        return -1;
    }

    /// <summary>How many words a verbless opener before a mid-sentence <c>as</c> aside is read back (<c>In other words, as …</c>): a
    /// bound on the scan, each cue reading at most this many.</summary>
    private const int MaxAsOpenerTokens = 40;

    /// <summary>How many words may stand between the cue of <c>As X said</c> and its comma (<c>explained here in January 2014</c>).</summary>
    internal const int MaxAsAdjunctTokens = 6;

    /// <summary>True when token <paramref name="k"/> may open an adjunct: a number, preposition, adverb, day or time word.</summary>
    private static bool OpensAsAdjunct(DocumentView doc, int k)
    {
        var w = doc.Word(k);
        return doc.Tokens[k].Kind == TokenKind.Number || FunctionWords.IsPreposition(w) || FunctionWords.IsLowerCaseAdverb(w)
            || (FunctionWords.IsAdverbOrAuxiliary(w) && !FunctionWords.IsAuxiliary(w)) || FunctionWords.IsDayOrTime(w) || FunctionWords.IsTimePhraseWord(w);
    }

    /// <summary>A verb (finite, present or auxiliary) or a clause word: no part of an adjunct.</summary>
    private static bool IsVerbOrClauseWord(ReadOnlySpan<char> w) =>
        FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsClauseWord(w) || w is "that";

    /// <summary>A mid-sentence claim whose content runs from <paramref name="first"/> to its boundary.</summary>
    private static ClaimDraft? ContentAfter(ExtractionContext ctx, int cue, CueEntry entry, (int Start, int End) speaker, int first, int sEnd)
    {
        var doc = ctx.Doc;
        if (speaker.Start < 0) return null;
        var draft = new ClaimDraft { Kind = entry.Kind, CueClass = entry.Class, Layout = AttributionLayout.MidSentence, SentenceIndex = doc.SentenceOf(cue) };
        int last = ContentBoundary.End(ctx, first, sEnd, draft);
        if (last - first < 2) return null;
        ctx.SetContent(draft, first, last);
        ctx.SetCue(draft, cue, entry.Words);
        ctx.SetSpeaker(draft, speaker);
        return draft;
    }

    /// <summary>
    /// An attribution set off by commas inside one clause. <c>The plan, she said, was never funded.</c>: the part before is
    /// a subject without a verb and the part after opens with its verb; the content is the part after, as the spec's
    /// content leaves out speaker and cue (the gold of train t34 does the same for <c>The witnesses, according to the
    /// filings, worked with …</c>; PolNeAR spans the whole clause, the attribution inside it). <c>In the three years
    /// since, he said, the county …</c>: the part before is an opening adjunct and the part after has its own subject, so
    /// the content is again the part after (as <c>Specifically, the court said, …</c>). Null when neither holds: the part
    /// before is the content.
    /// </summary>
    private static ClaimDraft? Interrupted(ExtractionContext ctx, int cue, CueEntry entry, (int Start, int End) speaker, int first, int last, int sEnd)
    {
        var doc = ctx.Doc;
        int comma = Math.Max(cue + entry.Words, speaker.End);
        // "The solution, the partner told them, was simple": the person told stands between the cue and its comma.
        if (!doc.Is(comma, ",") && speaker.End <= cue && FunctionWords.IsPersonObjectLemma(entry.Lemma))
        {
            int k = comma;
            while (k < sEnd && k <= comma + MaxPersonToldTokens && doc.Tokens[k].Kind == TokenKind.Word && !FunctionWords.IsFiniteVerb(doc.Word(k)) && !FunctionWords.IsClauseWord(doc.Word(k))) k++;
            if (k > comma && doc.Is(k, ",")) comma = k;
        }
        // "In the end, Lee said in an email, the plan …": a short adjunct between the cue and its comma (PolNeAR train's
        // missed attributions).
        // (A clause must resume after its comma, a subject, a verb or an adverb: not "insisting on due process, transparency,
        // and …", a list the cue's own object runs into.)
        else if (!doc.Is(comma, ",") && speaker.End <= cue && CueFinder.AdjunctEnd(doc, comma, comma + MaxAsAdjunctTokens + 1) is var adjunct
                 && adjunct > comma + 1 && doc.Is(adjunct, ",") && adjunct + 1 < sEnd && doc.Tokens[adjunct + 1].Kind == TokenKind.Word
                 && (FunctionWords.OpensSubject(doc.Word(adjunct + 1)) || FunctionWords.IsAuxiliary(doc.Word(adjunct + 1)) || FunctionWords.IsFiniteVerb(doc.Word(adjunct + 1))
                     || FunctionWords.IsLowerCaseAdverb(doc.Word(adjunct + 1))))
            comma = adjunct;
        var resumes = Resumption(ctx, first, last, comma, sEnd);
        if (resumes == ClauseResumption.None) return null;
        int next = comma + 1;
        if (resumes == ClauseResumption.AfterAdjunct) return ContentAfter(ctx, cue, entry, speaker, next, sEnd);
        var draft = new ClaimDraft { Kind = entry.Kind, CueClass = entry.Class, Layout = AttributionLayout.Interrupted, SentenceIndex = doc.SentenceOf(cue) };
        int end = ContentBoundary.End(ctx, next, sEnd, draft);
        if (end <= next) return null;
        ctx.SetContent(draft, next, end);
        ctx.SetCue(draft, cue, entry.Words);
        ctx.SetSpeaker(draft, speaker);
        return draft;
    }

    /// <summary>How the sentence goes on after an attribution set off by commas.</summary>
    internal enum ClauseResumption
    {
        /// <summary>The part before is a content of its own (or the sentence does not go on).</summary>
        None,

        /// <summary>The part before [first, last] is a subject without a verb; the part after opens with its verb.</summary>
        Predicate,

        /// <summary>The part before is an opening adjunct; the part after is a clause with its own subject.</summary>
        AfterAdjunct,
    }

    /// <summary>Whether the clause interrupted by an attribution resumes after it (see <see cref="ClauseResumption"/>).</summary>
    internal static ClauseResumption Resumption(ExtractionContext ctx, int first, int last, int comma, int sEnd)
    {
        var doc = ctx.Doc;
        if (!doc.Is(comma, ",") || comma + 1 >= sEnd) return ClauseResumption.None;
        int next = comma + 1;
        if (ctx.InQuote[next] >= 0 || doc.Tokens[next].Kind != TokenKind.Word) return ClauseResumption.None;
        for (int k = first; k <= last; k++)
            if (doc.Is(k, ",") || doc.Is(k, ";") || doc.Is(k, ":") || ctx.InQuote[k] >= 0 || FunctionWords.IsAuxiliary(doc.Word(k)) || FunctionWords.IsSayForm(doc.Word(k)))
                return ClauseResumption.None;
        // "But in the end, according to Roffman, Trump made …": after an opening adjunct the clause may open with a name.
        if (!char.IsLower(doc.Word(next)[0]))
            return OpensAdjunct(doc, first) && doc.IsEntityToken(next) && !doc.Is(next + 1, ",") ? ClauseResumption.AfterAdjunct : ClauseResumption.None;
        int verb = next;
        while (verb < sEnd && verb < next + 2 && FunctionWords.IsAdverb(doc.Word(verb))) verb++;
        bool verbFirst = verb < sEnd && (FunctionWords.IsAuxiliary(doc.Word(verb)) || FunctionWords.IsFiniteVerb(doc.Word(verb)));
        // ("At the hearing, she told the judge, who was presiding, that …": a relative clause or a participle after the
        // attribution belongs to its object, not to a new clause.)
        // (An adjunct alone is no content: even before a verb the content is what follows — "Despite the dangers,
        // observers say, retired officers should …" — unless a name in it makes the part before a subject: "Right-wing
        // blogger Mike Cernovich, whose work X praised, blasted …".)
        if (OpensAdjunct(doc, first))
            return (verbFirst && doc.HoldsEntity(first, last + 1)) || FunctionWords.IsClauseWord(doc.Word(next)) || FunctionWords.IsRelativePronoun(doc.Word(next)) || FunctionWords.IsNoResumptionWord(doc.Word(next))
                || (doc.Word(next).Length > 4 && doc.Word(next).EndsWith("ing")) ? ClauseResumption.None : ClauseResumption.AfterAdjunct;
        // "Sooner or later, the governor said, the plan pays off": a part of three words or fewer, naming no one, before a
        // clause with a subject of its own is an adjunct too.
        // (Not a clause of its own: "We lost, he said, the fight was rigged" has a subject and a verb before the comma.)
        if (!verbFirst && last - first < MaxShortAdjunctTokens && !doc.HoldsEntity(first, last + 1) && !PhraseReader.HasVerbBetween(doc, null, first, last + 1)
            && !FunctionWords.IsPersonalPronounSubject(doc.Word(first))
            && (FunctionWords.IsDeterminer(doc.Word(next)) || FunctionWords.IsPersonalPronounSubject(doc.Word(next))))
            return ClauseResumption.AfterAdjunct;
        if (!verbFirst) return ClauseResumption.None;
        for (int k = first; k <= last; k++)
            if (FunctionWords.IsFiniteVerb(doc.Word(k))) return ClauseResumption.None;
        return ClauseResumption.Predicate;
    }

    /// <summary>How many words a part before a mid-sentence attribution may have to be read as an adjunct by its length
    /// alone (<c>Sooner or later</c>).</summary>
    private const int MaxShortAdjunctTokens = 3;

    /// <summary>A sentence part that opens with a preposition, a subordinator, an adverb or a participle (<c>In the
    /// years since …</c>, <c>Based on …</c>, <c>Specifically …</c>): an adjunct, not the subject.</summary>
    private static bool OpensAdjunct(DocumentView doc, int first)
    {
        // ("But the next day, according to Roffman, Trump …": past a coordinator opening the sentence.)
        if (doc.Is(first, FunctionWords.IsCoordinator) && first + 1 < doc.Tokens.Length && doc.Tokens[first + 1].Kind == TokenKind.Word) first++;
        var w = doc.Word(first);
        if (FunctionWords.IsOpeningPreposition(w) || FunctionWords.IsAdjunctOpener(w) || FunctionWords.IsNounPreposition(w) || FunctionWords.IsAdverb(w)) return true;
        if ((Links.ClaimWords.Embedded.Of(w) & (Links.ClaimWord.Subordinator | Links.ClaimWord.SentenceAdverb)) != 0) return true;
        return w.Length > 4 && (w.EndsWith("ing") || w.EndsWith("ed"));
    }

    /// <summary>"…, Texas) said", "…, on NBC said": a speaker is a noun phrase, not a preposition or a closing bracket;
    /// "…, told me.": nor the one told.</summary>
    private static bool PlausibleSpeaker(DocumentView doc, int start, int end)
    {
        if (FunctionWords.IsNonSpeakerStart(doc.Word(start)) || FunctionWords.IsNonSubjectPronoun(doc.Word(start))) return false;
        // ("… in which she repeatedly, implicitly criticized the plan": an adverb alone after a comma names no one; PolNeAR
        // train's speaker "Arizona", read past it.)
        if (end == start + 1 && FunctionWords.IsLowerCaseAdverb(doc.Word(start))) return false;
        // "Trump, meanwhile, heads to Georgia today to announce …": an infinitive of purpose has no speaker before it.
        if (doc.Is(end - 1, "to")) return false;
        for (int k = start; k < end; k++) if (doc.Tokens[k].Kind != TokenKind.Word && doc.Tokens[k].Kind != TokenKind.Number && !doc.Is(k, ".") && !doc.Is(k, "-")) return false;
        return true;
    }

    /// <summary>True when a comma outside quotations stands in [<paramref name="from"/>, <paramref name="sEnd"/>).</summary>
    private static bool CommaAfter(ExtractionContext ctx, int from, int sEnd)
    {
        for (int k = from; k < sEnd; k++)
            if (ctx.Doc.Is(k, ",") && ctx.InQuote[k] < 0) return true;
        return false;
    }

    /// <summary>"Specifically, the court said, he should get …": only an opening word before the attribution, so the content
    /// follows the comma after the cue.</summary>
    private static ClaimDraft? MidSentence(ExtractionContext ctx, int cue, CueEntry entry, (int Start, int End) speaker, int sEnd)
    {
        var doc = ctx.Doc;
        int comma = cue + entry.Words;
        // "Instead, Trump told CNN, his policy would …": the person told stands between the cue and its comma.
        if (!doc.Is(comma, ",") && FunctionWords.IsPersonObjectLemma(entry.Lemma))
        {
            int k = comma;
            while (k < sEnd && k <= comma + MaxPersonToldTokens && doc.Tokens[k].Kind == TokenKind.Word && !FunctionWords.IsFiniteVerb(doc.Word(k)) && !FunctionWords.IsClauseWord(doc.Word(k))) k++;
            if (k > comma && doc.Is(k, ",")) comma = k;
        }
        if (!doc.Is(comma, ",") || speaker.End > cue) return null;
        // ("“Hoo-boy,” Sen. Ann Lee said, sharing the video": a participle after the comma is what the speaker did next, not
        // what was said.)
        // (Not a gerund that is the clause's subject: "he says, talking “appears to spread the virus.”")
        if (comma + 2 < sEnd && doc.Word(comma + 1) is { Length: > 4 } next && next.EndsWith("ing") && char.IsLower(next[0])
            && !FunctionWords.IsPrepositionalParticiple(next) && doc.Tokens[comma + 2].Kind == TokenKind.Word && !FunctionWords.IsFiniteVerb(doc.Word(comma + 2)) && !FunctionWords.IsAuxiliary(doc.Word(comma + 2))) return null;
        // ("“Quiet,” he demanded, as Berg continued to interject": a subordinate clause after the comma is the occasion;
        // PolNeAR train's false claims.)
        // (Not when a comma closes that clause and the content goes on after it: "Therefore, Lee concluded, as with the last
        // trial, she would vote to acquit.")
        if (comma + 1 < sEnd && FunctionWords.IsTemporalSubordinator(doc.Word(comma + 1)) && !CommaAfter(ctx, comma + 2, sEnd)) return null;
        return ContentAfter(ctx, cue, entry, speaker, comma + 1, sEnd);
    }
}
