namespace PoliticalNlp.Claims;

/// <summary>
/// Reads the noun phrases attribution rests on: the subject before a cue, the speaker after one, a sentence's opening
/// subject. Every search is bounded by a few tokens (<see cref="MaxSpeakerTokens"/>, a clause), so speakers cost O(1) a cue.
/// </summary>
internal static class PhraseReader
{
    public const int MaxSpeakerTokens = 8;

    /// <summary>How many words an unnamed antecedent of <c>, who said</c> may take (<c>rights groups</c>, <c>the country's
    /// largest union</c>).</summary>
    private const int MaxDescriptionTokens = 5;

    /// <summary>How long a parenthesis between a speaker and the cue may be (<c>(R-Ky.)</c>, <c>(who has 25 delegates)</c>).</summary>
    private const int MaxParenthesisTokens = 24;

    /// <summary>True when the words before a cue open with a verb or a joiner, not a noun phrase (<c>putting out a
    /// statement contradicting …</c>, <c>released a statement questioning …</c>, <c>while commenting …</c>).</summary>
    public static bool OpensWithVerbOrJoiner(DocumentView doc, int k)
    {
        var w = doc.Word(k);
        if (w.IsEmpty || !char.IsLower(w[0])) return false;
        return (w.Length > 4 && w.EndsWith("ing")) || FunctionWords.IsFiniteVerb(w) || FunctionWords.IsVerbJoiner(w);
    }

    /// <summary>The sentence's opening noun phrase ("EU foreign ministers agreed …, and said …").</summary>
    public static (int Start, int End) SentenceSubject(DocumentView doc, CueFinder cues, int sFirst, int limit)
    {
        // "However, the ministry …": past a discourse word; "On 17 November, Chinese Vice Foreign Minister Wu Daiwei
        // met …": past an opening adverbial to the subject.
        sFirst = AfterDateline(doc, sFirst, limit);
        // ("And although he thanked …, he sounded …": a lower-case subordinator after a discourse word opens the sentence too.)
        int opening = sFirst;
        while (sFirst + 1 < limit && FunctionWords.IsDiscourseWord(doc.Word(sFirst))) sFirst++;
        sFirst = AfterOpeningTimePhrase(doc, cues, sFirst, limit);
        // "Last month, when I asked him …, he …": a subordinator after an opening time phrase, in lower case.
        bool subordinator = FunctionWords.IsOpeningSubordinator(doc.Word(sFirst)) || (sFirst > opening && IsOpeningSubordinatorInLowerCase(doc.Word(sFirst)));
        // "When Lee, the campaign manager, was asked …, he laughed and said": the subordinate clause may hold commas of its
        // own (an appositive); a subject pronoun after a comma opens the main clause, which no subordinate clause's comma does.
        if (subordinator && PronounAfterComma(doc, sFirst + 1, limit) is var main and >= 0) return (main, main + 1);
        // "As the tweets gained steam, London police weighed in, saying …": past an opening subordinate clause.
        // "Speaking at a town hall in Salem, the senator …", "Amid calls to resign, the mayor …": past an opening
        // participle or preposition's phrase to the subject (not "By noon she was …": a clause of its own).
        // ("In June 2009, after Clinton suffered a concussion, Axelrod …": a second adjunct, a subordinate clause in lower case,
        // after the first.)
        for (int round = 0; round < 2; round++)
        {
            if (!(FunctionWords.IsOpeningPreposition(doc.Word(sFirst)) || FunctionWords.IsAdjunctOpener(doc.Word(sFirst)) || subordinator || OpensAdjunct(doc.Word(sFirst)))) break;
            bool clause = subordinator;
            int before = sFirst;
            int dashes = 0;
            for (int k = sFirst + 1; k < Math.Min(limit, sFirst + MaxOpeningAdjunctTokens); k++)
            {
                if (doc.Is(k, ",")) { sFirst = k + 1; break; }
                // ("In a speech in Reno -- which holds its caucus on Saturday -- Lee argued …": the dash closing an aside of
                // the adjunct ends the adjunct as its comma would.)
                if (doc.IsDash(k) && ++dashes == 2) { sFirst = k + 1; break; }
                // ("Rallying workers who are struggling to get by, Clinton …": a relative clause's auxiliary is no verb of the sentence.)
                if (!clause && FunctionWords.IsAuxiliary(doc.Word(k)) && !FunctionWords.IsClauseWord(doc.Word(k - 1)) && !FunctionWords.IsRelativePronoun(doc.Word(k - 1))) break;
            }
            if (sFirst == before || sFirst >= limit) break;
            subordinator = IsOpeningSubordinatorInLowerCase(doc.Word(sFirst));
            if (!subordinator) break;
        }
        sFirst = AfterOpeningPrepositionalPhrase(doc, sFirst, limit);
        // "He’s comparing the plan to Obama’s order and says …", "She’s a Lee supporter but concedes …": a personal pronoun
        // opening the clause is its subject, whatever name its predicate holds. (Not "It": "It was Lee who argued …".)
        if (sFirst + 1 < limit && IsSubjectPronounButIt(doc, sFirst)) return (sFirst, sFirst + 1);
        // "Then he cut into Lee, calling …", "Yesterday she said …": an opening adverb or time word is no part of the subject
        // pronoun after it.
        // ("A few minutes later they reversed …": so is a time phrase ending in one.)
        for (int p = sFirst + 1; p + 1 < limit && p <= sFirst + MaxOpeningPhraseTokens && doc.Tokens[p - 1].Kind is TokenKind.Word or TokenKind.Number; p++)
        {
            if (IsSubjectPronounButIt(doc, p) && (doc.Tokens[p - 1].Kind == TokenKind.Number || IsOpeningAdverbOrTime(doc.Word(p - 1))))
                return (p, p + 1);
        }
        var person = doc.FirstPerson(sFirst, Math.Min(limit, sFirst + 10));
        // ("An aide to Senator Ann Lee declined …, noting …": the aide is the subject, to the end of the name, not Lee.)
        if (person.Start >= 0 && !HasVerbBetween(doc, cues, sFirst, person.Start)) return doc.ServesTheNamed(sFirst, person.Start) ? (sFirst, person.End) : person;
        int end = sFirst;
        // (A number inside it too: "Other potential 2016 presidential candidates".)
        while (end < limit && end - sFirst < MaxSentenceSubjectTokens && (doc.Tokens[end].Kind == TokenKind.Word || (end > sFirst && doc.Tokens[end].Kind == TokenKind.Number))
               && !OpensPredicate(doc, cues, end)) end++;
        // "The Assistant AG for the Criminal Division made …", "An op-ed in The Atlantic opined …": a name the length cap
        // cut after its preposition or article is read to its end.
        if (end < limit && end - sFirst == MaxSentenceSubjectTokens && doc.IsEntityToken(end) && doc.EntityEndToken(end) is var nameEnd && nameEnd <= limit
            && (FunctionWords.IsDeterminer(doc.Word(end - 1)) || FunctionWords.IsPreposition(doc.Word(end - 1)) || FunctionWords.IsCoordinator(doc.Word(end - 1))
                || doc.EntityEndToken(end - 1) == nameEnd)) end = nameEnd;
        // "The national political parties and some of their donors …": a subject the cap cut after a joiner, article or
        // preposition ends before it.
        while (end - 1 > sFirst && (FunctionWords.IsCoordinator(doc.Word(end - 1)) || FunctionWords.IsDeterminer(doc.Word(end - 1)) || FunctionWords.IsPreposition(doc.Word(end - 1)))) end--;
        return end > sFirst ? doc.TrimToEntity(sFirst, end) : (-1, -1);
    }

    /// <summary>A lower-case word that opens a subject after a joiner: a determiner, a count or a person's subject pronoun
    /// (<c>the</c>, <c>several</c>, <c>he</c>; not <c>it</c>, which may be an object).</summary>
    private static bool OpensLowerCaseSubject(ReadOnlySpan<char> w) =>
        !w.IsEmpty && char.IsLower(w[0]) && (FunctionWords.IsDeterminer(w) || FunctionWords.IsCountWord(w) || FunctionWords.IsPersonPronounSubject(w));

    /// <summary>How many words may open a sentence before its subject pronoun when the last of them is an adverb, time word or
    /// number (<c>Then</c>, <c>A few minutes later</c>, <c>In 2015</c>).</summary>
    private const int MaxOpeningPhraseTokens = 5;

    /// <summary>An adverb or a day or time word, in either case (<c>Then</c>, <c>now</c>, <c>Yesterday</c>).</summary>
    private static bool IsOpeningAdverbOrTime(ReadOnlySpan<char> w) =>
        !w.IsEmpty && char.IsLetter(w[0]) && (FunctionWords.IsAdverb(w) || FunctionWords.IsDayOrTime(w)
            || WithFirstLetterRecased(w, false, FunctionWords.IsAdverb) || WithFirstLetterRecased(w, false, FunctionWords.IsDayOrTime));

    /// <summary>The first subject pronoun (not <c>it</c>) in lower case right after a comma in [from, limit) with a word after
    /// it, before any semicolon and within twice <see cref="MaxSubordinateClauseTokens"/> tokens (a subordinate clause and an
    /// appositive inside it), or -1.</summary>
    private static int PronounAfterComma(DocumentView doc, int from, int limit)
    {
        for (int c = from; c + 2 < limit && c < from + 2 * MaxSubordinateClauseTokens; c++)
        {
            if (doc.Is(c, ";")) return -1;
            if (doc.Is(c, ",") && doc.Tokens[c + 1].Kind == TokenKind.Word && char.IsLower(doc.Word(c + 1)[0])
                && IsSubjectPronounButIt(doc, c + 1) && doc.Tokens[c + 2].Kind == TokenKind.Word) return c + 1;
        }
        return -1;
    }

    /// <summary>How long a relative clause that lost its closing comma may be before its cue (<c>MSNBC, which also hosts a
    /// party said</c>); a longer one more often holds the cue's own subject.</summary>
    private const int MaxUnclosedRelativeTokens = 8;

    /// <summary>How many words a sentence's opening subject is read for (before a name it ends inside).</summary>
    private const int MaxSentenceSubjectTokens = 5;

    /// <summary>True when the word at <paramref name="k"/> ends a sentence's opening subject: a verb, an adverb or a cue
    /// word. (A name's word and a hyphenated adjective in -ed are no verbs: "the GOP-controlled House", "state-owned media".)</summary>
    private static bool OpensPredicate(DocumentView doc, CueFinder cues, int k)
    {
        var w = doc.Word(k);
        // ("a visibly frustrated Cruz": an adverb or participle right after an article, or after an article and an adverb,
        // is inside the noun phrase.)
        if (k > 0 && (FunctionWords.IsDeterminer(doc.Word(k - 1)) || (k > 1 && FunctionWords.IsLowerCaseAdverb(doc.Word(k - 1)) && FunctionWords.IsDeterminer(doc.Word(k - 2))))
            && (FunctionWords.IsLowerCaseAdverb(w) || w.EndsWith("ed"))) return false;
        bool verb = (w.EndsWith("ed") || FunctionWords.IsFiniteVerb(w)) && !(w.Contains('-') && !doc.Is(k, "-")) && !doc.IsEntityToken(k);
        return verb || FunctionWords.IsAdverb(w) || cues.IsCueWord(w);
    }

    /// <summary>How far past a subordinator the comma before the main clause is looked for.</summary>
    private const int MaxSubordinateClauseTokens = 20;

    /// <summary>The subject of a clause after a comma in [from, limit): a capitalised word or determiner, then a finite
    /// verb within a few words (<c>after Clinton suffered a concussion, Axelrod emailed …</c> → Axelrod), or (-1, -1).</summary>
    private static (int Start, int End) MainClauseAfter(DocumentView doc, int from, int limit, int[] inQuote)
    {
        for (int c = from; c + 2 < limit && c < from + MaxSubordinateClauseTokens; c++)
        {
            if (!doc.Is(c, ",") || inQuote[c] >= 0) continue;
            var first = doc.Word(c + 1);
            if (doc.Tokens[c + 1].Kind != TokenKind.Word || !(char.IsUpper(first[0]) || FunctionWords.IsDeterminer(first))) continue;
            for (int v = c + 2; v < limit && v <= c + 1 + MaxSpeakerTokens; v++)
            {
                if (doc.IsClauseBreak(v) || inQuote[v] >= 0) break;
                var w = doc.Word(v);
                if (char.IsLower(w[0]) && FunctionWords.IsFiniteVerb(w)) return (c + 1, v);
            }
        }
        return (-1, -1);
    }

    /// <summary>How far back a clause joined by <c>, and</c> / <c>, but</c> is looked for.</summary>
    private const int MaxJoinedClauseTokens = 40;

    /// <summary>
    /// The subject of the last clause joined by <c>, and</c>, <c>, but</c> or <c>;</c> before <paramref name="limit"/>
    /// that has a subject of its own: <c>Lee won the vote, but Berg has not conceded and has called it a fraud</c> → Berg;
    /// none when the sentence has no such clause (its opening subject then speaks).
    /// </summary>
    public static (int Start, int End) JoinedClauseSubject(DocumentView doc, CueFinder cues, int sFirst, int limit, int[] inQuote)
    {
        for (int k = limit - 2; k > sFirst && k >= limit - MaxJoinedClauseTokens; k--)
        {
            if (inQuote[k] >= 0) continue;
            // A subordinate clause (after, when, while …) counts too, unless its subject is a pronoun: "X erupted after
            // the tycoon entered the race, calling …" is the tycoon's, "McConnell embraced him after he won and said …"
            // is McConnell's.
            // (", as Berg echoed the criticism, saying …": a temporal "as" after a comma opens one too.)
            bool subordinate = FunctionWords.IsParticipleSubordinator(doc.Word(k)) || (FunctionWords.IsTemporalSubordinator(doc.Word(k)) && doc.Is(k - 1, ","));
            bool joins = (doc.Is(k, FunctionWords.IsClauseConjunction) && doc.Is(k - 1, ",")) || doc.Is(k, ";") || subordinate;
            if (!joins) continue;
            int start = k + 1;
            while (start < limit && FunctionWords.IsDiscourseWord(doc.Word(start))) start++;
            if (start >= limit || inQuote[start] >= 0 || doc.Tokens[start].Kind != TokenKind.Word) continue;
            var first = doc.Word(start);
            if (subordinate && FunctionWords.IsPersonalPronounSubject(first)) continue;
            if (!char.IsUpper(first[0]) && !FunctionWords.IsDeterminer(first) && !FunctionWords.IsPersonPronounSubject(first)) continue;
            // "after Clinton suffered a concussion, Axelrod emailed her …, telling her": a subordinate clause the main
            // clause follows after its comma is not the clause the participle continues.
            if (subordinate && MainClauseAfter(doc, k + 1, limit, inQuote) is { Start: >= 0 } main) return doc.TrimToEntity(main.Start, main.End);
            int end = start;
            while (end < limit && end - start < MaxSpeakerTokens && doc.Tokens[end].Kind == TokenKind.Word && inQuote[end] < 0
                   && !FunctionWords.IsFiniteVerb(doc.Word(end)) && !FunctionWords.IsAuxiliary(doc.Word(end)) && !FunctionWords.IsClauseWord(doc.Word(end))
                   && !FunctionWords.IsLowerCaseAdverb(doc.Word(end)) && !cues.IsCueWord(doc.Word(end))) end++;
            // A subject then its verb: "but Berg has …", "and the union sued …" (not "and sued …", "and then …").
            if (end == start || end >= limit) continue;
            var verb = doc.Word(end);
            if (FunctionWords.IsFiniteVerb(verb) || FunctionWords.IsAuxiliary(verb) || FunctionWords.IsLowerCaseAdverb(verb) || cues.IsCueWord(verb))
                return doc.TrimToEntity(start, end);
        }
        return (-1, -1);
    }

    /// <summary>How long an opening time phrase may be before its comma (<c>Eight years ago,</c>).</summary>
    private const int MaxOpeningTimeTokens = 6;

    /// <summary>The first token after an opening time phrase or sentence adverb and its comma (<c>This year, he …</c>,
    /// <c>Eight years ago, he …</c>, <c>Instead, he …</c>); <paramref name="sFirst"/> itself when there is none.</summary>
    private static int AfterOpeningTimePhrase(DocumentView doc, CueFinder cues, int sFirst, int limit)
    {
        bool time = false;
        for (int k = sFirst; k < limit && k < sFirst + MaxOpeningTimeTokens; k++)
        {
            if (doc.Is(k, ",")) return time && k + 1 < limit ? k + 1 : sFirst;
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return sFirst;
            var w = doc.Word(k);
            if (FunctionWords.IsTimePhraseWord(w) || FunctionWords.IsDayOrTime(w) || FunctionWords.IsSentenceAdverb(w)) time = true;
            else if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || cues.IsCueWord(w) || doc.IsEntityToken(k)) return sFirst;
        }
        return sFirst;
    }

    /// <summary>
    /// The subject after a short phrase of time or occasion that opens the sentence with no comma (<c>On Monday a judge</c>,
    /// <c>For weeks Saudi Arabia</c>, <c>During one call the witness</c>): a capitalised preposition, then lower-case words,
    /// numbers or days up to a determiner or a capitalised word; <paramref name="start"/> itself when there is none (<c>In
    /// Washington officials</c> is left whole: where the phrase ends is not written).
    /// </summary>
    private static int AfterOpeningPrepositionalPhrase(DocumentView doc, int start, int end)
    {
        if (start >= end) return start;
        var first = doc.Word(start);
        if (first.Length < 2 || !FunctionWords.IsPreposition(first) || (char.IsLower(first[0]) && first is "of")) return start;
        int k = start + 1;
        if (k < end && FunctionWords.IsDeterminer(doc.Word(k))) k++;
        int phraseStart = k;
        while (k < end && (doc.Tokens[k].Kind == TokenKind.Number || FunctionWords.IsDayOrTime(doc.Word(k))
               || (doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(doc.Word(k)[0]) && !FunctionWords.IsDeterminer(doc.Word(k))
                   && !FunctionWords.IsFiniteVerb(doc.Word(k)) && !FunctionWords.IsAuxiliary(doc.Word(k)) && !FunctionWords.IsPreposition(doc.Word(k))
                   && !IsPronounSubjectAnyCase(doc.Word(k))))) k++;
        if (k == phraseStart || k >= end || doc.Tokens[k].Kind != TokenKind.Word) return start;
        var w = doc.Word(k);
        // ("at the time I thought", "in late June it declared": a subject pronoun after the phrase is the subject.)
        if (FunctionWords.IsDeterminer(w) || (k + 1 == end && IsPronounSubjectAnyCase(w))) return k;
        // A name right after the phrase only after a time (weeks, Monday, 2016): "At least five Republicans" is the subject.
        var before = doc.Word(k - 1);
        bool afterTime = doc.Tokens[k - 1].Kind == TokenKind.Number || FunctionWords.IsDayOrTime(before) || FunctionWords.IsTimePhraseWord(before);
        return afterTime && char.IsUpper(w[0]) && !FunctionWords.IsPreposition(w) ? k : start;
    }

    /// <summary>How long an opening participle's or preposition's phrase may be before its comma.</summary>
    private const int MaxOpeningAdjunctTokens = 20;

    /// <summary>A capitalised participle (<c>Speaking</c>, <c>Appearing</c>) or a preposition opening the sentence.</summary>
    private static bool OpensAdjunct(ReadOnlySpan<char> w) =>
        w.Length > 1 && char.IsUpper(w[0]) && ((w.Length > 4 && w.EndsWith("ing")) || FunctionWords.IsPreposition(w));

    /// <summary>True when the words between the marks at <paramref name="open"/> and <paramref name="close"/> are a clause
    /// joined to a clause before them (<c>The program is small, but it has a loyal following,</c>): a joiner, then a subject
    /// and a verb with no relative pronoun before it, after words that hold a verb of their own back to the clause break
    /// before them. Not a second subject (<c>Officials who worked with him, and a group of lawmakers who have sued,
    /// say</c>; <c>Party leaders, and some worried allies, believe</c>).</summary>
    private static bool JoinedClauseBetween(DocumentView doc, int open, int close, int sFirst)
    {
        int first = open + 2;
        if (first >= close || !FunctionWords.IsCoordinator(doc.Word(open + 1))) return false;
        // The verb must come before any relative pronoun ("and a group of lawmakers who have sued" is a second subject).
        // (The word after the joiner opens the subject; a verb straight after it joins a verb phrase: "— and have been close
        // to him —".)
        int relative = first + 1;
        while (relative < close && !(doc.Is(relative, FunctionWords.IsSubjectRelativePronoun) && !doc.Is(relative, "that"))) relative++;
        if (!HasVerbBetween(doc, first + 1, relative)) return false;
        int start = open - 1;
        while (start > sFirst && !doc.IsClauseBreak(start - 1)) start--;
        return HasVerbBetween(doc, start, open);
    }

    /// <summary>True when a finite or present verb or an auxiliary stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    internal static bool HasVerbBetween(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var w = doc.Word(k);
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsPresentVerb(w)) return true;
        }
        return false;
    }

    /// <summary>How far a dateline's dash may come after its place (<c>PARIS (AP) —</c>, <c>SAN DIEGO, Calif. —</c>).</summary>
    private const int MaxDatelineTokens = 8;

    /// <summary>The first token after a dateline that opens the sentence (<c>WASHINGTON (Reuters) — The senator …</c>): a
    /// place in capitals, then a dash within a few tokens, or a place and its news agency in brackets (<c>Istanbul (CNN)
    /// The bomber …</c>); <paramref name="sFirst"/> itself when there is none.</summary>
    public static int AfterDateline(DocumentView doc, int sFirst, int limit)
    {
        if (doc.Is(sFirst, "(")) return AfterAgency(doc, sFirst, sFirst, limit); // ("(CNN) – The senator …")
        var w = doc.Word(sFirst);
        if (w.Length < 2 || doc.Tokens[sFirst].Kind != TokenKind.Word) return sFirst;
        if (!IsAllCapitals(w)) return AfterPlaceAndAgency(doc, sFirst, limit);
        for (int k = sFirst + 1; k < limit && k <= sFirst + MaxDatelineTokens; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return sFirst;
            if (doc.IsDash(k))
            {
                int next = k + 1;
                while (next < limit && doc.IsDash(next)) next++;
                return next < limit ? next : sFirst;
            }
        }
        return AfterPlaceAndAgency(doc, sFirst, limit);
    }

    /// <summary>How many words a news agency's name in a dateline may have (<c>(CNN)</c>, <c>(The Hill)</c>).</summary>
    private const int MaxDatelineAgencyTokens = 3;

    /// <summary>
    /// The first token after <c>Istanbul (CNN)</c> or <c>PARADISE, Calif. (Reuters)</c> opening the sentence: a place (its
    /// first word tagged a place or written in capitals; capitalised words, commas and abbreviations after it), then a
    /// bracketed name of capitalised words, an optional dash, and a capitalised word or a quotation opening the story;
    /// <paramref name="sFirst"/> itself when there is none. (A person's bracket is no dateline: <c>Sen. Ann Lee (R-Ky.)
    /// Tuesday said …</c> opens with no place.) Read from the allsides articles, where the dateline opened a claim's content.
    /// </summary>
    private static int AfterPlaceAndAgency(DocumentView doc, int sFirst, int limit)
    {
        if (!doc.IsPlaceToken(sFirst) && !IsAllCapitals(doc.Word(sFirst))) return sFirst;
        int open = sFirst + 1;
        while (open < limit && open <= sFirst + MaxDatelineTokens && !doc.Is(open, "("))
        {
            var t = doc.Tokens[open];
            if (t.Kind == TokenKind.Word ? !char.IsUpper(doc.Word(open)[0]) : !(doc.Is(open, ",") || doc.Is(open, "."))) return sFirst;
            open++;
        }
        return AfterAgency(doc, sFirst, open, limit);
    }

    /// <summary>The first token after a news agency's name in brackets at <paramref name="open"/> (<c>(CNN) –</c>) when a
    /// capitalised word or a quotation follows; <paramref name="sFirst"/> when there is none.</summary>
    private static int AfterAgency(DocumentView doc, int sFirst, int open, int limit)
    {
        if (!doc.Is(open, "(")) return sFirst;
        int close = open + 1;
        while (close < limit && close <= open + MaxDatelineAgencyTokens && doc.Tokens[close].Kind == TokenKind.Word && char.IsUpper(doc.Word(close)[0])) close++;
        if (close == open + 1 || !doc.Is(close, ")")) return sFirst;
        int next = close + 1;
        while (next < limit && doc.IsDash(next)) next++;
        if (next >= limit) return sFirst;
        return doc.Tokens[next].Kind == TokenKind.Quote || (doc.Tokens[next].Kind == TokenKind.Word && char.IsUpper(doc.Word(next)[0])) ? next : sFirst;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> w)
    {
        if (w.Length < 2) return false;
        foreach (var ch in w) if (char.IsLower(ch)) return false;
        return true;
    }

    /// <summary>The subject of a cue: the noun phrase before it, skipping auxiliaries, adverbs and a comma-delimited appositive.</summary>
    public static (int Start, int End) SubjectBefore(DocumentView doc, int cue, int sFirst, int[] inQuote)
    {
        bool participle = doc.Word(cue).EndsWith("ing");
        // "Tillerson seemed to suggest that …", "officials were quick to dismiss …": the subject of the verb the cue completes.
        if (cue - 2 > sFirst && doc.Is(cue - 1, "to") && FunctionWords.IsRaisingVerb(doc.Word(cue - 2)))
        {
            int verb = cue - 2;
            if (doc.Word(verb) is "quick" && verb - 1 > sFirst && FunctionWords.IsFiniteBe(doc.Word(verb - 1))) verb--;
            cue = verb;
        }
        int j = cue - 1;
        // "Putin has always denied", "X on Wednesday also admitted": past adverbs, auxiliaries and a day.
        while (j >= sFirst && j > cue - 12)
        {
            var w = doc.Word(j);
            // (A contracted one after a pronoun only: "Trump’s said" is rare, "the campaign’s" a possessor.)
            if (FunctionWords.IsAdverbOrAuxiliary(w) || FunctionWords.IsLowerCaseAdverb(w) || FunctionWords.IsAuxiliary(w)
                || (FunctionWords.IsContractedAuxiliary(w) && j > sFirst && IsPronounSubjectAnyCase(doc.Word(j - 1)))
                || FunctionWords.IsSentenceAdverb(w)) j--;
            // "Democrats and Republicans both privately and publicly say", "I categorically and unequivocally deny": two
            // adverbs joined.
            else if (j > sFirst && FunctionWords.IsCoordinator(w) && FunctionWords.IsLowerCaseAdverb(doc.Word(j - 1)) && FunctionWords.IsLowerCaseAdverb(doc.Word(j + 1))) j--;
            else if (PrepositionalPhraseStart(doc, j, sFirst, inQuote) is var pp and >= 0) j = pp - 1; // "…, on Twitter called
            // "Ayres, which in the wake of the party's defeat urged", "Alito, who in two earlier opinions had made clear",
            // "it in late June declared": an adjunct between a subject pronoun and its verb (PolNeAR train, allsides sample).
            else if (AdjunctAfterPronounStart(doc, j, sFirst, inQuote) is var adjunct and >= 0) j = adjunct - 1;
            else if (FunctionWords.IsDayOrTime(w) && j - 1 >= sFirst && doc.Is(j - 1, FunctionWords.IsDayOpener)) j -= 2;
            // "X last week said", "X this past week announced": a time phrase between the subject and the cue.
            else if (j - 1 > sFirst && FunctionWords.IsTimePhraseWord(w) && FunctionWords.IsTimePhraseWord(doc.Word(j - 1)))
            {
                while (j - 1 > sFirst && FunctionWords.IsTimePhraseWord(doc.Word(j - 1))) j--;
                j--;
            }
            // "X earlier in the day touted", "X later that evening said": a preposition or determiner and a time word.
            else if (j - 2 > sFirst && FunctionWords.IsTimePhraseWord(w) && !FunctionWords.IsTimePhraseWord(doc.Word(j - 1)) && FunctionWords.IsDeterminer(doc.Word(j - 1))
                     && (FunctionWords.IsPreposition(doc.Word(j - 2)) || FunctionWords.IsAdverbOrAuxiliary(doc.Word(j - 2)))) j -= FunctionWords.IsPreposition(doc.Word(j - 2)) ? 3 : 2;
            // "X (R-Ohio) Sunday said": a bare day.
            else if (j > sFirst && FunctionWords.IsDayOrTime(w) && char.IsUpper(w[0]) && (doc.Tokens[j - 1].Kind != TokenKind.Punctuation || doc.Is(j - 1, ")"))) j--;
            else break;
        }
        // "Sen. Ann Lee (R-Ky.) said", "Kasich (who has 25 delegates) said": a parenthesis between the name and the cue.
        if (j > sFirst && doc.Is(j, ")") && inQuote[j] < 0)
        {
            int open = j - 1;
            while (open > sFirst && open > j - MaxParenthesisTokens && !doc.Is(open, "(") && !doc.Is(open, ")")) open--;
            if (open > sFirst && doc.Is(open, "(") && doc.Tokens[open - 1].Kind == TokenKind.Word && inQuote[open - 1] < 0) j = open - 1;
        }
        // "Humphrey, who calls Trump a “sociopath,” said": a quotation closing the aside on its comma is that comma (from
        // PolNeAR train's missed attributions; an aside opened by a participle cue, "Manafort, citing “…,” said", is not
        // walked back yet).
        if (j > sFirst + 1 && doc.Tokens[j].Kind == TokenKind.Quote && doc.Is(j - 1, ",") && inQuote[j - 1] >= 0) j--;
        // "Clinton, during a town hall in Columbus, Ohio, said", "Ann Lee, whose home town, Dover, is flooded, argues": a
        // person opening the sentence, set off by a comma, speaks for a cue after a chain of comma phrases.
        if (j > sFirst && doc.Is(j, ",") && OpeningPersonBeforeComma(doc, sFirst, j, inQuote) is { Start: >= 0 } lead) return lead;
        if (j >= sFirst && (doc.Is(j, ",") || doc.IsDash(j)))
        {
            // "Hugh Hill, a doctor, said": skip the appositive back to its opening comma. "Another expert, Bong
            // Young-shik from the Asan Institute, doubts": a name opening the appositive is the speaker.
            // "some Kremlin proxies — including the firebrand Vladimir Zhirinovsky — have floated": dashes too.
            var mark = doc.Word(j);
            int k = j - 1;
            while (k > sFirst && k > j - 25 && !doc.Word(k).SequenceEqual(mark) && inQuote[k] < 0) k--;
            // "The BBC, citing “the usual sources,” reported": a participle's aside may quote, after a subject that opens
            // the sentence (not "people voted, enabling them to “…,” said": the aside is the clause's).
            if (k > sFirst && inQuote[k] >= 0 && mark is ",")
            {
                int back = k;
                while (back > sFirst && back > j - 25 && !(doc.Is(back, ",") && inQuote[back] < 0)) back--;
                if (back > sFirst && doc.Is(back, ",") && inQuote[back] < 0 && back + 1 < j && FunctionWords.IsParticipleWord(doc.Word(back + 1))
                    && back - sFirst <= MaxSpeakerTokens && NoClauseBetween(doc, sFirst, back, inQuote)) k = back;
            }
            // "The program is small, but it has a loyal following, said Ann Lee.": a clause, then a second clause joined to it
            // between the marks, is no subject with its appositive; the cue's speaker comes after it (allsides sample, PolNeAR
            // train's missed attributions).
            if (k > sFirst && doc.Word(k).SequenceEqual(mark) && JoinedClauseBetween(doc, k, j, sFirst)) return (-1, -1);
            if (k > sFirst && doc.Word(k).SequenceEqual(mark))
            {
                // (Not "John Dowd, Trump’s former lead attorney, told": a possessive names someone else.)
                var named = doc.FirstPerson(k + 1, Math.Min(j, k + 2));
                if (named.Start == k + 1 && !(named.End < j && doc.Word(named.End) is "'s" or "’s") && !FunctionWords.IsPossessive(doc.Word(named.End - 1))) return named;
                // "…, after winning Ohio, Gov. John Kasich (R-OH), said": a titled name alone between the commas, its
                // parenthesis after it, is the speaker (what comes before the first comma is an adjunct).
                if (k + 2 < j && doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(doc.Word(k + 1)[0]) && !doc.IsEntityToken(k + 1)
                    && doc.FirstPerson(k + 2, Math.Min(j, k + 3)) is { Start: >= 0 } titled
                    && titled.Start == k + 2 && (titled.End == j || (doc.Is(titled.End, "(") && doc.Is(j - 1, ")")))) return titled;
                // "Berg's daughter, the Rev. Anna Berg, said", "The party's leader, former senator Anna Berg, said": a person's
                // name after a few title words ends the appositive; the name speaks (allsides sample).
                // (Not after two joined: "He and his running mate, Lt. Gov. Ann Lee, said" is both.)
                if (mark is "," && TitledPersonEndingAt(doc, k + 1, j) is { Start: >= 0 } titledName && !JoinedBefore(doc, k, sFirst)) return titledName;
                // "The U.N.'s nuclear watchdog, the International Atomic Energy Agency, said": an appositive that is a name.
                int at = doc.Is(k + 1, "the") ? k + 2 : k + 1;
                // (Not "The members — Norway, Peru and Chile — said": a list of names is no one name.)
                if (at < j && doc.IsEntityToken(at) && doc.IsEntityToken(j - 1) && doc.TrimToEntity(at, j, anyType: true) is var whole && whole.Start == at
                    && !(whole.End < j && doc.IsDash(j))) return whole;
                j = k - 1;
                // "Ann Lee, 58, who lives …, says", "Lee, meanwhile, who …, said": an age or a sentence adverb set off by
                // commas before the appositive.
                if (j - 1 > sFirst && doc.Is(j - 1, ",") && inQuote[j] < 0
                    && (doc.Tokens[j].Kind == TokenKind.Number || FunctionWords.IsSentenceAdverb(doc.Word(j)))) j -= 2;
                // "Sen. Lindsey Graham (R., S.C.), who leads …, said": past the parenthesis to the name.
                if (j > sFirst && doc.Is(j, ")"))
                {
                    int open = j - 1;
                    while (open > sFirst && open > j - 12 && !doc.Is(open, "(")) open--;
                    if (doc.Is(open, "(")) j = open - 1;
                }
            }
            else return (-1, -1);
        }
        // "Rep. Ann Lee, R-Minn. told …", "Sen. Ann Lee, R-Ariz., a retired pilot, announced": the person before the party
        // and state speaks (after an appositive too).
        if (j - 1 > sFirst && IsPartyAndState(doc.Word(j)) && doc.Is(j - 1, ",")) j -= 2;
        // ("56% say …": a percentage sign after its number ends a noun phrase like "percent".)
        bool percent = j > sFirst && doc.IsPercentSign(j);
        if (j < sFirst || inQuote[j] >= 0 || (doc.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.Quote && !percent)) return (-1, -1);
        // "Iran, which denies …", "Christopher Steele, who had argued …", "Tom Berg — who previously said …": the relative
        // pronoun speaks for the name before it (after a comma or a dash).
        if (j > sFirst && FunctionWords.IsSubjectRelativePronoun(doc.Word(j)))
        {
            int end0 = doc.Is(j - 1, ",") || doc.IsDash(j - 1) ? j - 1 : j;
            if (end0 > sFirst && doc.Tokens[end0 - 1].Kind == TokenKind.Word && inQuote[end0 - 1] < 0)
            {
                int start0 = end0 - 1;
                while (start0 > sFirst && end0 - start0 < MaxSpeakerTokens && doc.Tokens[start0 - 1].Kind == TokenKind.Word && inQuote[start0 - 1] < 0
                       && !FunctionWords.IsClauseWord(doc.Word(start0 - 1)) && !EndsClause(doc, start0 - 1) && !FunctionWords.IsFiniteVerb(doc.Word(start0 - 1))) start0--;
                // ("Samuel A. Alito Jr., who …": a generational suffix closes the name where the entity ends before it, after
                // a comma or in a name not typed a person; the entity span rules take it into a person's name otherwise.)
                int nameEnd = end0 - 1 > start0 && doc.Is(end0 - 1, FunctionWords.IsNameSuffix) && doc.IsEntityToken(end0 - 2) ? end0 - 1 : end0;
                var antecedent = doc.TrimToEntity(start0, nameEnd, anyType: true);
                if (nameEnd < end0 && doc.IsEntityToken(antecedent.Start)) antecedent = (antecedent.Start, end0);
                // "Senator Ted Cruz of Texas, who …", "Alan Berger, a doctor from Englewood, New Jersey, who said": "who" is a
                // person's; a place before it locates the person named just before.
                if (doc.IsPlaceToken(antecedent.Start) && doc.Word(j).Equals("who", StringComparison.OrdinalIgnoreCase)
                    && doc.LastPerson(Math.Max(sFirst, start0 - MaxWhoAntecedentTokens), antecedent.Start) is { Start: >= 0 } person
                    && NoClauseBetween(doc, person.End, antecedent.Start, inQuote)) return person;
                // "Bob Lee, a delegate and Clinton supporter who has accused …": a name used as a modifier ("Clinton
                // supporter") in the appositive of a person is not the one described; the person is (PolNeAR train).
                if (doc.IsEntityToken(antecedent.Start) && IsNameThenRoleNoun(doc, antecedent.Start, end0)
                    && doc.LastPerson(Math.Max(sFirst, start0 - MaxWhoAntecedentTokens), antecedent.Start) is { Start: >= 0 } described
                    && doc.Is(described.End, ",") && NoClauseBetween(doc, described.End + 1, antecedent.Start, inQuote)) return described;
                if (doc.IsEntityToken(antecedent.Start)) return antecedent;
                // "…, said Scott Reed, the group's strategist, who added that …": the appositive names the person before it.
                if (start0 - 2 >= sFirst && doc.Is(start0 - 1, ",") && doc.IsEntityToken(start0 - 2) && inQuote[start0 - 2] < 0)
                {
                    int e = start0 - 2, s0 = e;
                    while (s0 > sFirst && e - s0 < MaxSpeakerTokens && doc.IsEntityToken(s0 - 1)) s0--;
                    return doc.TrimToEntity(s0, e + 1, anyType: true);
                }
                // "The move drew criticism from rights groups, who said …": a description after a comma (or dash) speaks too; its
                // words run back to a preposition or verb (a subject relative pronoun after a comma follows its noun); so does
                // one right before the pronoun ("sued by three oligarchs who claimed …").
                // (Without the comma only a head that names people: "oligarchs who", "an official who"; not "those who
                // believe", "a hammer sees", "46 percent who say".)
                if (char.IsLower(doc.Word(end0 - 1)[0]) && !FunctionWords.IsPreposition(doc.Word(end0 - 1)) && !FunctionWords.IsDeterminer(doc.Word(end0 - 1))
                    && (end0 < j || NamesPeople(doc.Word(end0 - 1))))
                {
                    int d = end0 - 1;
                    while (d > start0 && end0 - d < MaxDescriptionTokens && !FunctionWords.IsPreposition(doc.Word(d - 1))
                           && !(doc.Word(d - 1).EndsWith("ed") || FunctionWords.IsFiniteVerb(doc.Word(d - 1)))) d--;
                    // (No adverb in it: not "handily among voters". A head that is a person or a plural was also tried: PolNeAR
                    // train −10 right, −4 false, the read sets unchanged; not kept.)
                    bool adverb = false;
                    for (int k = d; k < end0; k++) adverb |= FunctionWords.IsLowerCaseAdverb(doc.Word(k));
                    if (!adverb) return (d, end0);
                }
            }
            return (-1, -1);
        }
        if (FunctionWords.IsNoSubjectEnd(doc.Word(j))) return (-1, -1);
        // "countries he said had sent …", "In 2010 she said …": a personal pronoun right before the verb is its whole subject.
        if (j > sFirst && FunctionWords.IsPersonPronounSubject(doc.Word(j)) && doc.Tokens[j - 1].Kind is TokenKind.Word or TokenKind.Number
            && !FunctionWords.IsCoordinator(doc.Word(j - 1))) return (j, j + 1);
        int end = j + 1;
        int start = j;
        // ("Here's what the president said": a question word opens the clause whose subject speaks; so does a temporal
        // subordinator: "the talks came a week after Iran acknowledged".)
        while (start > sFirst && end - start < 20 && !doc.IsClauseBreak(start - 1) && inQuote[start - 1] < 0
               && !FunctionWords.IsClauseWord(doc.Word(start - 1)) && !EndsClause(doc, start - 1) && !OpensQuestionClause(doc.Word(start - 1))
               && !OpensCueClause(doc, start - 1, sFirst, end)) start--;
        // "The report was published in May and the lawmakers mentioned …": a joiner after a clause with its own verb opens
        // the cue's clause (not "Lee and Berg said", a subject of two names).
        for (int c = end - 2; c > start; c--)
        {
            // (A determiner or pronoun opens the new subject: not "challenged Lee and the State Department"'s names, which may
            // be objects, nor a joiner inside a name.)
            if (!FunctionWords.IsCoordinator(doc.Word(c)) || doc.IsEntityToken(c) || !HasVerbBetween(doc, start, c)
                || !OpensLowerCaseSubject(doc.Word(c + 1))) continue;
            start = c + 1;
            break;
        }
        // "progressive organizations that have endorsed him say …": a relative clause with no subject of its own (a verb
        // opens it) describes the noun before "that", which speaks.
        if (start - 2 >= sFirst && doc.Is(start - 1, "that") && (FunctionWords.IsAuxiliary(doc.Word(start)) || FunctionWords.IsFiniteVerb(doc.Word(start)))
            && doc.Tokens[start - 2].Kind == TokenKind.Word && inQuote[start - 2] < 0 && !FunctionWords.IsFiniteVerb(doc.Word(start - 2))
            && !FunctionWords.IsAuxiliary(doc.Word(start - 2)) && !FunctionWords.IsNoSubjectEnd(doc.Word(start - 2))
            && (char.IsLower(doc.Word(start - 2)[0]) || doc.IsEntityToken(start - 2)) && !doc.HoldsEntity(start, end))
        {
            end = start - 1;
            start = end - 1;
            while (start > sFirst && end - start < MaxSpeakerTokens && !doc.IsClauseBreak(start - 1) && inQuote[start - 1] < 0
                   && !FunctionWords.IsClauseWord(doc.Word(start - 1)) && !EndsClause(doc, start - 1) && !FunctionWords.IsFiniteVerb(doc.Word(start - 1))) start--;
        }
        // "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said …": a participle's aside after the
        // name (its own comma pair skipped before) is no speaker; the name before its comma speaks.
        // (Not for a participle cue, whose own phrase that is, nor a participle whose object is the cue: "in Kiev, laying blame …".)
        if (!participle && start - 2 >= sFirst && end - start >= 3 && doc.Is(start - 1, ",") && doc.Word(start) is { Length: > 4 } opener && char.IsLower(opener[0]) && opener.EndsWith("ing")
            && !FunctionWords.IsPrepositionalParticiple(opener) && doc.IsEntityToken(start - 2) && inQuote[start - 2] < 0)
        {
            return doc.TrimToEntity(Math.Max(sFirst, start - 1 - MaxSpeakerTokens), start - 1, anyType: true);
        }
        // "MSNBC, which also hosts a party said …", "Ann Lee, who chairs the panel said …": a relative clause that lost its
        // closing comma; the name before it speaks.
        // (Only a subject relative, its verb or an adverb right after it: not "Khashoggi, which U.S. officials say …".)
        if (start - 2 >= sFirst && start + 1 < end && end - start <= MaxUnclosedRelativeTokens && FunctionWords.IsSubjectRelativePronoun(doc.Word(start)) && doc.Is(start - 1, ",") && doc.IsEntityToken(start - 2)
            && inQuote[start - 2] < 0 && doc.Word(start + 1) is var relativeVerb && char.IsLower(relativeVerb[0])
            && (FunctionWords.IsAdverb(relativeVerb) || FunctionWords.IsFiniteVerb(relativeVerb) || FunctionWords.IsPresentVerb(relativeVerb) || FunctionWords.IsAuxiliary(relativeVerb)))
        {
            return doc.TrimToEntity(Math.Max(sFirst, start - 1 - MaxSpeakerTokens), start - 1, anyType: true);
        }
        // "The director of a factory where Mr Lukashenko was scheduled to appear admitted": the subject precedes the relative clause.
        for (int k = start; k < end; k++)
        {
            // "an interview, in which he said …": after a preposition the relative clause is the cue's own; its subject speaks.
            if (FunctionWords.IsObjectRelativePronoun(doc.Word(k)) && k > start && k + 1 < end && FunctionWords.IsPreposition(doc.Word(k - 1)))
            {
                start = k + 1;
                break;
            }
            if (FunctionWords.IsSpeakerRelativeWord(doc.Word(k)) && k > start)
            {
                // "the hearing where the Justice Department said …", "a case where the court basically said …": with no verb
                // between the relative word and the cue, the cue is the relative clause's own, and its subject speaks (from
                // the allsides articles, where the noun before the relative word spoke).
                // (Its subject opens with a determiner, a pronoun or a name: "who run the gamut say" has a verb first.)
                if (k + 1 < end && !HasVerbBetween(doc, k + 1, end) && doc.Tokens[k + 1].Kind == TokenKind.Word
                    && FunctionWords.OpensSubject(doc.Word(k + 1)))
                {
                    start = k + 1;
                    break;
                }
                end = k;
                if (doc.Is(end - 1, ",")) end--;
                break;
            }
        }
        // ("Already organizers say …": an adverb opening the sentence is no part of the speaker either, unless it is a name.)
        while (start < end && (doc.Is(start, FunctionWords.IsSpeakerLeadingWord) || doc.Is(start, ",")
               || (start + 1 < end && IsAdverbAnyCase(doc.Word(start)) && !doc.IsEntityToken(start)))) start++;
        // ("…, and in late June it declared", "but at the time I thought": a phrase opening a clause after a comma or joiner
        // is read as one opening the sentence.)
        if (start == sFirst || (doc.Is(start, FunctionWords.IsPreposition) && char.IsLower(doc.Word(start)[0])
                                && (doc.Is(start - 1, ",") || doc.Is(start - 1, FunctionWords.IsCoordinator))))
            start = AfterOpeningPrepositionalPhrase(doc, start, end);
        // "While the mayor said …", "Although Smith said …": the subordinator is no part of the speaker.
        if (start + 1 < end && start == sFirst && (Links.ClaimWords.Embedded.Of(doc.Word(start)) & Links.ClaimWord.Subordinator) != 0) start++;
        // "a spokesperson for the Department of Health and Social Care said": a servant and whom it serves is one speaker
        // however long the body's name; cut at the length, it left a tail opening with "for" (allsides articles' speakers).
        if (end - start > MaxSpeakerTokens && !(end - start <= MaxServedPhraseTokens && OpensWithServant(doc, start, end)))
        {
            // "John Duffy of the University of Virginia School of Law said", "Foreign ministers from the 10 countries of the
            // Association of South East Asian Nations said": a phrase too long to keep whole keeps its head, up to the last
            // preposition outside a name that leaves it short enough, instead of its tail ("of the University …").
            // (Not for a participle: "a voice over saying", "alongside an item suggesting" are said by the noun before it.)
            int head = participle ? -1 : HeadBeforePostmodifier(doc, start, end);
            if (head > start) end = head;
            else start = end - MaxSpeakerTokens;
        }
        if (start >= end) return (-1, -1);
        // Prefer the person named at the end of a long phrase ("Belarus’s president Alexander Lukashenko"), unless the
        // phrase is an unnamed source about that person ("people close to Berg").
        for (int k = start; k < end; k++)
            if (doc.Is(k, FunctionWords.IsSourceQualifier)) return (start, end);
        return doc.TrimToEntity(start, end);
    }

    /// <summary>How long a servant's phrase may be kept whole (<c>a spokesman for the chief medical examiner's office</c>).</summary>
    private const int MaxServedPhraseTokens = 16;

    /// <summary>True when [from, end) opens with a servant noun and a serving preposition within its first words
    /// (<c>a spokesperson for</c>, <c>the Saudi ambassador to</c>, <c>a former political aide to</c>).</summary>
    private static bool OpensWithServant(DocumentView doc, int from, int end)
    {
        for (int k = from + 1; k < end - 1 && k <= from + MaxServantPrefixTokens; k++)
            if (doc.Is(k, FunctionWords.IsServingPreposition) && doc.Is(k - 1, FunctionWords.IsServantNoun)) return true;
        return false;
    }

    /// <summary>How many words may come before the serving preposition (<c>a former senior political aide to</c>: 5).</summary>
    private const int MaxServantPrefixTokens = 5;

    /// <summary>True when a coordinator stands among the words right before <paramref name="comma"/> (back to a
    /// punctuation mark, at most <see cref="MaxSpeakerTokens"/>).</summary>
    private static bool JoinedBefore(DocumentView doc, int comma, int sFirst)
    {
        for (int k = comma - 1; k >= sFirst && k >= comma - MaxSpeakerTokens && doc.Tokens[k].Kind == TokenKind.Word; k--)
            if (FunctionWords.IsCoordinator(doc.Word(k))) return true;
        return false;
    }

    /// <summary>How many words may stand before a person's name in a titled appositive (<c>the Rev.</c>, <c>former state
    /// senator</c>).</summary>
    private const int MaxTitleWordsBeforeName = 3;

    /// <summary>The person whose name ends at <paramref name="end"/> after at most <see cref="MaxTitleWordsBeforeName"/>
    /// words from <paramref name="from"/> that hold a title and are otherwise determiners or words that qualify a title
    /// (<c>the Rev. Anna Berg</c>, <c>former senator Anna Berg</c>; grammar list title-modifier); (-1, -1) when there is
    /// none.</summary>
    private static (int Start, int End) TitledPersonEndingAt(DocumentView doc, int from, int end)
    {
        var person = doc.LastPerson(from, end);
        if (person.Start <= from || person.End != end || person.Start - from > MaxTitleWordsBeforeName) return (-1, -1);
        // (Title words only: a determiner, a title in lower case or abbreviated, a word that qualifies a title; not
        // "Some candidates, including Ann Lee, said" nor "Obama and his guest, Ann Lee, said", where the name is one of several.)
        bool title = false;
        for (int k = from; k < person.Start; k++)
        {
            var w = doc.Word(k);
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.IsEntityToken(k)) return (-1, -1);
            if (FunctionWords.IsPersonTitle(w, orPlural: false) || (w.Length > 2 && w[^1] == '.' && Text.Abbreviations.Leading.Contains(w[..^1]))) title = true;
            else if (!FunctionWords.IsDeterminer(w) && !FunctionWords.IsTitleModifier(w)) return (-1, -1);
        }
        return title ? person : (-1, -1);
    }

    /// <summary>How far before a place that <c>who</c> follows the person it locates may be named (<c>Alan Berger, a
    /// gynecologist from Englewood, New Jersey, who</c>: 8 tokens).</summary>
    private const int MaxWhoAntecedentTokens = 12;

    /// <summary>How many words may follow a name used as a modifier (<c>Trump's former national security adviser</c>: 4).</summary>
    private const int MaxRoleNounWords = 4;

    /// <summary>True when [from, end) is a name, its possessive if any, then only lower-case words of a noun phrase
    /// (<c>Clinton supporter</c>, <c>ABC News analyst</c>): the name is a modifier of the role noun, not the one described.
    /// Not a list or a phrase (<c>El Chapo and a terrorist</c>, <c>Democrats from coast to coast</c>).</summary>
    private static bool IsNameThenRoleNoun(DocumentView doc, int from, int end)
    {
        int k = from;
        while (k < end && doc.IsEntityToken(k)) k++;
        if (k < end && (doc.Is(k, "'s") || doc.Is(k, "’s"))) k++;
        if (k == from || k >= end || end - k > MaxRoleNounWords) return false;
        for (; k < end; k++)
        {
            var w = doc.Word(k);
            if (doc.Tokens[k].Kind != TokenKind.Word || !char.IsLower(w[0]) || FunctionWords.IsCoordinator(w) || FunctionWords.IsPreposition(w)
                || FunctionWords.IsDeterminer(w)) return false;
        }
        return true;
    }

    /// <summary>True when tokens [from, to) hold no quotation, no verb and no clause word: one noun phrase with its
    /// appositives and prepositions (<c>of Texas</c>, <c>, a gynecologist from Englewood,</c>).</summary>
    private static bool NoClauseBetween(DocumentView doc, int from, int to, int[] inQuote)
    {
        for (int k = from; k < to; k++)
        {
            var w = doc.Word(k);
            if (inQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote || FunctionWords.IsClauseWord(w) || FunctionWords.IsAuxiliary(w)
                || (!w.IsEmpty && char.IsLower(w[0]) && FunctionWords.IsFiniteVerb(w))) return false;
        }
        return true;
    }

    /// <summary>
    /// Where the head of a noun phrase longer than <see cref="MaxSpeakerTokens"/> ends: at the last noun preposition
    /// (<c>of</c>, <c>from</c>, …) within that many tokens of its start that is no part of a name and has a word before it;
    /// -1 when there is none.
    /// </summary>
    private static int HeadBeforePostmodifier(DocumentView doc, int start, int end)
    {
        // (A one-word head that is a person noun or a name before any preposition but "of": "Democrats in the White House
        // and on Capitol Hill", "investigators in the Senate and House"; from the allsides articles' speakers that open with
        // a preposition. "Chairman of the Joint Chiefs of Staff Martin Dempsey" is a title before a name, which a form
        // without the "of" condition cut to "Chairman"; "along with", "Data from the agency" are no person's heads, and what
        // follows them names the source.)
        for (int k = Math.Min(end - 1, start + MaxSpeakerTokens); k > start; k--)
            if (FunctionWords.IsNounPreposition(doc.Word(k)) && !doc.IsEntityToken(k) && doc.Tokens[k - 1].Kind == TokenKind.Word
                && (k > start + 1 || (!doc.Is(k, "of") && (FunctionWords.IsPersonHead(doc.Word(start)) || doc.IsEntityToken(start))))) return k;
        return -1;
    }

    /// <summary>A temporal subordinator (<c>after</c>, <c>even as</c>), which opens the cue's clause, unless a list
    /// follows <c>such</c> or <c>well</c> or a word that makes no name of what follows (<c>as many as 20 people</c>).
    /// (A variant that also asked for no verb between it and the cue lost two exact speakers on PolNeAR train.)</summary>
    private static bool OpensCueClause(DocumentView doc, int k, int sFirst, int end) =>
        FunctionWords.IsTemporalSubordinator(doc.Word(k)) && !(k > sFirst && FunctionWords.IsListOpener(doc.Word(k - 1)))
        && !(k + 1 < end && FunctionWords.IsNoNameAfterAs(doc.Word(k + 1)));

    /// <summary>A subject pronoun at <paramref name="k"/> other than <c>it</c>, which may open a cleft ("It was Lee who
    /// argued …") or stand for a thing.</summary>
    private static bool IsSubjectPronounButIt(DocumentView doc, int k) => IsPronounSubjectAnyCase(doc.Word(k)) && !doc.Is(k, "it");

    /// <summary>A subject pronoun; he, she, it and they also capitalised (<c>She’s said</c>; not <c>We’ve</c>).</summary>
    internal static bool IsPronounSubjectAnyCase(ReadOnlySpan<char> w) =>
        FunctionWords.IsPersonalPronounSubject(w) || FunctionWords.IsHeOrShe(w) || FunctionWords.IsItOrThey(w);

    /// <summary>A question word that opens a clause and is no relative word (<c>what</c>, <c>how</c>, not <c>who</c>,
    /// <c>where</c>; <c>when</c> is a clause word, which stops the subject before this is asked).</summary>
    internal static bool OpensQuestionClause(ReadOnlySpan<char> w) =>
        FunctionWords.IsQuestionWord(w) && !FunctionWords.IsSpeakerRelativeWord(w) && !FunctionWords.IsRelativePronoun(w);

    /// <summary>A noun that names people: a person noun or title, or a plural in -s (<c>oligarchs</c>, <c>lawmakers</c>).</summary>
    private static bool NamesPeople(ReadOnlySpan<char> w) =>
        FunctionWords.IsPersonNoun(w, orPlural: true) || FunctionWords.IsPersonTitle(w, orPlural: true)
        || (w.Length > 4 && w[^1] == 's' && w[^2] != 's' && !w.EndsWith("ous") && !FunctionWords.IsAdverb(w));

    /// <summary>A subordinator of the opening list written in lower case (<c>when</c>, <c>while</c>).</summary>
    private static bool IsOpeningSubordinatorInLowerCase(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= MaxRecasedWordLength && char.IsLower(w[0]) && WithFirstLetterRecased(w, upper: true, FunctionWords.IsOpeningSubordinator);

    /// <summary>An adverb, also capitalised at the start of a sentence (<c>Already</c>, <c>Meanwhile</c>).</summary>
    private static bool IsAdverbAnyCase(ReadOnlySpan<char> w) =>
        FunctionWords.IsAdverb(w) || (w.Length is >= 2 and <= MaxRecasedWordLength && char.IsUpper(w[0]) && char.IsLower(w[1])
                                      && WithFirstLetterRecased(w, upper: false, FunctionWords.IsAdverb));

    /// <summary>True when every token of [<paramref name="from"/>, <paramref name="to"/>) is a capitalised word (<c>Sen. Ann
    /// Lee</c>, <c>Planned Parenthood</c>).</summary>
    internal static bool AllCapitalisedWords(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word || !char.IsUpper(doc.Word(k)[0])) return false;
        return true;
    }

    /// <summary>True when only discourse words (<c>But</c>, <c>And</c>, <c>However</c>) stand in [<paramref name="sFirst"/>,
    /// <paramref name="k"/>): what stands at <paramref name="k"/> opens its sentence.</summary>
    internal static bool OnlyDiscourseWordsBefore(DocumentView doc, int sFirst, int k)
    {
        for (int p = sFirst; p < k; p++)
            if (!FunctionWords.IsDiscourseWord(doc.Word(p))) return false;
        return true;
    }

    /// <summary>True when <paramref name="w"/> passes <paramref name="test"/> as written or, capitalised at a sentence's
    /// start, in lower case (<c>Even</c>, <c>Days</c>, <c>When</c>): for word lists written in lower case only.</summary>
    internal static bool InAnyCase(ReadOnlySpan<char> w, WordTest test) =>
        test(w) || (w.Length is >= 2 and <= MaxRecasedWordLength && char.IsUpper(w[0]) && WithFirstLetterRecased(w, upper: false, test));

    /// <summary>How long a word may be to be tested with its first letter's case changed (a stack copy).</summary>
    internal const int MaxRecasedWordLength = 16;

    /// <summary>Tests <paramref name="w"/> with its first letter in upper (or lower) case: the word lists of sentence openers
    /// are written in one case only.</summary>
    internal static bool WithFirstLetterRecased(ReadOnlySpan<char> w, bool upper, WordTest test)
    {
        Span<char> recased = stackalloc char[w.Length];
        w.CopyTo(recased);
        recased[0] = upper ? char.ToUpperInvariant(recased[0]) : char.ToLowerInvariant(recased[0]);
        return test(recased);
    }

    /// <summary>A US legislator's party and state after the name (<c>R-Ariz.</c>, <c>D-N.Y.</c>, <c>I-Vt.</c>).</summary>
    private static bool IsPartyAndState(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[0] is 'D' or 'R' or 'I' && w[1] == '-' && char.IsUpper(w[2]);

    /// <summary>How many tokens a chain of comma phrases between an opening person and the cue may take.</summary>
    private const int MaxCommaChainTokens = 40;

    /// <summary>
    /// The person that opens the sentence (past a dateline, discourse words and a title) when a comma follows the name
    /// (or its parenthesis, <c>Ann Lee (R-Ohio),</c>) and only comma phrases without a verb of their own stand between it
    /// and the comma at <paramref name="lastComma"/> before the cue; a relative clause may hold verbs. (-1, -1) otherwise.
    /// </summary>
    private static (int Start, int End) OpeningPersonBeforeComma(DocumentView doc, int sFirst, int lastComma, int[] inQuote)
    {
        int s0 = AfterDateline(doc, sFirst, lastComma);
        while (s0 < lastComma && FunctionWords.IsDiscourseWord(doc.Word(s0))) s0++;
        if (lastComma - s0 > MaxCommaChainTokens) return (-1, -1);
        var person = doc.FirstPerson(s0, Math.Min(lastComma, s0 + 4));
        if (person.Start < 0) return (-1, -1);
        for (int k = s0; k < person.Start; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word || !char.IsUpper(doc.Word(k)[0]) || inQuote[k] >= 0
                || FunctionWords.IsPreposition(doc.Word(k)) || FunctionWords.IsOpeningSubordinator(doc.Word(k))) return (-1, -1); // ("Of Carson, Lee, …")
        int comma = person.End;
        if (doc.Is(comma, "("))
        {
            while (comma < lastComma && !doc.Is(comma, ")")) comma++;
            comma++;
        }
        // "Sen. Ann Lee (D-R.I.), said …": a stray comma between the person and the cue.
        if (comma == lastComma && doc.Is(comma, ",")) return person;
        if (comma > lastComma || !doc.Is(comma, ",")) return (-1, -1);
        bool participleAside = false;
        for (int k = comma + 1; k < lastComma; k++)
        {
            // "Ann Lee, a host of the show “Morning Hour,” said": a quoted title inside the appositive is a name.
            // ("Ann Lee, on “Morning Hour,” said": the title may close the aside, its comma inside the marks the last one.)
            if (inQuote[k] >= 0 && TitleQuoteEnd(doc, k, inQuote[lastComma] >= 0 ? lastComma + 2 : lastComma, inQuote) is int title and > 0)
            {
                k = title;
                continue;
            }
            // "Ann Lee, citing “the mood of the voters,” said": a participle's aside may quote.
            if (participleAside && (inQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote)) continue;
            if (inQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote) return (-1, -1);
            var w = doc.Word(k);
            if (doc.Is(k - 1, ",")) participleAside = FunctionWords.IsParticipleWord(w);
            // "Ann Lee, a senior aide who ran the campaign and now leads the party, said": a relative clause after the
            // appositive's noun may hold verbs, as one after its comma may (PolNeAR train's missed attributions).
            if ((doc.Is(k - 1, ",") || (doc.Tokens[k - 1].Kind == TokenKind.Quote && doc.Is(k - 2, ","))
                 || (doc.Tokens[k - 1].Kind == TokenKind.Word && char.IsLower(doc.Word(k - 1)[0])))
                && FunctionWords.IsRelativePronoun(w)) return person;
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || (FunctionWords.IsClauseWord(w) && !FunctionWords.IsPreposition(w))) return (-1, -1);
        }
        return person;
    }

    /// <summary>How many tokens a quoted title inside an appositive may take, its marks and comma included.</summary>
    private const int MaxTitleQuoteTokens = 8;

    /// <summary>
    /// The last token of a quoted title opening at <paramref name="open"/> (its closing mark, after a comma inside it,
    /// <c>“Morning Hour,”</c>) when every word inside is capitalised and the title ends before
    /// <paramref name="limit"/>; -1 otherwise.
    /// </summary>
    private static int TitleQuoteEnd(DocumentView doc, int open, int limit, int[] inQuote)
    {
        if (doc.Tokens[open].Kind != TokenKind.Quote || (open > 0 && inQuote[open - 1] == inQuote[open])) return -1;
        int words = 0;
        for (int k = open + 1; k < limit && k <= open + MaxTitleQuoteTokens; k++)
        {
            if (inQuote[k] != inQuote[open]) return -1;
            if (doc.Tokens[k].Kind == TokenKind.Quote) return words > 0 && (k + 1 >= doc.Tokens.Length || inQuote[k + 1] != inQuote[open]) ? k : -1;
            if (doc.Tokens[k].Kind == TokenKind.Word && !char.IsUpper(doc.Word(k)[0])) return -1;
            if (doc.Tokens[k].Kind == TokenKind.Word) words++;
        }
        return -1;
    }

    /// <summary>How many words an adjunct between a subject pronoun and its verb may take (<c>which in the wake of the
    /// party's defeat in 2012 urged</c>: 9).</summary>
    private const int MaxAdjunctAfterPronounTokens = 10;

    /// <summary>
    /// The lower-case preposition opening an adjunct that ends at token <paramref name="j"/> and follows a subject relative
    /// or personal pronoun (<c>which in turn will threaten</c>, <c>who for weeks had highlighted</c>, <c>it in late June
    /// declared</c>): the pronoun is the subject, the adjunct no part of it; -1 when there is none. Not <c>of</c>, which
    /// continues a noun.
    /// </summary>
    private static int AdjunctAfterPronounStart(DocumentView doc, int j, int sFirst, int[] inQuote)
    {
        for (int p = j; p > sFirst && p >= j - MaxAdjunctAfterPronounTokens; p--)
        {
            if (inQuote[p] >= 0 || doc.Tokens[p].Kind is not (TokenKind.Word or TokenKind.Number)) return -1;
            var w = doc.Word(p);
            // (One phrase: no joiner, relative or subject of its own in it; "said it before and I'll say": "I" speaks.)
            if (FunctionWords.IsCoordinator(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsRelativePronoun(w) || IsPronounSubjectAnyCase(w)) return -1;
            if (p == j) continue;
            // (Not "it later noted": a time adverb the preposition list holds; not "use it to recommend": an infinitive.)
            if (char.IsLower(w[0]) && FunctionWords.IsPreposition(w) && w is not ("of" or "to") && !FunctionWords.IsAdverb(w) && !FunctionWords.IsDayOrTime(w)
                && (FunctionWords.IsSubjectRelativePronoun(doc.Word(p - 1)) || FunctionWords.IsThirdPersonPronounSubject(doc.Word(p - 1))
                    || FunctionWords.IsPersonPronounSubject(doc.Word(p - 1)))) return p;
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w) || (FunctionWords.IsClauseWord(w) && !FunctionWords.IsPreposition(w))) return -1;
        }
        return -1;
    }

    /// <summary>How many words a prepositional phrase between a comma and the cue may take (<c>, on Twitter called</c>).</summary>
    private const int MaxPrepositionalPhraseTokens = 4;

    /// <summary>
    /// The preposition opening a short phrase that ends at token <paramref name="j"/> right after a comma
    /// (<c>Katyal, who represents Hawaii, on Twitter called …</c>, <c>Trump, in a tweet, instead urged …</c>): the
    /// circumstance of the saying, between the speaker and the cue; -1 when there is none.
    /// </summary>
    private static int PrepositionalPhraseStart(DocumentView doc, int j, int sFirst, int[] inQuote)
    {
        if (doc.Tokens[j].Kind != TokenKind.Word) return -1;
        for (int p = j - 1; p > sFirst && p >= j - MaxPrepositionalPhraseTokens; p--)
        {
            if (inQuote[p] >= 0 || doc.Tokens[p].Kind != TokenKind.Word) return -1;
            var w = doc.Word(p);
            // A name or a determiner after the preposition ("on Twitter", "in a statement"), not "in which he".
            if (FunctionWords.IsMediumPreposition(w))
                return doc.Is(p - 1, ",") && (char.IsUpper(doc.Word(p + 1)[0]) || FunctionWords.IsDeterminer(doc.Word(p + 1))) ? p : -1;
            if (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsClauseWord(w)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The speaker of an attribution that ends right before a comma, read from the words alone (its claim may not be read
    /// yet): <c>…, Anna Berg said, adding, “…”</c> (speaker before the cue, a day may follow it) or <c>…, said Anna Berg,
    /// adding …</c> (speaker after it); none when no cue ends the clause before the comma.
    /// </summary>
    public static (int Start, int End) AttributionSpeakerBefore(DocumentView doc, CueFinder cues, int comma, int sFirst, int[] inQuote)
    {
        int k = comma - 1;
        // "Berg said Tuesday, adding": past a day or time word.
        while (k > sFirst && k > comma - 3 && FunctionWords.IsDayOrTime(doc.Word(k))) k--;
        // (A noun cue names a claim, it attributes none: "contradicted Berg's denial, saying".)
        if (k > sFirst && inQuote[k] < 0 && cues.IsCue(doc, k, out var before) && before.Words == 1 && !IsNounCue(before)) return SubjectBefore(doc, k, sFirst, inQuote);
        for (int c = comma - 2; c > sFirst && c >= comma - 1 - MaxSpeakerTokens; c--)
        {
            if (doc.IsClauseBreak(c) || inQuote[c] >= 0) break;
            if (!cues.IsCue(doc, c, out var after) || IsNounCue(after) || c + after.Words >= comma) continue;
            // Inverted only after a comma or a quote ("…, said Ann Lee,"); "contradicted Lee's account," names an object.
            if (!doc.Is(c - 1, ",") && doc.Tokens[c - 1].Kind != TokenKind.Quote) return (-1, -1);
            var speaker = SpeakerAfter(doc, c + after.Words, comma, inQuote);
            return speaker.Start >= 0 && speaker.End == comma ? speaker : (-1, -1);
        }
        return (-1, -1);
    }

    private static bool IsNounCue(CueEntry cue) => (cue.Flags & (CueFlags.Nominal | CueFlags.NounOnly)) != 0;

    /// <summary>The speaker after a cue ("…, said the minister."): a noun phrase that ends its clause or stops before a
    /// relative clause ("said officials who …"), two joined by "and" ("said Doyle and others,"), or with
    /// <paramref name="adjunctAfterName"/> a name that ends before an adjunct ("said Ann Lee at a rally").</summary>
    public static (int Start, int End) SpeakerAfter(DocumentView doc, int from, int sEnd, int[] inQuote, bool adjunctAfterName = true)
    {
        int i = from;
        while (i < sEnd && i < from + 3 && doc.Tokens[i].Kind == TokenKind.Punctuation) i++;
        var np = NounPhrase(doc, i, sEnd);
        // "said the candidate could be …": an auxiliary ends the noun phrase (and opens a clause: no speaker).
        for (int k = np.Start + 1; np.Start >= 0 && k < np.End; k++)
            if (FunctionWords.IsAuxiliary(doc.Word(k))) { np = (np.Start, k); break; }
        // "…, said Doyle and others, would be …": two noun phrases joined by "and" that together end the clause speak
        // together (from PolNeAR train's missed mid-sentence attributions).
        // (The span runs from the first name, trimmed like any speaker, to the end of the second: "Peter Schott and Justin
        // Pierce", not the second name alone; the second opens with no adverb: "said Pelosi and then left" is one.)
        if (np.Start >= 0 && np.End + 1 < sEnd && doc.Is(np.End, "and") && NounPhrase(doc, np.End + 1, sEnd) is { Start: >= 0 } second
            && (second.End >= sEnd || doc.IsClauseBreak(second.End)) && !HasVerb(doc, second) && !FunctionWords.IsAdverb(doc.Word(second.Start)))
            return (doc.TrimToEntity(np.Start, np.End).Start, second.End);
        // "“…,” said a longtime adviser to the mayor.": a phrase of "to" that ends the clause; with a person's noun or title
        // before it, it names whom the person serves and stays in the speaker; otherwise it is whom it was said to.
        // (The phrase before "to" is a noun phrase: an article or a name first, no verb; not "explains how they make money by
        // selling access to themselves".)
        if (np.Start >= 0 && np.End + 1 < sEnd && doc.Is(np.End, "to") && NounPhrase(doc, np.End + 1, sEnd) is { Start: >= 0 } served
            && (served.End >= sEnd || doc.IsClauseBreak(served.End)) && !HasVerb(doc, served) && !HasVerb(doc, np)
            && (FunctionWords.IsDeterminer(doc.Word(np.Start)) || char.IsUpper(doc.Word(np.Start)[0])))
            // (Not "said the minister to reporters": a bare noun after "to" is whom it was said to. "A source close to the
            // president": "close" before "to" keeps the phrase too.)
            return (FunctionWords.IsPersonNoun(doc.Word(np.End - 1)) || FunctionWords.IsPersonTitle(doc.Word(np.End - 1)) || doc.Is(np.End - 1, "close"))
                   && (FunctionWords.IsDeterminer(doc.Word(served.Start)) || char.IsUpper(doc.Word(served.Start)[0]) || doc.Is(served.Start, "both"))
                ? (np.Start, served.End) : doc.TrimToEntity(np.Start, np.End);
        // "…, said the minister." — the speaker ends its clause; "said she would form …" is not a speaker.
        if (np.Start >= 0 && np.End < sEnd && !doc.IsClauseBreak(np.End) && !doc.Is(np.End, FunctionWords.IsSpeakerEndAdjunct)
            && doc.Tokens[np.End].Kind != TokenKind.Quote && !(adjunctAfterName && EndsNameBeforeAdjunct(doc, np.End, sEnd))) return (-1, -1);
        return np.Start < 0 ? np : doc.TrimToEntity(np.Start, np.End);
    }

    /// <summary>
    /// True when the word at <paramref name="end"/> opens an adjunct after a name or a person's title (<c>“…,” said Ann Lee
    /// at a rally</c>, <c>said the spokesman as he left</c>), which read as no speaker at all before; after another noun
    /// the same words open a clause or a relative (<c>said the days when …</c>, <c>wrote last week after …</c>). Read from
    /// PolNeAR train's speaker errors (quotes given to the speaker of the quote before). A capitalised word after it
    /// continues the name (<c>University of California at Irvine law professor Rick Hasen</c>).
    /// </summary>
    private static bool EndsNameBeforeAdjunct(DocumentView doc, int end, int sEnd) =>
        doc.Is(end, FunctionWords.IsNameEndAdjunct)
        && !(end + 1 < sEnd && doc.Tokens[end + 1].Kind == TokenKind.Word && char.IsUpper(doc.Word(end + 1)[0]))
        && (doc.IsEntityToken(end - 1) || FunctionWords.IsPersonTitle(doc.Word(end - 1)) || FunctionWords.IsPersonNoun(doc.Word(end - 1)));

    /// <summary>True when a word of the phrase is an auxiliary or a finite verb ("Pelosi and then left").</summary>
    private static bool HasVerb(DocumentView doc, (int Start, int End) np)
    {
        for (int k = np.Start; k < np.End; k++)
            if (FunctionWords.IsAuxiliary(doc.Word(k)) || FunctionWords.IsFiniteVerb(doc.Word(k))) return true;
        return false;
    }

    public static (int Start, int End) NounPhrase(DocumentView doc, int from, int sEnd)
    {
        int end = from;
        while (end < sEnd && end - from < MaxSpeakerTokens && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number
               && !FunctionWords.IsClauseWord(doc.Word(end)) && !(end > from && FunctionWords.IsSpeakerAfterStop(doc.Word(end)))) end++;
        return end > from ? (from, end) : (-1, -1);
    }

    /// <summary>A speaker between a quote and its cue, without the adverbs before the cue ("…,” Smith also said").</summary>
    public static (int Start, int End) TrimAdverbs(DocumentView doc, int from, int to)
    {
        while (to > from && FunctionWords.IsAdverbOrAuxiliary(doc.Word(to - 1))) to--;
        return to > from ? doc.TrimToEntity(from, to) : (-1, -1);
    }

    /// <summary>Capitalised words before a name ("Opposition leader Petrova:"), nothing that makes a clause of it.</summary>
    public static bool IsLeadingDescription(DocumentView doc, CueFinder cues, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word || FunctionWords.IsFiniteVerb(doc.Word(k)) || cues.IsCueWord(doc.Word(k))) return false;
        return true;
    }

    /// <summary>
    /// The verb of a clause whose subject opens at <paramref name="subject"/> (the caller checks what may open it): the
    /// first lower-case finite verb or auxiliary within <paramref name="maxWords"/> words, before any clause break or
    /// quotation; with <paramref name="cueWordsAreVerbs"/> a cue word too, and with <paramref name="wordAfterNameIsVerb"/>
    /// a lower-case word right after a name (<c>Ukrainian President Petro Poroshenko held …</c>). -1 when there is none.
    /// </summary>
    public static int VerbAfterSubject(ExtractionContext ctx, int subject, int sEnd, int maxWords, bool cueWordsAreVerbs, bool wordAfterNameIsVerb)
    {
        var doc = ctx.Doc;
        for (int k = subject + 1; k < Math.Min(sEnd, subject + maxWords + 1); k++)
        {
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || ctx.InQuote[k] >= 0) return -1;
            var v = doc.Word(k);
            if (!char.IsLower(v[0])) continue;
            if (FunctionWords.IsFiniteVerb(v) || FunctionWords.IsAuxiliary(v) || (cueWordsAreVerbs && ctx.Cues.IsCueWord(v))) return k;
            if (wordAfterNameIsVerb && doc.IsEntityToken(k - 1) && !doc.IsEntityToken(k) && !FunctionWords.IsPreposition(v)
                && !FunctionWords.IsDeterminer(v) && !FunctionWords.IsCoordinator(v) && !FunctionWords.IsAdverb(v)) return k;
        }
        return -1;
    }

    /// <summary>True when a finite verb (or, given <paramref name="cues"/>, a cue word) stands in [<paramref name="from"/>,
    /// <paramref name="to"/>).</summary>
    public static bool HasVerbBetween(DocumentView doc, CueFinder? cues, int from, int to)
    {
        for (int k = from; k < to; k++) if (FunctionWords.IsFiniteVerb(doc.Word(k)) || (cues is not null && cues.IsCueWord(doc.Word(k)))) return true;
        return false;
    }

    /// <summary>"broadcasts began on August 10 and South Korea says": an "and" after a lower-case word or number joins
    /// clauses, not names ("Hugh Hill and Mary Smith said").</summary>
    private static bool EndsClause(DocumentView doc, int i) =>
        doc.Is(i, FunctionWords.IsCoordinator) && i > 0 && !char.IsUpper(doc.Word(i - 1)[0]);
}
