using PoliticalNlp.Text;

namespace PoliticalNlp.Claims;

/// <summary>
/// Stage 1: whether a token is a reporting cue, from the compiled cue data (<see cref="CueLexicon"/>: forms, phrases and
/// their conditions) and a few positional checks (a cue is a verb: not after a determiner, a preposition or a possessive).
/// </summary>
internal sealed class CueFinder(CueLexicon lexicon)
{
    public CueLexicon Lexicon => lexicon;

    /// <summary>True when token <paramref name="i"/> starts a reporting cue; <paramref name="cue"/> says which.</summary>
    public bool IsCue(DocumentView doc, int i, out CueEntry cue)
    {
        cue = default;
        // Layouts look for a cue just past what they skipped (an appositive, a parenthesis), which may be the text's end.
        if ((uint)i >= (uint)doc.Tokens.Length || doc.Tokens[i].Kind != TokenKind.Word) return false;
        var word = doc.Word(i);
        // "floated the idea of", "pointed out": phrases that report as a whole.
        foreach (var (words, entry) in lexicon.PhrasesStartingWith(word))
        {
            int k = 1;
            while (k < words.Length && doc.Is(i + k, words[k])) k++;
            if (k < words.Length) continue;
            cue = entry;
            if (NounAfterPreposition(doc, i)) return false;
            if ((entry.Flags & CueFlags.NamingAs) != 0 && !NamesItsObjectAs(doc, i + words.Length - 1)) return false;
            return (entry.Flags & CueFlags.VerbPosition) == 0 || IsVerbPosition(doc, i);
        }
        if (!lexicon.TryGet(word, out cue) || (cue.Flags & CueFlags.NounOnly) != 0) return false;
        // "That said, …", "Having said that, …": an idiom that reports nothing (grammar list idiom-subject), for every layout.
        if (IsIdiom(doc, i)) return false;
        // "among, say, four people", "rather than, say, calling off …": set off by commas, it gives an example (from the
        // allsides articles, where 99 such claims were read).
        if (doc.Is(i - 1, ",") && doc.Is(i + 1, ",") && FunctionWords.IsExampleMarker(word)) return false;
        // "claims" is a noun far more often than a verb: a verb after a name or pronoun ("I" is a capital, like a name), before its clause.
        if ((cue.Flags & CueFlags.Ambiguous) != 0)
        {
            return i > 0 && (char.IsUpper(doc.Word(i - 1)[0]) || FunctionWords.IsPersonPronounSubject(doc.Word(i - 1)) || doc.Is(i - 2, "the"))
                && doc.Is(i + 1, FunctionWords.IsVerbCueNextWord)
                && !doc.Is(i - 1, "the");
        }
        // "…, warning that …", "have been warning that …": a participle that is as often a noun ("a stark warning that …")
        // reports only after a comma, a coordinator or a form of "be".
        if ((cue.Flags & CueFlags.Participle) != 0
            && !(i > 0 && (doc.Is(i - 1, ",") || doc.Is(i - 1, FunctionWords.IsCoordinator) || doc.Is(i - 1, FunctionWords.IsPassiveAuxiliary)))) return false;
        // "the camp successfully maintained a majority", "heard gunfire": verbs that report speech only with a clause or
        // quote after them ("the court heard that …", "…, the court has heard.").
        if ((cue.Flags & (CueFlags.NeedsClause | CueFlags.Infinitive)) != 0)
        {
            // "stressed Wednesday that …": past a day to the clause.
            int next = DayAfter(doc, i + 1, infinitiveCue: (cue.Flags & CueFlags.Infinitive) != 0);
            // "…, reports The Wall Street Journal.": an inverted attribution after a comma names its source instead.
            // ("“…,” added Ann Lee": after the closing quote too.)
            // (Not a participle: "…, recognizing Kosovo in 2008" names no source.)
            bool inverted = i > 0 && (cue.Flags & CueFlags.Participle) == 0 && (doc.Is(i - 1, ",") || doc.Tokens[i - 1].Kind == TokenKind.Quote) && next < doc.Tokens.Length
                && ((char.IsUpper(doc.Word(next)[0]) && (doc.IsEntityToken(next) || (next + 1 < doc.Tokens.Length && doc.IsEntityToken(next + 1))))
                    || (!word.EndsWith("ing") && NameAfterTitleWords(doc, next)));
            // ("Ships suspected of smuggling were seized": after "of" the clause that follows is the sentence's own, unless "of"
            // opens it: "boasted of how …".)
            bool clause = inverted || QuoteClosedBefore(doc, i) || doc.Is(next, FunctionWords.IsCueClauseOpener)
                // (After "on Wednesday" only a comma: "led the questioning on Wednesday." is a noun's sentence end.)
                || (next < doc.Tokens.Length && doc.Tokens[next].Kind is TokenKind.Quote or TokenKind.Punctuation && (!doc.Is(i + 1, FunctionWords.IsDayOpener) || doc.Is(next, ",")))
                || ((!doc.Is(next, "of") || doc.Is(next + 1, FunctionWords.IsQuestionWord)) && ClauseFollows(doc, next - 1))
                || ThatAfterAdjunct(doc, next) || QuoteAfterAdjunct(doc, next) || AppositiveAfterQuote(doc, i);
            // ("As the paper noted in an op-ed Thursday, the candidate …": after "as" and its speaker, a short adjunct and a comma;
            // the main clause is what was noted. PolNeAR train.)
            clause = clause || (CommaAfterAdjunct(doc, next) && (AsOpensAttribution(doc, i) || NameSetOffBefore(doc, i)));
            bool infinitive = (cue.Flags & CueFlags.Infinitive) != 0 && OpensInfinitive(doc, next);
            // (After a quotation it closes, "to" and a name is the one written to: "“…,” Ann Lee wrote to Clinton"; PolNeAR train.)
            if (!infinitive && doc.Is(next, "to") && (cue.Flags & CueFlags.Infinitive) == 0 && !AddressedBeforeClause(doc, next, cue.Lemma)
                && !(PersonAfterTo(doc, next) && !FunctionWords.IsIncreaseLemma(cue.Lemma) && (QuoteClosedBefore(doc, i) || AppositiveAfterQuote(doc, i)))) return false; // "emails found to have contained"
            // "a CNN survey found 90 percent support": a poll, study or document reports what it found without a clause.
            if (!clause && !infinitive && !ReportsFinding(doc, i, next, cue.Flags)) return false;
        }
        // "Polls show Clinton ahead", "Data show that …": a finding verb that needs no clause still needs a poll or document
        // before it, or "that" after it ("the TV show" is a noun).
        if ((cue.Flags & (CueFlags.Finding | CueFlags.NeedsClause)) == CueFlags.Finding
            && !FindingSubject(doc, i) && !doc.Is(i + 1, "that")) return false;
        if ((cue.Flags & CueFlags.Written) != 0 && !ReadsAText(doc, i)) return false;
        // "would have Egyptians believe …": the belief is the object's, made by the subject; no one's claim. (Only the bare
        // verb after an object: "officials have long believed", "he had not thought" are the subject's own.)
        if (cue.Class == CueClass.Believe && i > 1 && doc.Is(i - 2, FunctionWords.IsCausativeVerb) && word.Equals(cue.Lemma, StringComparison.OrdinalIgnoreCase)
            && !doc.Is(i - 1, FunctionWords.IsAdverb) && !doc.Is(i - 1, ClaimProfile.IsNegation) && !doc.Is(i - 1, "to")) return false;
        if ((cue.Flags & CueFlags.Naming) != 0 && !NamesItsObject(doc, i)) return false;
        if ((cue.Flags & CueFlags.Request) != 0 && !AsksForSomething(doc, i)) return false;
        if ((cue.Flags & CueFlags.NamingAs) != 0 && (!NamesItsObjectAs(doc, i) || (i > 0 && doc.Is(i - 1, FunctionWords.IsPassiveAuxiliary)))) return false;
        // "Americans accused of travelling", "accused in the blasts": an accusing verb straight before a preposition is a passive.
        if (cue.Class == CueClass.Accuse && word.EndsWith("ed") && i + 1 < doc.Tokens.Length && doc.Is(i + 1, FunctionWords.IsPassiveAccusePreposition)) return false;
        // "people are much more informed", "well informed", "one of his most promising paths": a participle after a degree
        // word is an adjective.
        if (i > 0 && (word.EndsWith("ed") || word.EndsWith("ing")) && doc.Is(i - 1, FunctionWords.IsDegreeWord)) return false;
        // "has won 758 pledged delegates": a participle between a count and a noun is an adjective (not after a year: "in
        // 2016 claimed that …").
        // (A count opening its clause stays an adjective too, "60 pledged delegates were at stake", though "Five denied
        // wrongdoing" is then lost: PolNeAR train has 2 of the first kind, none of the second.)
        // ("There have been five confirmed cases, officials said": a count written as a word too; the participle took the
        // claim and its content, and the sentence's own attribution was lost.)
        if (i > 0 && i + 1 < doc.Tokens.Length && word.EndsWith("ed")
            && ((doc.Tokens[i - 1].Kind == TokenKind.Number && !IsYear(doc.Word(i - 1))) || doc.Is(i - 1, FunctionWords.IsCountWord))
            && IsCountedNoun(doc, i + 1)
            // (After a count word, not before a clause's subject and its verb: "The statement by the two suggested both are
            // invested …"; a number keeps "475 pledged delegates will be at stake".)
            && !(doc.Tokens[i - 1].Kind != TokenKind.Number && i + 2 < doc.Tokens.Length
                 && (FunctionWords.IsAuxiliary(doc.Word(i + 2)) || FunctionWords.IsFiniteVerb(doc.Word(i + 2))))) return false;
        // "…, according to CDC estimates": a cue word right after an "according to" source is a noun of that phrase.
        if (AfterAccordingToSource(doc, i)) return false;
        // "the newly announced measures": a participle after a determiner and an adverb is an adjective.
        if (i > 1 && word.EndsWith("ed") && FunctionWords.IsLowerCaseAdverb(doc.Word(i - 1)) && FunctionWords.IsDeterminer(doc.Word(i - 2))) return false;
        // "whether you agree or disagree", "obtain or threaten more charges": a verb offered as an alternative to another
        // reports nothing (not "Lee or Berg said": a name before "or").
        if (i > 1 && doc.Is(i - 1, "or") && doc.Tokens[i - 2].Kind == TokenKind.Word && char.IsLower(doc.Word(i - 2)[0])) return false;
        // "made it on to recommended slates": a participle after "to" is no infinitive but an adjective (PolNeAR train).
        if (i > 0 && word.EndsWith("ed") && doc.Is(i - 1, "to")) return false;
        // "last Sunday’s disputed election": a participle after a possessive is an adjective.
        if (i > 0 && word.EndsWith("ed") && FunctionWords.IsPossessive(doc.Word(i - 1))) return false;
        // "in remarks to reporters", "barred from claiming asylum": after a preposition the word is a noun or gerund.
        if (i > 0 && FunctionWords.IsNounPreposition(doc.Word(i - 1))) return false;
        if (NounAfterPreposition(doc, i)) return false;
        // "The swap followed reports that …", "raised doubts about …", "legitimized demands for …": a word in -s right after a
        // verb or participle in -ed is its object, no verb of its own (not a finding verb: "the data collected shows …";
        // from the allsides articles' claims whose cue follows such a word).
        if (i > 0 && word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && FunctionWords.IsPastInEd(doc.Word(i - 1)) && (cue.Flags & CueFlags.Finding) == 0) return false;
        // "Multiple reports have suggested …", "The agency's estimates were unchanged", "Other reports said …": a cue word
        // that is also a plural noun (grammar list plural-noun-cue), after a word that is no name or pronoun and before an
        // auxiliary or another cue, is the subject's head, not a verb (allsides articles: 76 such claims, all junk).
        if (i > 0 && i + 1 < doc.Tokens.Length && FunctionWords.IsPluralNounCue(word) && doc.Tokens[i - 1].Kind == TokenKind.Word
            && (char.IsLower(doc.Word(i - 1)[0]) || FunctionWords.IsPossessive(doc.Word(i - 1)) || !doc.IsEntityToken(i - 1)) && !PhraseReader.IsPronounSubjectAnyCase(doc.Word(i - 1))
            && ((doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(doc.Word(i + 1)[0])
                 && (FunctionWords.IsAuxiliary(doc.Word(i + 1)) || IsCueWord(doc.Word(i + 1))))
                // ("Cost estimates, he added, were …": before an attribution set off by commas too; PolNeAR train's speaker "Cost".)
                || PronounAttributionSetOff(doc, i + 1))) return false;
        // "Powell, after announcing his resignation, …": a gerund after a preposition reports nothing of its own.
        // ("responded by saying that …", "drew boos upon saying, “…”": a gerund of speech after "by", "upon", "after" or
        // "before" (grammar list speech-gerund-preposition) reports what follows when a clause or quotation does; the 60
        // annotated articles mark each such use a claim, PolNeAR train 24 of 57.)
        if (i > 0 && word.EndsWith("ing") && FunctionWords.IsGerundPreposition(doc.Word(i - 1))
            && !(IsGerundOfSpeech(doc, i) && ContentFollowsGerund(doc, i))) return false;
        // "the said agreement", "a told story": a cue is not preceded by a determiner.
        return i == 0 || !FunctionWords.IsDeterminer(doc.Word(i - 1));
    }

    /// <summary>True when a comma at <paramref name="comma"/> opens an attribution of a subject pronoun and a cue word
    /// closed by another comma (<c>, he added,</c>, <c>, she said,</c>).</summary>
    private bool PronounAttributionSetOff(DocumentView doc, int comma) =>
        doc.Is(comma, ",") && comma + 3 < doc.Tokens.Length && PhraseReader.IsPronounSubjectAnyCase(doc.Word(comma + 1))
        && IsCueWord(doc.Word(comma + 2)) && doc.Is(comma + 3, ",");

    /// <summary>The passive auxiliary right before <paramref name="verb"/>, past at most <paramref name="maxAdverbs"/>
    /// adverbs (<c>was also quoted</c>, <c>were repeatedly told</c>), or -1.</summary>
    internal static int PassiveAuxiliaryBefore(DocumentView doc, int verb, int maxAdverbs)
    {
        int j = verb - 1;
        while (j >= 0 && j >= verb - maxAdverbs && FunctionWords.IsLowerCaseAdverb(doc.Word(j))) j--;
        return j >= 0 && FunctionWords.IsPassiveAuxiliary(doc.Word(j)) ? j : -1;
    }

    /// <summary>True when <c>to</c> at <paramref name="to"/> opens an infinitive: a lower-case word that is no determiner
    /// follows it (<c>threatened to resign</c>, not <c>to the court</c>).</summary>
    internal static bool OpensInfinitive(DocumentView doc, int to) =>
        doc.Is(to, "to") && to + 1 < doc.Tokens.Length && doc.Tokens[to + 1].Kind == TokenKind.Word
        && !FunctionWords.IsDeterminer(doc.Word(to + 1)) && char.IsLower(doc.Word(to + 1)[0]);

    /// <summary>The first token after a day or time phrase at <paramref name="k"/> (<c>Wednesday</c>, <c>on Saturday</c>,
    /// <c>last week</c>; up to two words; <c>earlier this week</c> before a clause, a mark or an infinitive's "to");
    /// <paramref name="k"/> itself when none stands there.</summary>
    private static int DayAfter(DocumentView doc, int k, bool infinitiveCue)
    {
        if (k + 1 < doc.Tokens.Length && doc.Is(k, FunctionWords.IsDayOpener) && FunctionWords.IsDayOrTime(doc.Word(k + 1))) return k + 2;
        // ("noted this week that …", "said two weeks ago that …": a short time phrase of grammar list time-phrase-word, ending
        // in its noun, before the clause; PolNeAR train's missed cues.)
        int phrase = k;
        while (phrase < doc.Tokens.Length && phrase < k + MaxTimePhraseTokens
               && (doc.Is(phrase, FunctionWords.IsTimePhraseWord) || (phrase == k && (doc.Is(phrase, FunctionWords.IsCountWord) || doc.Tokens[phrase].Kind == TokenKind.Number)))) phrase++;
        // (Only before the clause's opener, a mark or, for a cue taking an infinitive, "to" ("threatened earlier this week to
        // withhold aid"): "wrote this week to Rep. Lee" keeps its "to" for the reading of who was told.)
        if (phrase > k + 1 && !doc.Is(phrase - 1, FunctionWords.IsTimePhraseOpener)
            && (doc.Is(phrase, FunctionWords.IsCueClauseOpener) || (phrase < doc.Tokens.Length && doc.Tokens[phrase].Kind is TokenKind.Punctuation or TokenKind.Quote)
                || (infinitiveCue && doc.Is(phrase, "to")))) return phrase;
        int next = k;
        while (next < doc.Tokens.Length && next < k + 2 && FunctionWords.IsDayOrTime(doc.Word(next))) next++;
        return next;
    }

    /// <summary>How many words a time phrase between a cue and its clause may take (<c>earlier this year</c>).</summary>
    private const int MaxTimePhraseTokens = 3;

    /// <summary>
    /// "Amid calls for a recount, …", "despite alleged abuse": no finite verb follows a preposition, so a cue word in -s or
    /// -ed right after one is a noun or an adjective (not after "to": "to"'s own verb is bare). Not after a word that is an
    /// adverb as well ("Lee later blamed", "has since stressed", "separately asked"); nor before "that", which opens what the
    /// noun reports ("despite reports that the campaign was in disarray"). From the allsides articles' claims whose speaker
    /// was a preposition.
    /// </summary>
    private static bool NounAfterPreposition(DocumentView doc, int i)
    {
        var word = doc.Word(i);
        return i > 0 && (word.EndsWith("s") || word.EndsWith("ed")) && !doc.Is(i - 1, "to") && IsPrepositionOnly(doc.Word(i - 1))
            && !(i + 1 < doc.Tokens.Length && doc.Is(i + 1, "that"));
    }

    /// <summary>A preposition, in either case, that is no adverb too (<c>amid</c>, <c>Despite</c>; not <c>later</c>,
    /// <c>since</c>, <c>separately</c>).</summary>
    private static bool IsPrepositionOnly(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsLetter(w[0])) return false;
        if (char.IsUpper(w[0])) return PhraseReader.WithFirstLetterRecased(w, false, IsPrepositionOnly);
        return (FunctionWords.IsPreposition(w) || FunctionWords.IsAdjunctOpener(w)) && !FunctionWords.IsOpeningPreposition(w)
            && !FunctionWords.IsAdverb(w) && !FunctionWords.IsAdverbOrAuxiliary(w) && !FunctionWords.IsDayOrTime(w);
    }

    /// <summary>A lower-case word that may be the noun a count and its participle qualify (<c>pledged delegates</c>): no
    /// function word (<c>20 reported a decline</c>, <c>29 noted how …</c>, <c>43 announced that …</c>).</summary>
    private static bool IsCountedNoun(DocumentView doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word) return false;
        var w = doc.Word(k);
        return char.IsLower(w[0]) && !FunctionWords.IsDeterminer(w) && !FunctionWords.IsClauseWord(w) && !FunctionWords.IsQuestionWord(w)
            && !FunctionWords.IsPreposition(w) && !FunctionWords.IsObjectPronoun(w) && !FunctionWords.IsPersonalPronounSubject(w)
            && !FunctionWords.IsAdverb(w) && !FunctionWords.IsNegativeSubject(w);
    }

    /// <summary>How many words an "according to" source may have before a noun of its phrase (<c>according to the
    /// state health department estimates</c>).</summary>
    private const int MaxAccordingToSourceTokens = 4;

    /// <summary>True when "according to" and a source of a few words with no break or verb stand right before token
    /// <paramref name="i"/>.</summary>
    private static bool AfterAccordingToSource(DocumentView doc, int i)
    {
        for (int k = i - 1; k >= 1 && k >= i - MaxAccordingToSourceTokens - 1; k--)
        {
            if (doc.IsAccordingTo(k - 1, i)) return true;
            // ("according to officials who said …": a relative clause's verb is its own.)
            if (doc.Tokens[k].Kind != TokenKind.Word || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsAuxiliary(doc.Word(k))
                || FunctionWords.IsClauseWord(doc.Word(k)) || FunctionWords.IsRelativePronoun(doc.Word(k))) return false;
        }
        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && w[0] is '1' or '2' && int.TryParse(w, out _);

    /// <summary>True when <paramref name="word"/> is a single-word verb cue (for subject and clause checks).</summary>
    public bool IsCueWord(ReadOnlySpan<char> word) => lexicon.TryGetKind(word, out _);

    /// <summary>The noun cue (<c>the allegations that …</c>) at token <paramref name="i"/>, if any.</summary>
    public bool IsNominal(DocumentView doc, int i, out CueEntry cue) =>
        lexicon.TryGet(doc.Word(i), out cue) && (cue.Flags & CueFlags.Nominal) != 0;

    private static bool IsVerbPosition(DocumentView doc, int i) =>
        i > 0 && !doc.Is(i - 1, FunctionWords.IsNounPositionWord);

    /// <summary>How far after a naming verb a quoted name may come (<c>called Ford’s plans to open a $1.6 billion assembly
    /// plant in Mexico “an absolute disgrace”</c>: 17 tokens; no clause break or finite verb between).</summary>
    private const int MaxNamedObjectTokens = 20;

    /// <summary>How far after a naming verb an unquoted name after "a"/"an" may come (<c>called the decision a mistake</c>).</summary>
    private const int MaxArticleNameTokens = 12;

    /// <summary>"called the deal a “grave mistake”", "called it a fabrication": a quote, or an object then "a"/"an", soon after
    /// the verb and before any break ("called a meeting", "a group called Hamas" name nothing).</summary>
    /// <summary>
    /// "called it the most severe crackdown", "labeled it the Schumer shutdown", "called her one of the heroes": an object
    /// pronoun at <paramref name="pronoun"/>, then a definite or possessive noun phrase, names what it stands for (read set
    /// t05; PolNeAR train 3 of 3; allsides "Democrats called it the Trump shutdown"). Not a time, in the next two words:
    /// "called him the day before", "called them the following morning" (so "called it his last chance" is not read either).
    /// </summary>
    internal static bool NameAfterObjectPronoun(DocumentView doc, int pronoun) =>
        pronoun + 2 < doc.Tokens.Length && doc.Is(pronoun, FunctionWords.IsObjectPronoun)
        && ((doc.Is(pronoun + 1, "the") || doc.Is(pronoun + 1, FunctionWords.IsPossessiveDeterminer)) && !doc.Is(pronoun + 2, FunctionWords.IsTimePhraseWord) && !doc.Is(pronoun + 3, FunctionWords.IsTimePhraseWord)
            || (doc.Is(pronoun + 1, "one") && doc.Is(pronoun + 2, "of")));

    private static bool NamesItsObject(DocumentView doc, int verb)
    {
        if (verb == 0 || FunctionWords.IsDeterminer(doc.Word(verb - 1))) return false;
        // "a group called the Northern Front held …": a name as object is named by a quote only.
        // "called into CNBC", "calls with both candidates", "called again for …": a preposition after it, no object named
        // ("calls to block the sale" is a request, read as one).
        int after = verb + 1;
        while (after < doc.Tokens.Length && after < verb + 3 && FunctionWords.IsAdverb(doc.Word(after))) after++;
        if (after < doc.Tokens.Length && FunctionWords.IsPreposition(doc.Word(after)) && !doc.Is(after, "to")) return false;
        if (NameAfterObjectPronoun(doc, verb + 1)) return true;
        int obj = doc.Is(verb + 1, "the") ? verb + 2 : verb + 1;
        bool named = obj < doc.Tokens.Length && doc.Tokens[obj].Kind == TokenKind.Word && char.IsUpper(doc.Word(obj)[0]);
        for (int k = verb + 1; k < Math.Min(doc.Tokens.Length, verb + MaxNamedObjectTokens); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return k > verb + 1;
            // ("called Anna Lee, his rival, a liar": an appositive set off by commas after a named object is passed over.)
            if (named && k > obj && doc.Is(k, ",") && AppositiveEnd(doc, k) is var closing and > 0)
            {
                if (doc.Is(closing + 1, FunctionWords.IsIndefiniteArticle)) return true;
                k = closing;
                continue;
            }
            // ("called Obama’s ignorance of advice from seasoned commanders “disrespectful”": a word in -ed after a preposition or
            // determiner is an adjective, no verb; PolNeAR train's missed namings. Not after an indefinite article straight
            // after the verb: "called a planned “enforcement” session" convenes it.)
            if (doc.IsClauseBreak(k) || (k > verb + 1 && FunctionWords.IsFiniteVerb(doc.Word(k)) && !AdjectiveInEd(doc, verb, k))) return false;
            // (A name after "a"/"an" comes soon after the verb: "called it a fabrication"; only a quoted name may come late.)
            // ("called half a dozen directors", "called a couple of aides": a quantity, no name.)
            if (!named && k >= verb + 2 && k < verb + MaxArticleNameTokens && doc.Is(k, FunctionWords.IsIndefiniteArticle) && !doc.Is(k + 1, FunctionWords.IsQuantityNoun)) return true;
        }
        return false;
    }

    /// <summary>True when the cue at <paramref name="i"/> is part of an idiom that opens a sentence and a comma closes: its
    /// whole subject an idiom word (<c>That said,</c>, <c>All told,</c>) or after "having" with the idiom word as object
    /// (<c>Having said that,</c>); or a supposition (<c>let's say</c>).</summary>
    private static bool IsIdiom(DocumentView doc, int i)
    {
        // "But let's say, for the sake of argument, that …": a supposition (the allsides articles' speakers "let’s").
        // (The tokenizer may split the clitic: "let" "'s".)
        if (i > 0 && doc.Is(i, "say") && (doc.Is(i - 1, FunctionWords.IsSupposingWord)
            || (i > 1 && FunctionWords.IsPossessive(doc.Word(i - 1)) && doc.Is(i - 2, FunctionWords.IsSupposingWord)))) return true;
        bool opens(int k) => k == 0 || doc.SentenceOf(k - 1) != doc.SentenceOf(k) || doc.IsClauseBreak(k - 1) || FunctionWords.IsCoordinator(doc.Word(k - 1));
        if (i > 0 && i + 1 < doc.Tokens.Length && doc.Is(i + 1, ",") && FunctionWords.IsIdiomSubject(doc.Word(i - 1)) && opens(i - 1)) return true;
        return i > 0 && i + 2 < doc.Tokens.Length && (doc.Is(i - 1, "having") || doc.Is(i - 1, "Having")) && opens(i - 1)
            && FunctionWords.IsIdiomSubject(doc.Word(i + 1)) && doc.Is(i + 2, ",");
    }

    /// <summary>How many lower-case title words may stand before the name of an inverted attribution (<c>wrote film
    /// director Ann Lee</c>).</summary>
    private const int MaxTitleWordsBeforeName = 3;

    /// <summary>True when lower-case title words from <paramref name="next"/> lead to a name (<c>…, wrote film director Ann
    /// Lee</c>): nouns, not function words or verbs.</summary>
    private static bool NameAfterTitleWords(DocumentView doc, int next)
    {
        for (int k = next; k < doc.Tokens.Length && k < next + MaxTitleWordsBeforeName + 1; k++)
        {
            var w = doc.Word(k);
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
            if (char.IsUpper(w[0])) return k > next && doc.IsEntityToken(k);
            if (FunctionWords.IsDeterminer(w) || FunctionWords.IsPreposition(w) || FunctionWords.IsFiniteVerb(w) || FunctionWords.IsAuxiliary(w)
                || FunctionWords.IsClauseWord(w) || FunctionWords.IsAdverb(w) || FunctionWords.IsPersonalPronounSubject(w) || w.EndsWith("ed") || w.EndsWith("ing")) return false;
        }
        return false;
    }

    /// <summary>How many tokens an appositive after a naming verb's named object may take (<c>his rival in the primary</c>).</summary>
    private const int MaxObjectAppositiveTokens = 8;

    /// <summary>The comma that closes an appositive opened by the comma at <paramref name="comma"/> (a determiner or
    /// possessive first, no verb or other break inside), or -1.</summary>
    private static int AppositiveEnd(DocumentView doc, int comma)
    {
        if (comma + 1 >= doc.Tokens.Length || !FunctionWords.IsDeterminer(doc.Word(comma + 1))) return -1;
        for (int k = comma + 2; k < doc.Tokens.Length && k <= comma + MaxObjectAppositiveTokens; k++)
        {
            if (doc.Is(k, ",")) return k;
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsAuxiliary(doc.Word(k))) return -1;
        }
        return -1;
    }

    /// <summary>A word in -ed after a preposition or determiner inside a naming verb's object (<c>from seasoned commanders</c>,
    /// <c>the proposed rules</c>), not after an indefinite article right after the verb nor after <c>him</c>/<c>her</c>, which
    /// may be the object (<c>dubbed her appeared</c>).</summary>
    private static bool AdjectiveInEd(DocumentView doc, int verb, int k) =>
        doc.Word(k).EndsWith("ed") && (FunctionWords.IsPreposition(doc.Word(k - 1)) || FunctionWords.IsDeterminer(doc.Word(k - 1)))
        && !(k - 1 == verb + 1 && doc.Is(k - 1, FunctionWords.IsIndefiniteArticle)) && !doc.Is(k - 1, FunctionWords.IsHimOrHer);

    /// <summary>How many words before a reading verb its text may stand (<c>a welcome message on the website reads</c>).</summary>
    private const int WrittenSubjectWords = 5;

    /// <summary>True when a text is the reading verb's subject and its words are quoted: a written noun within <see cref="WrittenSubjectWords"/> words
    /// before it, before any break or verb; or, after a comma or quote, right after it (<c>“…,” read the letter</c>).</summary>
    private static bool ReadsAText(DocumentView doc, int verb)
    {
        // A text's words are quoted: a quote mark next to the verb ("reads, “…”", "“…,” read the sign", "“…,” it read").
        bool quoted = false;
        for (int k = Math.Max(0, verb - 3); k < Math.Min(doc.Tokens.Length, verb + 3); k++)
            if (doc.Tokens[k].Kind == TokenKind.Quote) quoted = true;
        if (!quoted) return false;
        for (int k = verb - 1; k >= 0 && k >= verb - WrittenSubjectWords; k--)
        {
            if (doc.Is(k, FunctionWords.IsWrittenNoun)) return true;
            var w = doc.Word(k);
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || FunctionWords.IsAuxiliary(w) || FunctionWords.IsFiniteVerb(w)) break;
        }
        if (verb == 0 || !(doc.Is(verb - 1, ",") || doc.Tokens[verb - 1].Kind == TokenKind.Quote)) return false;
        for (int k = verb + 1; k < Math.Min(doc.Tokens.Length, verb + 4); k++)
        {
            if (doc.Is(k, FunctionWords.IsWrittenNoun)) return true;
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>How far a prepositional phrase between a cue and its <c>that</c> may run, in tokens.</summary>
    internal const int MaxAdjunctBeforeThat = 12;

    /// <summary>"noted in a guest column in Saturday’s New York Times that …", "stressed during the meeting that …": a
    /// prepositional phrase, then the clause.</summary>
    private static bool ThatAfterAdjunct(DocumentView doc, int next)
    {
        if (next >= doc.Tokens.Length || !FunctionWords.IsPreposition(doc.Word(next))) return false;
        for (int k = next + 1; k < Math.Min(doc.Tokens.Length, next + MaxAdjunctBeforeThat); k++)
        {
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsAuxiliary(doc.Word(k))) return false;
            // The clause's subject opens with a determiner, a pronoun, a name or a number: not "hinted at that in …" ("that"
            // the preposition's object) nor "appeared on shows amid news reports that question …" (a relative clause).
            if (doc.Is(k, "that"))
            {
                if (k == next + 1 || k + 1 >= doc.Tokens.Length) return false;
                if (doc.Tokens[k + 1].Kind is TokenKind.Number or TokenKind.Quote) return true; // ("wrote in a letter that “the payment …”")
                var subject = doc.Word(k + 1);
                return doc.Tokens[k + 1].Kind == TokenKind.Word && (FunctionWords.IsDeterminer(subject) || FunctionWords.IsPersonalPronounSubject(subject)
                    || (char.IsUpper(subject[0]) && !FunctionWords.IsPreposition(subject)) || BareNounThenVerb(doc, k + 1));
            }
        }
        return false;
    }

    /// <summary>"wrote on Twitter, “…”", "added in a statement: “…”", "wrote in a letter to the board, “…”": a prepositional phrase
    /// of a few words and no verb, then a comma or colon and a quotation, which the verb reports. From PolNeAR
    /// train's missed attributions (a cue that needs a clause was refused when an adjunct stood before its quotation).</summary>
    private static bool QuoteAfterAdjunct(DocumentView doc, int next)
    {
        // (A comma or colon before the quotation: not "wrote under the pseudonym “Carlos Danger,” but …", which names.)
        int end = AdjunctEnd(doc, next, next + MaxAdjunctBeforeThat);
        return end > next + 1 && (doc.Is(end, ",") || doc.Is(end, ":")) && end + 1 < doc.Tokens.Length && doc.Tokens[end + 1].Kind == TokenKind.Quote;
    }

    /// <summary>The first quotation mark, clause break, finite verb or auxiliary after the preposition at
    /// <paramref name="next"/> and before <paramref name="limit"/>: where the adjunct it opens ends; -1 when
    /// <paramref name="next"/> is no preposition or nothing ends the adjunct in time.</summary>
    internal static int AdjunctEnd(DocumentView doc, int next, int limit)
    {
        if (next >= doc.Tokens.Length || !FunctionWords.IsPreposition(doc.Word(next))) return -1;
        for (int k = next + 1; k < Math.Min(doc.Tokens.Length, limit); k++)
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.IsClauseBreak(k) || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsAuxiliary(doc.Word(k))) return k;
        return -1;
    }

    /// <summary>True when the "to" at <paramref name="to"/> opens the one addressed and a quotation or clause follows it
    /// (<c>wrote to his followers, “…”</c>, <c>wrote to the board that …</c>); for a cue that with "to" means "increase"
    /// (grammar list increase-lemma: <c>adding to concerns that …</c>) only when a name or pronoun follows "to".</summary>
    private static bool AddressedBeforeClause(DocumentView doc, int to, string lemma) =>
        (QuoteAfterAdjunct(doc, to) || ThatAfterAdjunct(doc, to)) && (!FunctionWords.IsIncreaseLemma(lemma) || PersonAfterTo(doc, to));

    /// <summary>True when the word after the "to" at <paramref name="to"/> names someone told: a capitalised name or an
    /// object pronoun (<c>added to Papadopoulos that …</c>; not <c>added to concerns that …</c>).</summary>
    private static bool PersonAfterTo(DocumentView doc, int to) =>
        to + 1 < doc.Tokens.Length && doc.Tokens[to + 1].Kind == TokenKind.Word
        && (char.IsUpper(doc.Word(to + 1)[0]) || FunctionWords.IsObjectPronoun(doc.Word(to + 1)));

    /// <summary>True when a preposition at <paramref name="next"/> opens an adjunct with no verb that a comma closes within
    /// <see cref="ContentThenCueLayout.MaxAsAdjunctTokens"/> tokens (the adjunct <see cref="ContentThenCueLayout.AsSpeakerSaid"/> reads).</summary>
    private static bool CommaAfterAdjunct(DocumentView doc, int next)
    {
        int end = AdjunctEnd(doc, next, next + ContentThenCueLayout.MaxAsAdjunctTokens + 1);
        return end > next + 1 && doc.Is(end, ",");
    }

    /// <summary>True when a name right before the cue follows a comma (<c>The purpose of the law, Ann Lee wrote in a
    /// statement, is …</c>): an attribution set off inside the sentence, whose clause resumes after it (PolNeAR train's
    /// missed attributions).</summary>
    private static bool NameSetOffBefore(DocumentView doc, int cue)
    {
        if (cue < 2 || !doc.IsEntityToken(cue - 1)) return false;
        int k = cue - 1;
        while (k > 0 && cue - k <= PhraseReader.MaxSpeakerTokens && doc.IsEntityToken(k - 1)) k--;
        return k > 0 && doc.Is(k - 1, ",");
    }

    /// <summary>True when <c>as</c> opens the clause of the cue at <paramref name="cue"/>, at the sentence's start or after a
    /// comma or joiner, a few words before it (<c>But as the paper noted</c>).</summary>
    private static bool AsOpensAttribution(DocumentView doc, int cue)
    {
        for (int k = cue - 2; k >= 0 && k >= cue - PhraseReader.MaxSpeakerTokens; k--)
        {
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote) return false;
            if (!doc.Is(k, "as") && !doc.Is(k, "As")) continue;
            return k == 0 || doc.SentenceOf(k - 1) != doc.SentenceOf(k) || doc.Is(k - 1, ",") || FunctionWords.IsClauseConjunction(doc.Word(k - 1));
        }
        return false;
    }

    /// <summary>"noted in a guest column that anger over the climate is fueling …": a lower-case noun, then within
    /// <see cref="MaxBareSubjectWords"/> words and no break an auxiliary or a verb, opens a clause (PolNeAR train); not
    /// "amid reports that question …", where the word after "that" is the verb of a relative clause.</summary>
    private static bool BareNounThenVerb(DocumentView doc, int k)
    {
        var w = doc.Word(k);
        if (!char.IsLower(w[0]) || FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) || FunctionWords.IsAuxiliary(w) || FunctionWords.IsPreposition(w)
            || FunctionWords.IsClauseWord(w) || FunctionWords.IsAdverb(w) || FunctionWords.IsObjectPronoun(w)) return false;
        for (int v = k + 1; v < doc.Tokens.Length && v <= k + MaxBareSubjectWords; v++)
        {
            if (doc.Tokens[v].Kind != TokenKind.Word) return false;
            var verb = doc.Word(v);
            if (FunctionWords.IsAuxiliary(verb) || FunctionWords.IsFiniteVerb(verb) || FunctionWords.IsPresentVerb(verb)) return true;
        }
        return false;
    }

    /// <summary>How many words a bare noun subject after "that" may run before its verb (<c>anger over the current climate is</c>).</summary>
    private const int MaxBareSubjectWords = 4;

    /// <summary>How many words a speaker between a closing quote and its cue may have for <see cref="QuoteClosedBefore"/>.</summary>
    private const int MaxSpeakerAfterQuoteTokens = 4;

    /// <summary>True when a quotation closes on a comma (or other mark) a few words before the cue: "“…,” they wrote in their
    /// report" reports the quote, whatever follows the cue.</summary>
    private bool QuoteClosedBefore(DocumentView doc, int cue)
    {
        // ("“…,” Deputy Defense Secretary Ann Lee wrote in a memo": a title and name may run longer.)
        // (Or a name set off by commas after its description: "“…,” his wife, Ann Lee, wrote".)
        bool named = cue > 0 && (doc.IsEntityToken(cue - 1) || (cue > 1 && doc.Is(cue - 1, ",") && doc.IsEntityToken(cue - 2)));
        int max = named ? PhraseReader.MaxSpeakerTokens : MaxSpeakerAfterQuoteTokens;
        bool commaPassed = false;
        for (int k = cue - 1; k > 0 && k >= cue - max - 1; k--)
        {
            // (A quotation closed on "!" or "?" ends its sentence there: "''… she's wrong!'' Mr. Lee wrote on Twitter." is one
            // attribution across the split; PolNeAR train's quotations given to the speaker before.)
            if (doc.Tokens[k].Kind == TokenKind.Quote)
                return doc.Tokens[k - 1].Kind == TokenKind.Punctuation && !QuotationMarks.IsOpening(doc.Text[doc.Tokens[k].Start])
                    && (doc.SentenceOf(k) == doc.SentenceOf(cue) || (!commaPassed && (doc.Is(k - 1, "!") || doc.Is(k - 1, "?")) && doc.SentenceOf(k) + 1 == doc.SentenceOf(cue)));
            // (The words between are the speaker: not "“…,” and threatened new fees". A comma may set off a name after its
            // description when a name is next to the cue: "“…,” his wife, Ann Lee, wrote"; PolNeAR train.)
            // (Then the quotation must close in the cue's own sentence: "…?” ⏎ Contradicting it, Lee wrote …" is no attribution.)
            if (doc.Is(k, ",") && named && k > cue - max) { commaPassed = true; continue; }
            // (Nor, once past a comma, a cue word: "“…,” Berg told his staff, Ann Lee wrote" is Berg's.)
            if (doc.Tokens[k].Kind != TokenKind.Word || FunctionWords.IsCoordinator(doc.Word(k)) || FunctionWords.IsFiniteVerb(doc.Word(k))
                || (commaPassed && IsCueWord(doc.Word(k)))) return false;
        }
        return false;
    }

    /// <summary>How many tokens a name and its appositive may take between a closing quote and the cue.</summary>
    private const int MaxNameAndAppositiveTokens = PhraseReader.MaxSpeakerTokens + QuoteThenCueLayout.MaxAppositiveTokens;

    /// <summary>"“…,” Ann Lee, a law professor at the University of Dover, wrote last week": a quotation closed on a comma,
    /// then a capitalised name and its appositive set off by commas, with no verb, right before the cue (PolNeAR train's
    /// missed attributions). Not past another cue: "“…,” Ann Lee said, citing …" has its attribution already.</summary>
    private bool AppositiveAfterQuote(DocumentView doc, int cue)
    {
        if (!doc.Is(cue - 1, ",")) return false;
        for (int k = cue - 2; k > 0 && k >= cue - MaxNameAndAppositiveTokens; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote)
                return k + 1 < cue - 1 && doc.Tokens[k - 1].Kind == TokenKind.Punctuation && !QuotationMarks.IsOpening(doc.Text[doc.Tokens[k].Start])
                    && doc.SentenceOf(k) == doc.SentenceOf(cue) && doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(doc.Word(k + 1)[0]);
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !doc.Is(k, ",")) return false;
            // (A joiner between two lower-case nouns of the appositive stays in it: "a former director of the union and
            // organizer,"; PolNeAR train's missed attributions. Not one right after the quotation: "“…,” and threatened".)
            bool nounJoiner = FunctionWords.IsCoordinator(doc.Word(k)) && doc.Tokens[k - 1].Kind == TokenKind.Word && char.IsLower(doc.Word(k - 1)[0])
                && doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(doc.Word(k + 1)[0]);
            if ((FunctionWords.IsCoordinator(doc.Word(k)) && !nounJoiner) || (FunctionWords.IsFiniteVerb(doc.Word(k)) && !doc.Is(k - 1, FunctionWords.IsDeterminer)) || IsCueWord(doc.Word(k))) return false;
        }
        return false;
    }

    /// <summary>A finding verb after a poll or document with its object next (read only when no clause follows).</summary>
    private static bool ReportsFinding(DocumentView doc, int verb, int next, CueFlags flags) =>
        (flags & CueFlags.Finding) != 0 && next < doc.Tokens.Length && doc.Tokens[next].Kind is TokenKind.Word or TokenKind.Number
        && FindingSubject(doc, verb);

    /// <summary>How many words before a finding verb its poll or document may stand (<c>A Quinnipiac University poll
    /// released Tuesday found …</c>, <c>An analysis by Politifact of past elections showed …</c>).</summary>
    private const int FindingSubjectWords = 8;

    /// <summary>True when a poll, study or document heads the words before the verb: within
    /// <see cref="FindingSubjectWords"/> words, before any break, finite verb or auxiliary.</summary>
    private static bool FindingSubject(DocumentView doc, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - FindingSubjectWords; k--)
        {
            if (doc.Is(k, FunctionWords.IsFindingNoun)) return true;
            var w = doc.Word(k);
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || FunctionWords.IsAuxiliary(w)
                || (k < verb - 1 && FunctionWords.IsFiniteVerb(w) && !w.EndsWith("ed"))) return false;
        }
        return false;
    }

    /// <summary>"sees the deal as a betrayal", "refers to the crisis as an internal matter": an object of a word or more, then
    /// <c>as</c> and the name it is given, before any break or finite verb. Not "as many … as", "as well", "as a result",
    /// "such as", nor "as" opening a clause ("saw it as he left").</summary>
    private static bool NamesItsObjectAs(DocumentView doc, int verb)
    {
        for (int k = verb + 2; k < Math.Min(doc.Tokens.Length - 1, verb + 10); k++)
        {
            if (doc.IsClauseBreak(k) || FunctionWords.IsFiniteVerb(doc.Word(k))) return false;
            if (!doc.Is(k, "as")) continue;
            var next = doc.Word(k + 1);
            // "saw prices rise as demand grew": "as" opening a clause of its own names nothing.
            for (int m = k + 2; m < Math.Min(doc.Tokens.Length, k + 4); m++)
                if (FunctionWords.IsFiniteVerb(doc.Word(m)) || FunctionWords.IsAuxiliary(doc.Word(m))) return false;
            return doc.Tokens[k + 1].Kind is TokenKind.Word or TokenKind.Quote && !doc.Is(k - 1, FunctionWords.IsAsPhraseOpener)
                && !FunctionWords.IsNoNameAfterAs(next) && !FunctionWords.IsPersonalPronounSubject(next)
                && !(doc.Is(k + 1, FunctionWords.IsIndefiniteArticle) && doc.Is(k + 2, FunctionWords.IsNoNameAfterAs));
        }
        return false;
    }

    /// <summary>"asked that the charges be read", "asked the judge to dismiss the charge": <c>that</c> right after the verb, or
    /// an object and then <c>to</c> and a verb before any break. Not "asked about …", "asked whether …" (a question), nor the
    /// one asked: "was asked to resign", "when asked to comment", a sentence that opens "Asked to …", nor a request not
    /// made: "would ask", "plans to ask".</summary>
    private static bool AsksForSomething(DocumentView doc, int verb)
    {
        if (char.IsUpper(doc.Word(verb)[0])) return false;
        if (verb > 0 && (doc.Is(verb - 1, FunctionWords.IsPassiveAuxiliary) || doc.Is(verb - 1, FunctionWords.IsParticipleSubordinator)
            || doc.Is(verb - 1, FunctionWords.IsUnmadeRequestWord))) return false;
        if (doc.Is(verb + 1, "that")) return true;
        if (doc.Is(verb + 1, FunctionWords.IsQuestionOpener) || doc.Is(verb + 1, FunctionWords.IsQuestionWord)) return false;
        for (int k = verb + 2; k < Math.Min(doc.Tokens.Length - 1, verb + 10); k++)
        {
            if (doc.IsClauseBreak(k) || doc.Is(k, FunctionWords.IsQuestionWord) || FunctionWords.IsFiniteVerb(doc.Word(k))) return false;
            if (doc.Is(k, "to"))
            {
                var next = doc.Word(k + 1);
                return doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && !FunctionWords.IsDeterminer(next);
            }
        }
        return false;
    }

    /// <summary>How many words the subject of a clause without "that" may have before its verb in the past.</summary>
    private const int MaxBareClauseSubjectTokens = 4;

    /// <summary>True when <paramref name="cue"/> is a gerund of speech after <c>by</c>, <c>upon</c>, <c>after</c> or
    /// <c>before</c> (grammar list speech-gerund-preposition): <c>responded by saying …</c>.</summary>
    internal static bool IsGerundOfSpeech(DocumentView doc, int cue) =>
        cue > 0 && doc.Word(cue).EndsWith("ing") && doc.Is(cue - 1, FunctionWords.IsSpeechGerundPreposition);

    /// <summary>True when what a gerund of speech at <paramref name="cue"/> says follows it: a quotation opening right
    /// after it (or after a comma or colon), <c>that</c> and a clause, or a clause with its subject (not <c>after saying
    /// that on the radio</c>, <c>saying it on air</c>, nor a quotation it closes: <c>“… by saying,” Lee recalled</c>).</summary>
    private static bool ContentFollowsGerund(DocumentView doc, int cue)
    {
        int next = cue + 1;
        if (next >= doc.Tokens.Length) return false;
        if (OpensQuotation(doc, next)) return true;
        if ((doc.Is(next, ",") || doc.Is(next, ":")) && next + 1 < doc.Tokens.Length) return OpensQuotation(doc, next + 1);
        // ("that" and its clause, which may open with an adjunct: "by noting that on July 10, …"; not "after saying that.")
        if (doc.Is(next, "that")) return next + 1 < doc.Tokens.Length && !EndsClause(doc, next + 1);
        // (A pronoun then a preposition or a mark is the gerund's object: "announcing it on their websites", "saying so.";
        // a quotation after it is what was said: "by saying it “raises concerns”".)
        if ((FunctionWords.IsPersonalPronounSubject(doc.Word(next)) || FunctionWords.IsObjectPronoun(doc.Word(next)))
            && (next + 1 >= doc.Tokens.Length || EndsClause(doc, next + 1) || FunctionWords.IsPreposition(doc.Word(next + 1)))) return false;
        return ClauseFollows(doc, cue);
    }

    /// <summary>True when token <paramref name="i"/> is punctuation that ends a clause (a comma, full stop, semicolon …).</summary>
    private static bool EndsClause(DocumentView doc, int i) => doc.Tokens[i].Kind == TokenKind.Punctuation && doc.IsClauseBreak(i);

    /// <summary>True when the quote token at <paramref name="q"/> opens a quotation: an opening curly mark, or a straight or
    /// doubled mark after a space and before a word (<c>"[she] goes …"</c> too).</summary>
    private static bool OpensQuotation(DocumentView doc, int q)
    {
        var t = doc.Tokens[q];
        if (t.Kind != TokenKind.Quote) return false;
        var text = doc.Text;
        return QuotationMarks.IsOpening(text[t.Start])
            || (t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1]) && t.End < text.Length && !char.IsWhiteSpace(text[t.End]));
    }

    /// <summary>"has indicated the whole postal voting system is under scrutiny", "the filing shows he paid": a finite verb
    /// soon after, or a pronoun subject right after, before any break.</summary>
    public static bool ClauseFollows(DocumentView doc, int cue)
    {
        if (cue + 1 < doc.Tokens.Length && (FunctionWords.IsPersonalPronounSubject(doc.Word(cue + 1)) || doc.Word(cue + 1) is "there")) return true;
        bool joined = false;
        for (int k = cue + 2; k < Math.Min(doc.Tokens.Length, cue + 9); k++)
        {
            // "believe the law, in its current form, could be used …": a short aside between the subject and its verb.
            if (doc.Is(k, ",") && !joined && AsideBeforeVerb(doc, k)) return true;
            if (doc.IsClauseBreak(k)) return false;
            var w = doc.Word(k);
            if (FunctionWords.IsAuxiliary(w)) return true;
            // ("noted their worries and reaffirmed …": a verb after a joiner is the cue's own subject's.)
            if (FunctionWords.IsClauseConjunction(w)) joined = true;
            // "notes the foundation hid four donations", "noted the department returned the weapon": a subject of a few
            // words, then a verb in the past with its object (a participle after a noun has none: "noted the progress made").
            if (!joined && k <= cue + MaxBareClauseSubjectTokens + 1 && char.IsLower(w[0]) && k + 1 < doc.Tokens.Length
                && (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w) || (w.Length > 4 && w.EndsWith("ed")))
                && (FunctionWords.IsDeterminer(doc.Word(k + 1)) || FunctionWords.IsObjectPronoun(doc.Word(k + 1)) || doc.Tokens[k + 1].Kind == TokenKind.Number)
                && (FunctionWords.IsDeterminer(doc.Word(cue + 1)) || char.IsUpper(doc.Word(cue + 1)[0]))) return true;
        }
        return false;
    }

    /// <summary>How long an aside set off by commas inside a that-less clause may be.</summary>
    private const int MaxClauseAsideTokens = 6;

    /// <summary>True when the comma at <paramref name="comma"/> opens a short aside with no verb whose closing comma is
    /// followed by an auxiliary or a verb (<c>the law, in its current form, could …</c>, <c>Millennials, numbering 75
    /// million, surpassed …</c>).</summary>
    internal static bool AsideBeforeVerb(DocumentView doc, int comma)
    {
        // (An aside opens with no joiner: ", and about his son, called …" goes on with the sentence.)
        if (comma + 1 < doc.Tokens.Length && FunctionWords.IsCoordinator(doc.Word(comma + 1))) return false;
        for (int k = comma + 1; k < doc.Tokens.Length && k <= comma + MaxClauseAsideTokens + 1; k++)
        {
            if (doc.Is(k, ",")) return k > comma + 1 && k + 1 < doc.Tokens.Length && (FunctionWords.IsAuxiliary(doc.Word(k + 1)) || FunctionWords.IsFiniteVerb(doc.Word(k + 1)));
            if (doc.IsClauseBreak(k) || doc.Tokens[k].Kind == TokenKind.Quote || FunctionWords.IsFiniteVerb(doc.Word(k)) || FunctionWords.IsAuxiliary(doc.Word(k))) return false;
        }
        return false;
    }

    /// <summary>
    /// Cues that report nothing: passives (<c>were twice denied visas</c>, <c>a blog written by Rathbun</c>) and speech
    /// that did not happen (<c>officials have not said why</c>, <c>declined to say</c>).
    /// </summary>
    public static bool IsPassiveOrUnsaid(DocumentView doc, int cue, int sFirst)
    {
        var form = doc.Word(cue);
        bool participle = form.EndsWith("ed") || form.EndsWith("en");
        if (participle && doc.Is(cue + 1, "by")) return true;
        // ("the ten years called for by the law": a phrasal cue's particle, then its agent.)
        if (participle && doc.Is(cue + 1, FunctionWords.IsPreposition) && doc.Is(cue + 2, "by")) return true;
        int j = cue - 1;
        // ("was first mentioned as": adverbs of the adverb-or-auxiliary list too, not its auxiliaries.)
        while (j >= sFirst && j > cue - 4 && (FunctionWords.IsLowerCaseAdverb(doc.Word(j))
               || (FunctionWords.IsAdverbOrAuxiliary(doc.Word(j)) && !FunctionWords.IsAuxiliary(doc.Word(j)) && !FunctionWords.IsPassiveAuxiliary(doc.Word(j))
                   && !FunctionWords.IsCueNegator(doc.Word(j)))))
        {
            // "Trump never mentioned …": a negated cue reports nothing.
            if (doc.Is(j, "never")) return true;
            j--;
        }
        if (j < sFirst) return false;
        var before = doc.Word(j);
        if (participle && FunctionWords.IsPassiveAuxiliary(before)) return true;
        // "When told he was for the invasion, Lee said …", "once asked": a subordinator with no subject before the verb
        // makes it an elided passive (the allsides articles' speakers "when").
        // (A past participle only, in -ed or -en or "told": "after reports that …" is a claim noun after a preposition, "when
        // telling" an active participle.)
        if ((participle || (FunctionWords.IsTellForm(form) && !form.EndsWith("ing"))) && FunctionWords.IsParticipleSubordinator(before)) return true;
        if (FunctionWords.IsCueNegator(before) || before.EndsWith("n't") || before.EndsWith("n’t")) return true;
        // "would try to avoid calling it careless": a gerund after a verb of avoiding was not said (allsides sample).
        if (form.EndsWith("ing") && FunctionWords.IsAvoidingVerb(before)) return true;
        // "declined to say", "were careful not to threaten": an infinitive refused or negated reports nothing.
        return j > sFirst && doc.Is(j, "to") && (doc.Is(j - 1, FunctionWords.IsDecliningWord) || doc.Is(j - 1, FunctionWords.IsCueNegator));
    }
}
