namespace PoliticalNlp.Claims;

/// <summary>
/// What every extraction stage of one document reads and marks: the document, its quotations (and which quotation each
/// token is in), the cue finder, and which cue tokens a claim already used.
/// </summary>
internal sealed class ExtractionContext
{
    public ExtractionContext(DocumentView doc, CueFinder cues)
    {
        Doc = doc;
        Cues = cues;
        Quotes = QuoteFinder.Find(doc.Text, doc.Tokens, doc.Paragraphs);
        InQuote = new int[doc.Tokens.Length];
        Array.Fill(InQuote, -1);
        for (int q = 0; q < Quotes.Count; q++)
            for (int i = Quotes[q].Open; i <= Quotes[q].Close; i++) InQuote[i] = q;
        Consumed = new bool[doc.Tokens.Length];
    }

    /// <summary>Token → the claim whose cue it is (a participle after it, <c>…,” he said, adding that …</c>, shares its speaker).</summary>
    /// <remarks>A map, not an array a token: cues are a few per hundred tokens (an array cost 8 bytes a token).</remarks>
    public Dictionary<int, ClaimDraft> CueOwner { get; } = [];

    public DocumentView Doc { get; }

    public CueFinder Cues { get; }

    public List<Quotation> Quotes { get; }

    /// <summary>Token → index of the quotation it is in (marks included), or -1.</summary>
    public int[] InQuote { get; }

    /// <summary>Token → true when a claim already took it as its cue, or a kept claim took it as its via's <c>according
    /// to</c> (<see cref="ClaimDraft.ViaCueToken"/>).</summary>
    public bool[] Consumed { get; }

    public void SetCue(ClaimDraft draft, int cue, int words = 1)
    {
        Consumed[cue] = true;
        CueOwner[cue] = draft;
        draft.CueToken = cue;
        draft.CueStart = Doc.Tokens[cue].Start;
        draft.CueEnd = Doc.Tokens[cue + Math.Max(1, words) - 1].End;
    }

    /// <summary>
    /// Records a speaker's tokens [Start, End), whatever layout read them, less what opens or continues its clause: a
    /// joiner or relative adverb first (<c>where Republicans</c>, a lone <c>or</c>), a subordinator or inverted auxiliary
    /// first (see <see cref="AfterClauseOpener"/>) and an auxiliary or listed past verb on (see <see cref="BeforeAuxiliary"/>).
    /// Nothing is recorded (the draft's speaker stays -1) when no word is left.
    /// </summary>
    public void SetSpeaker(ClaimDraft draft, (int Start, int End) speaker)
    {
        if (speaker.Start < 0) return;
        // Whatever layout read it, "where Republicans" and "or" open the speaker's clause: the speaker is what follows, or
        // nothing.
        while (speaker.Start < speaker.End && Doc.Is(speaker.Start, FunctionWords.IsSpeakerOpeningJoiner)) speaker.Start++;
        speaker.Start = AfterClauseOpener(speaker);
        speaker.End = BeforeAuxiliary(speaker);
        speaker.End = BeforeTrailingParticiple(speaker);
        // "Trump famously promised", "the President rightly emphasized": an adverb between the speaker and the cue is no
        // part of the speaker (allsides articles: about 150 speakers trimmed).
        // (Only back to a word that can end a noun phrase: not "seemed to grudgingly", "Not only", "a fascinatingly"; two
        // joined go together: "Comey carefully and clearly explained".)
        while (speaker.End - 1 > speaker.Start && FunctionWords.IsLowerCaseAdverb(Doc.Word(speaker.End - 1)) && !Doc.IsEntityToken(speaker.End - 1))
        {
            int e = speaker.End;
            if (e - 4 >= speaker.Start && FunctionWords.IsCoordinator(Doc.Word(e - 2)) && FunctionWords.IsLowerCaseAdverb(Doc.Word(e - 3))
                && EndsNounPhrase(Doc.Word(e - 4))) speaker.End = e - 3;
            else if (EndsNounPhrase(Doc.Word(e - 2))) speaker.End = e - 1;
            else break;
        }
        if (speaker.End <= speaker.Start) return;
        // Speakers that are no noun phrase (from the allsides articles' speakers; the claim stays, without a speaker or with
        // the phrase's edge): "… is rumored": a lone auxiliary names no one; nor does an existential subject with only
        // auxiliaries after it: "there have been calls for".
        if (speaker.End - speaker.Start == 1 && Doc.Word(speaker.Start) is var lone && char.IsLower(lone[0]) && FunctionWords.IsAuxiliary(lone)) return;
        if (IsExistentialClause(speaker)) return;
        speaker = NameBeforeItsParenthesis(speaker);
        speaker = WithHeadBeforeOf(speaker);
        speaker = PronounOrNameAtEdge(speaker);
        if (speaker.End <= speaker.Start) return;
        // ("he used to say", "Ann Lee plans to tell": a name or pronoun, a verb and "to" before the cue; the name speaks.)
        if (speaker.End - speaker.Start >= 3 && Doc.Is(speaker.End - 1, "to") && Doc.Word(speaker.End - 2) is var verb && char.IsLower(verb[0])
            && (Doc.IsEntityToken(speaker.End - 3) || (speaker.End - speaker.Start == 3 && FunctionWords.IsPersonPronounSubject(Doc.Word(speaker.Start)))))
            speaker.End -= 2;
        // "Foley resigned amid reports he had …", "despite repeated insistence there had been …": a phrase that ends in a
        // preposition is no subject; the cue after it is a noun whose source the sentence does not name. (Not an adverb of
        // the opening-preposition list: "Joe Walsh meanwhile saying".)
        if (Doc.Word(speaker.End - 1) is var last && char.IsLower(last[0]) && FunctionWords.IsPreposition(last)
            && (!FunctionWords.IsOpeningPreposition(last) || FunctionWords.IsOccasionPreposition(last) || FunctionWords.IsTemporalSubordinator(last))) return;
        draft.SpeakerStart = Doc.Tokens[speaker.Start].Start;
        draft.SpeakerEnd = Doc.Tokens[speaker.End - 1].End;
        draft.SpeakerTokens = speaker;
    }

    /// <summary>True when the speaker phrase is an existential subject and auxiliaries only (<c>there have been</c>).</summary>
    private bool IsExistentialClause((int Start, int End) speaker)
    {
        int k = speaker.End - 1;
        while (k > speaker.Start && (FunctionWords.IsAuxiliary(Doc.Word(k)) || FunctionWords.IsProgressiveAuxiliary(Doc.Word(k)))) k--;
        // (The subject opens the phrase and an auxiliary follows it: "a Republican there said" is a place adverb.)
        return k == speaker.Start && k + 1 < speaker.End && Doc.Is(k, FunctionWords.IsExistentialSubject);
    }

    /// <summary>How far back the opening bracket of a name's parenthesis may stand (<c>(R-Ky.)</c>, <c>(D., N.Y.)</c>).</summary>
    private const int MaxNameParenthesisTokens = 8;

    /// <summary>The opening bracket of the short parenthesis closed at <paramref name="close"/> (<c>(R-Ky.)</c>, <c>(67
    /// percent)</c>), within <see cref="MaxNameParenthesisTokens"/> tokens and with no other bracket between; -1 if none.</summary>
    private int OpeningBracketBefore(int close)
    {
        int open = close - 1;
        while (open > 0 && open > close - MaxNameParenthesisTokens && !Doc.Is(open, "(") && !Doc.Is(open, ")")) open--;
        return Doc.Is(open, "(") ? open : -1;
    }

    /// <summary>
    /// <c>Sen. Ann Lee (R) of Kentucky said</c>: a speaker read as the <c>of</c> phrase after a name's parenthesis is the
    /// name before it (from the allsides articles' speakers, where <c>of Kentucky</c> spoke).
    /// </summary>
    private (int Start, int End) NameBeforeItsParenthesis((int Start, int End) speaker)
    {
        int k = speaker.Start;
        if (k < 2 || !Doc.Is(k, FunctionWords.IsAffiliationPreposition) || !Doc.Is(k - 1, ")")) return speaker;
        int open = OpeningBracketBefore(k - 1);
        if (open < 1 || InQuote[open - 1] >= 0) return speaker;
        var person = Doc.LastPerson(Math.Max(0, open - PhraseReader.MaxSpeakerTokens), open);
        return person.Start >= 0 && person.End == open ? person : speaker;
    }

    /// <summary>How many words the head of <c>X of Y</c> may take before <c>of</c> (<c>nearly three-fourths, or 73 percent,</c>
    /// is beyond it; <c>Critics</c>, <c>the uncle</c>, <c>two-thirds (67 percent)</c> are within).</summary>
    private const int MaxHeadBeforeOfTokens = 5;

    /// <summary>
    /// <c>Critics of the plan say</c>, <c>Leaders of several groups issued a statement urging</c>, <c>two-thirds (67 percent) of
    /// voters said</c>: a speaker read from <c>of</c> on is the phrase whose head stands before it (from the allsides
    /// articles' speakers, 98 of which opened with <c>of</c>). Not <c>as of now</c>, nor across a comma or a verb. So with the
    /// other prepositions of the head-preposition list (<c>Executives at more than a dozen insurers said</c>, <c>the
    /// inspectors general for the department and the agency flatly contradicted</c>: the allsides articles' speakers that
    /// open with <c>for</c>, <c>in</c>, <c>at</c>).
    /// </summary>
    private (int Start, int End) WithHeadBeforeOf((int Start, int End) speaker)
    {
        int k = speaker.Start - 1;
        if (k < 0 || !Doc.Is(speaker.Start, FunctionWords.IsHeadPreposition) || InQuote[k] >= 0) return speaker;
        if (Doc.Is(k, ")"))
        {
            int open = OpeningBracketBefore(k);
            if (open < 0) return speaker;
            k = open - 1;
        }
        int start = speaker.Start;
        // (After another preposition than "of", the words before must be a noun phrase's: no adverb, discourse word or
        // pronoun, "Also on the stage", "Yet at least some", "Who on earth", "They range from", which the allsides articles'
        // speakers showed.)
        bool strict = !Doc.Is(speaker.Start, "of");
        // (Not across a paragraph break: a headline without a full stop ends there.)
        while (k >= 0 && speaker.Start - k <= MaxHeadBeforeOfTokens + 3 && Doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && InQuote[k] < 0
               && !Doc.StartsParagraph(k + 1))
        {
            var w = Doc.Word(k);
            if (FunctionWords.IsPreposition(w) || FunctionWords.IsAuxiliary(w) || IsClauseWordAnyCase(w) || FunctionWords.IsCoordinator(w)
                || (char.IsLower(w[0]) && (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) || w.EndsWith("ing"))) || w is "as") break;
            if (strict && (PhraseReader.InAnyCase(w, FunctionWords.IsAdverb) || FunctionWords.IsDiscourseWord(w) || PhraseReader.InAnyCase(w, FunctionWords.IsRelativePronoun)
                || PhraseReader.IsPronounSubjectAnyCase(w)))
                return speaker;
            start = k;
            if (FunctionWords.IsDeterminer(w)) break;
            k--;
        }
        if (start == speaker.Start || speaker.Start - start > MaxHeadBeforeOfTokens + 3) return speaker;
        return (start, speaker.End);
    }

    /// <summary>A clause word or temporal subordinator, also capitalised at the start of a sentence (<c>When</c>).</summary>
    private static bool IsClauseWordAnyCase(ReadOnlySpan<char> w) => PhraseReader.InAnyCase(w, IsClauseWordOrSubordinator);

    private static bool IsClauseWordOrSubordinator(ReadOnlySpan<char> w) => FunctionWords.IsClauseWord(w) || FunctionWords.IsTemporalSubordinator(w);

    /// <summary>
    /// A speaker read across a clause edge (from the allsides articles' speakers): <c>a fact he acknowledged</c>, <c>the
    /// statistics I have cited</c> — a subject pronoun closing the phrase opens a relative clause and is the speaker;
    /// <c>a former aide who</c> — the relative pronoun is no part of it; <c>Trump lambastes the inquiry daily and now
    /// contends</c> — a phrase ending in a coordinator joins two verbs of the subject that opens it (a name or pronoun),
    /// or names none. An empty range when nothing is left.
    /// </summary>
    private (int Start, int End) PronounOrNameAtEdge((int Start, int End) speaker)
    {
        int last = speaker.End - 1;
        if (last <= speaker.Start) return speaker;
        var w = Doc.Word(last);
        if (FunctionWords.IsPersonalPronounSubject(w) && !FunctionWords.IsCoordinator(Doc.Word(last - 1)) && Doc.Tokens[last - 1].Kind == TokenKind.Word)
            return (last, speaker.End);
        // (Not "some of whom", "both of whom": a quantity of the people named before.)
        if (FunctionWords.IsSubjectRelativePronoun(w) && !Doc.Is(last - 1, "of")) return (speaker.Start, last);
        if (FunctionWords.IsCoordinator(w) && char.IsLower(w[0]))
        {
            if (FunctionWords.IsPersonalPronounSubject(Doc.Word(speaker.Start))) return (speaker.Start, speaker.Start + 1);
            if (!Doc.IsEntityToken(speaker.Start)) return (speaker.Start, speaker.Start);
            // (The name that opens the phrase: its tokens up to the first that belongs to no entity or to another.)
            int end = speaker.Start + 1;
            while (end < last && Doc.IsEntityToken(end) && Doc.TrimToEntity(speaker.Start, end + 1, anyType: true).Start == speaker.Start) end++;
            return (speaker.Start, end);
        }
        return speaker;
    }

    /// <summary>
    /// Where a speaker ends whose last word is a participle in -ed left from a phrase cut after it (<c>A Monmouth poll
    /// released [Tuesday] found</c>, <c>according to an affidavit filed [in the case]</c>, <c>officials involved say</c>; from
    /// the allsides sample's speakers): before the participle, when the noun it qualified stands before it.
    /// </summary>
    private int BeforeTrailingParticiple((int Start, int End) speaker)
    {
        int last = speaker.End - 1;
        if (last - 1 <= speaker.Start) return speaker.End;
        var w = Doc.Word(last);
        // (Only a participle in -ed: a word in -ing is as often a noun, "the briefing", "his thinking".)
        if (Doc.Tokens[last].Kind != TokenKind.Word || w.Length < 5 || !char.IsLower(w[0]) || !w.EndsWith("ed")) return speaker.End;
        var before = Doc.Word(last - 1);
        // (The word before is the noun the participle qualified: not an article, adverb, auxiliary, preposition, possessive or
        // pronoun, "those polled".)
        if (Doc.Tokens[last - 1].Kind != TokenKind.Word || FunctionWords.IsDeterminer(before) || FunctionWords.IsAdverb(before)
            || FunctionWords.IsAuxiliary(before) || FunctionWords.IsPreposition(before) || FunctionWords.IsFiniteVerb(before)
            || FunctionWords.IsPossessive(before) || FunctionWords.IsNoSubjectEnd(before) || Doc.Is(last - 1, "those")) return speaker.End;
        return last;
    }

    /// <summary>
    /// Where a speaker starts whose words open with its clause's subordinator or an inverted auxiliary (<c>well after the
    /// U.S. announced</c>, <c>Only recently has the Army said</c>; from the allsides sample's lower-case speakers): the
    /// subject after them, which must still hold a word.
    /// </summary>
    private int AfterClauseOpener((int Start, int End) speaker)
    {
        int k = speaker.Start;
        // ("well after", "long before", "shortly after": a qualifier of grammar list subordinator-qualifier may come first;
        // "such as", "as well as" open a list instead, and "as" after another word compares: "just as".)
        if (k + 2 < speaker.End && Doc.Is(k, FunctionWords.IsSubordinatorQualifier) && Doc.Is(k + 1, FunctionWords.IsTemporalSubordinator) && !Doc.Is(k + 1, "as")) return k + 2;
        if (k + 1 < speaker.End && Doc.Is(k, FunctionWords.IsTemporalSubordinator) && !Doc.Is(k + 1, FunctionWords.IsListOpener)) return k + 1;
        if (k + 1 < speaker.End && FunctionWords.IsAuxiliary(Doc.Word(k)) && char.IsLower(Doc.Word(k)[0])
            && (FunctionWords.IsDeterminer(Doc.Word(k + 1)) || char.IsUpper(Doc.Word(k + 1)[0]))) return k + 1;
        // "In June the U.S. said", "and in late June it declared", "On Aug. 12 the agency announced": an opening phrase of
        // time or place (a preposition, then names, numbers and time words) before a subject that opens with a determiner
        // or is a pronoun (from the allsides articles' speakers that open with a preposition).
        if (k + 2 < speaker.End && Doc.Is(k, FunctionWords.IsOpeningPreposition))
        {
            int m = k + 1;
            while (m < speaker.End - 1 && IsDateOrPlaceWord(m)) m++;
            if (m > k + 1 && (FunctionWords.IsDeterminer(Doc.Word(m)) || FunctionWords.IsPersonalPronounSubject(Doc.Word(m)))) return m;
        }
        return speaker.Start;
    }

    /// <summary>A word of a date or place phrase without an article: a number, a name or a time word (<c>late June</c>,
    /// <c>July 2017</c>, <c>Aug. 12</c>), not a determiner or a pronoun.</summary>
    private bool IsDateOrPlaceWord(int k)
    {
        var w = Doc.Word(k);
        if (Doc.Tokens[k].Kind == TokenKind.Number) return true;
        if (Doc.Tokens[k].Kind != TokenKind.Word || FunctionWords.IsDeterminer(w) || FunctionWords.IsPersonalPronounSubject(w)) return false;
        return char.IsUpper(w[0]) || FunctionWords.IsTimePhraseWord(w) || FunctionWords.IsDayOrTime(w) || FunctionWords.IsPeriodPart(w);
    }

    /// <summary>
    /// Where a speaker ends that runs on into its clause's verb (<c>the school has published a letter disputing</c>,
    /// <c>allies have in the past said</c>, <c>He was a desperate man hoping</c>, <c>Obama came into office promising</c>):
    /// before its first auxiliary or verb of the finite-verb list, or a contracted auxiliary after a pronoun, unless a relative pronoun or <c>that</c> comes first (<c>officials who have seen it</c> is one
    /// noun phrase), a subject pronoun inside the phrase opens a relative clause without one (<c>the people we have spoken
    /// to</c>), or the subject is existential.
    /// </summary>
    private int BeforeAuxiliary((int Start, int End) speaker)
    {
        // ("there is evidence suggesting": an existential subject names no one; the noun after its verb speaks.)
        if (Doc.Is(speaker.Start, FunctionWords.IsExistentialSubject)) return speaker.End;
        for (int k = speaker.Start + 1; k < speaker.End; k++)
        {
            var w = Doc.Word(k);
            if (FunctionWords.IsRelativePronoun(w) || w is "that") return speaker.End;
            bool pronounBefore = PhraseReader.IsPronounSubjectAnyCase(Doc.Word(k - 1));
            // ("the people we have spoken to": the pronoun opens a relative clause, the auxiliary is its own.)
            if (FunctionWords.IsAuxiliary(w) && pronounBefore && k - 1 > speaker.Start) return speaker.End;
            if (FunctionWords.IsAuxiliary(w) || (FunctionWords.IsContractedAuxiliary(w) && pronounBefore)) return k;
            // "Obama came into office promising", "a CIA employee wrote in an e-mail explaining": a speaker read before a
            // participle ends before its own clause's verb (a word of the finite-verb list, not any -ed word; from the
            // allsides sample's speakers that hold a verb).
            if (FunctionWords.IsListedFiniteVerb(w) && !pronounBefore) return k;
        }
        return speaker.End;
    }

    /// <summary>Records the intermediate source (<c>according to Belta</c>), trimmed to the entity it ends in; none when
    /// <paramref name="via"/> is empty.</summary>
    public void SetVia(ClaimDraft draft, (int Start, int End) via)
    {
        if (via.Start < 0) return;
        via = Doc.TrimToEntity(via.Start, via.End, anyType: true);
        draft.ViaStart = Doc.Tokens[via.Start].Start;
        draft.ViaEnd = Doc.Tokens[via.End - 1].End;
    }

    public void SetContent(ClaimDraft draft, int first, int last)
    {
        // "WASHINGTON (Reuters) — The vote failed, aides said": the dateline opening a paragraph tells where the story was
        // filed, not what was said.
        // (A layout may have stepped past the dateline's opening bracket: "(CNN) – The vote failed, …".)
        int lead = first;
        while (lead > 0 && !Doc.StartsParagraph(lead) && Doc.Is(lead - 1, "(")) lead--;
        if (Doc.StartsParagraph(lead) && PhraseReader.AfterDateline(Doc, lead, last + 1) is var story && story > first) first = story;
        // "…, saying “the race is over,” he wrote": a content that opens on a quotation's mark and ends inside it is the
        // quoted words, without the mark (as the quotation's own claim has them).
        if (first < last && InQuote[first] >= 0 && Quotes[InQuote[first]].Open == first && Quotes[InQuote[first]].Closed && last < Quotes[InQuote[first]].Close) first++;
        draft.ContentStart = Doc.Tokens[first].Start;
        draft.ContentEnd = Doc.Tokens[last].End;
        draft.ContentTokens = (first, last + 1);
    }

    /// <summary>The intermediate source of <c>…, according to Belta</c> within [from, sEnd), bounded by the speaker's length.</summary>
    public void FindVia(ClaimDraft draft, int from, int sEnd)
    {
        for (int k = from; k + 1 < sEnd && k < from + 3 * PhraseReader.MaxSpeakerTokens; k++)
        {
            if (!Doc.IsAccordingTo(k, sEnd)) continue;
            draft.ViaCueToken = k; // used once the claim is kept (ClaimExtractor.Keep), as the content boundary's via
            SetVia(draft, PhraseReader.NounPhrase(Doc, k + Doc.SourcePhraseLength(k, sEnd), sEnd));
            return;
        }
    }

    /// <summary>True when a word can end a noun phrase: no auxiliary, determiner, negation, clause word, preposition (<c>to</c>
    /// among them), adverb or coordinator (<c>the sick and</c>).</summary>
    private static bool EndsNounPhrase(ReadOnlySpan<char> w) =>
        !(FunctionWords.IsAuxiliary(w) || FunctionWords.IsDeterminer(w) || ClaimProfile.IsNegation(w) || FunctionWords.IsClauseWord(w)
          || FunctionWords.IsPreposition(w) || FunctionWords.IsAdverb(w) || FunctionWords.IsCoordinator(w));
}
