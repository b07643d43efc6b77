using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// The closed-class words the attribution rules read: auxiliaries, adverbs, clause words, days. Grammar, not cue data:
/// cue words and their conditions live in the compiled cue resource (<see cref="CueLexicon"/>); the lists are data
/// (<c>Models/grammarwords.tsv</c>, <see cref="GrammarWords"/>), the word-shape tests (<c>-ly</c>, <c>-ed</c>,
/// <c>’s</c>) are here.
/// </summary>
internal static class FunctionWords
{
    private static readonly GrammarWords Words = GrammarWords.Embedded;

    public static bool IsPassiveAuxiliary(ReadOnlySpan<char> w) => Words.PassiveAuxiliaries.Contains(w);

    public static bool IsAdverbOrAuxiliary(ReadOnlySpan<char> w) => Words.AdverbsOrAuxiliaries.Contains(w);

    public static bool IsDayOrTime(ReadOnlySpan<char> w) => Words.DaysOrTimes.Contains(w);

    /// <summary>A word of a short time phrase (<c>last week</c>, <c>this morning</c>).</summary>
    public static bool IsTimePhraseWord(ReadOnlySpan<char> w) => Words.TimePhraseWords.Contains(w);

    /// <summary>A word that makes a participle after it an adjunct of the main clause (<c>After saying …, the mayor …</c>).</summary>
    public static bool IsParticipleSubordinator(ReadOnlySpan<char> w) => Words.ParticipleSubordinators.Contains(w);

    /// <summary>A relative pronoun (<c>who</c>, <c>whose</c>, <c>which</c>, <c>whom</c>).</summary>
    public static bool IsRelativePronoun(ReadOnlySpan<char> w) => Words.RelativePronouns.Contains(w);

    /// <summary>Opens a relative clause set off between a cue and its <c>that</c> (list aside-relative).</summary>
    public static bool IsAsideRelative(ReadOnlySpan<char> w) => Words.AsideRelatives.Contains(w);

    /// <summary>A verb whose subject speaks for the cue after its <c>to</c> (<c>seemed to suggest</c>).</summary>
    public static bool IsRaisingVerb(ReadOnlySpan<char> w) => Words.RaisingVerbs.Contains(w);

    /// <summary>A word a subject before a cue never ends with (an article, a preposition, <c>that</c>).</summary>
    public static bool IsNoSubjectEnd(ReadOnlySpan<char> w) => Words.NoSubjectEnds.Contains(w);

    /// <summary>A word that ends a speaker read after its cue (<c>said the minister on Friday</c>).</summary>
    public static bool IsSpeakerAfterStop(ReadOnlySpan<char> w) => Words.SpeakerAfterStops.Contains(w);

    /// <summary>A word that opens an adjunct after a cue rather than its content (<c>said in a statement</c>).</summary>
    public static bool IsAdjunctStart(ReadOnlySpan<char> w) => Words.AdjunctStarts.Contains(w);

    /// <summary>A noun heading an action or request a denying cue refuses (<c>rejected the proposal</c>).</summary>
    public static bool IsActionNoun(ReadOnlySpan<char> w) => Words.ActionNouns.Contains(w);

    /// <summary>A capitalised subordinator opening a clause before the sentence's subject (<c>As …, While …</c>).</summary>
    public static bool IsOpeningSubordinator(ReadOnlySpan<char> w) => Words.OpeningSubordinators.Contains(w);

    public static bool IsAdverb(ReadOnlySpan<char> w) => (w.Length > 3 && w.EndsWith("ly") && !Words.LyNonAdverbs.Contains(w)) || Words.Adverbs.Contains(w);

    /// <summary>An adverb written in lower case: between a subject and its cue a capitalised <c>-ly</c> word is a name
    /// (<c>Kelly said</c>), not an adverb.</summary>
    public static bool IsLowerCaseAdverb(ReadOnlySpan<char> w) => w.Length > 0 && !char.IsUpper(w[0]) && IsAdverb(w);

    /// <summary>A preposition (the opening, noun and other prepositions' lists, any case): <c>in which</c>, <c>Amid …</c>.</summary>
    public static bool IsPreposition(ReadOnlySpan<char> w) =>
        IsOpeningPreposition(w) || IsNounPreposition(w) || Words.OtherPrepositions.Contains(w);

    public static bool IsOpeningPreposition(ReadOnlySpan<char> w) => Words.OpeningPrepositions.Contains(w);

    /// <summary>A finite verb: one of the list, or a lower-case word ending in <c>-ed</c> (a capitalised one is a name's
    /// word: <c>told the Associated Press that …</c>, <c>the United States</c>).</summary>
    public static bool IsFiniteVerb(ReadOnlySpan<char> w) => (LastHyphenPart(w).Length > 4 && w.EndsWith("ed") && !char.IsUpper(w[0])) || Words.FiniteVerbs.Contains(w);

    /// <summary>The part of a hyphenated word after its last hyphen (<c>op-ed</c> → <c>ed</c>, no verb in -ed; <c>state-owned</c>
    /// → <c>owned</c>), or the word. (PolNeAR train: "said in an op-ed piece before a hearing, “…”" was refused as a clause.)</summary>
    private static ReadOnlySpan<char> LastHyphenPart(ReadOnlySpan<char> w) => w[(w.LastIndexOf('-') + 1)..];

    /// <summary>A lower-case word in -ed of more than four letters: a past verb or participle (the -ed half of
    /// <see cref="IsFiniteVerb"/>, for a word that opens with a letter).</summary>
    public static bool IsPastInEd(ReadOnlySpan<char> w) => LastHyphenPart(w).Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed");

    /// <summary>A finite verb of the list only (<c>took</c>, <c>came</c>, <c>wrote</c>; no -ed word, which may be a participle
    /// modifying a noun: <c>a poll conducted</c>, <c>registered voters</c>).</summary>
    public static bool IsListedFiniteVerb(ReadOnlySpan<char> w) => Words.FiniteVerbs.Contains(w);

    /// <summary>An auxiliary or modal: after a noun phrase it makes a clause ("… the plan was …").</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> w) => Words.Auxiliaries.Contains(w);

    /// <summary>A possessive: a word ending in <c>'s</c> or <c>’s</c>, or that clitic alone.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> w) => w.EndsWith("'s") || w.EndsWith("’s");

    public static bool IsClauseWord(ReadOnlySpan<char> w) => Words.ClauseWords.Contains(w);

    /// <summary>Words that open a sentence without being its subject ("However, the ministry …"), and a comma.</summary>
    public static bool IsDiscourseWord(ReadOnlySpan<char> w) => w is "," || Words.DiscourseWords.Contains(w);

    /// <summary>A determiner or possessive: the word after it is a noun, not a verb cue ("the said agreement").</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> w) => Words.Determiners.Contains(w);

    /// <summary>A coordinating conjunction (<c>and</c>, <c>but</c>, <c>or</c>; any case).</summary>
    public static bool IsCoordinator(ReadOnlySpan<char> w) => Words.Coordinators.Contains(w);

    /// <summary>A preposition after which a cue word is a noun or gerund ("in remarks", "barred from claiming").</summary>
    public static bool IsNounPreposition(ReadOnlySpan<char> w) => Words.NounPrepositions.Contains(w);

    /// <summary><c>he</c> or <c>she</c>: a pronoun resolved to a person by recent speakers and gender.</summary>
    public static bool IsHeOrShe(ReadOnlySpan<char> w) => Words.HeOrShe.Contains(w);

    /// <summary><c>him</c> or <c>her</c> (<c>Tass quoted him as saying</c>): resolved as <c>he</c>/<c>she</c> is.</summary>
    public static bool IsHimOrHer(ReadOnlySpan<char> w) => Words.HimOrHer.Contains(w);

    /// <summary>A verb of avoiding: a gerund cue after it reports nothing (<c>would avoid calling it careless</c>).</summary>
    public static bool IsAvoidingVerb(ReadOnlySpan<char> w) => Words.AvoidingVerbs.Contains(w);

    /// <summary>The office a possessor speaks through (<c>Netanyahu's office</c>).</summary>
    public static bool IsOwnOfficeNoun(ReadOnlySpan<char> w) => Words.OwnOfficeNouns.Contains(w);

    /// <summary>After a person noun it names whom the person serves (<c>an aide to</c>, <c>a spokesman for</c>).</summary>
    public static bool IsServingPreposition(ReadOnlySpan<char> w) => Words.ServingPrepositions.Contains(w);

    /// <summary>A person noun, or its plural, that heads a phrase naming whom the person serves (<c>an aide to</c>, <c>Lawyers
    /// for</c>); not a capitalised title in the singular, which names its holder (<c>Minister for Trade Ann Berg</c>).</summary>
    public static bool IsServantNoun(ReadOnlySpan<char> w) => IsPersonNoun(w, orPlural: true) && !(char.IsUpper(w[0]) && IsPersonTitle(w));

    /// <summary>A court, hearing or body (<c>the court was told</c>): the subject of a passive <c>told</c> that stands for the
    /// speaker rather than the one told.</summary>
    public static bool IsHearingVenue(ReadOnlySpan<char> w) => Words.HearingVenues.Contains(w);

    /// <summary>A word that qualifies a title before a name (<c>former</c> senator; grammar list title-modifier).</summary>
    public static bool IsTitleModifier(ReadOnlySpan<char> w) => Words.TitleModifiers.Contains(w);

    /// <summary>A cue word that is also a plural noun (<c>reports</c>, <c>estimates</c>; grammar list plural-noun-cue).</summary>
    public static bool IsPluralNounCue(ReadOnlySpan<char> w) => Words.PluralNounCues.Contains(w);

    /// <summary>A subject pronoun after an auxiliary that inverts a question (<c>do you</c>; grammar list inverted-pronoun).</summary>
    public static bool IsInvertedPronoun(ReadOnlySpan<char> w) => Words.InvertedPronouns.Contains(w);

    /// <summary>A preposition opening an absolute phrase before a participle (<c>with</c>, <c>despite</c>; grammar list
    /// absolute-preposition).</summary>
    public static bool IsAbsolutePreposition(ReadOnlySpan<char> w) => Words.AbsolutePrepositions.Contains(w);

    /// <summary>After a person told, opens what they were told about (<c>told the minister about his decision</c>; grammar
    /// list tell-topic-preposition).</summary>
    public static bool IsTellTopicPreposition(ReadOnlySpan<char> w) => Words.TellTopicPrepositions.Contains(w);

    /// <summary>A preposition that, capitalised at a sentence's start, makes the gerund after it an adjunct of the main
    /// clause (<c>By declaring …</c>, <c>In calling on …</c>, <c>Despite promising …</c>): the opening prepositions and the
    /// adjunct openers.</summary>
    public static bool IsGerundAdjunctPreposition(ReadOnlySpan<char> w) => IsOpeningPreposition(w) || IsAdjunctOpener(w);

    /// <summary><c>it</c> or <c>they</c>: a pronoun resolved to the agency or state named before it.</summary>
    public static bool IsItOrThey(ReadOnlySpan<char> w) => Words.ItOrThey.Contains(w);

    /// <summary>A personal pronoun in subject form (<c>he</c>, <c>they</c>, <c>I</c>): a clause's own subject.</summary>
    public static bool IsPersonalPronounSubject(ReadOnlySpan<char> w) => Words.PersonalPronounSubjects.Contains(w);

    /// <summary>A word a clause's subject may open with: a capitalised word, a determiner or a personal pronoun subject.</summary>
    public static bool OpensSubject(ReadOnlySpan<char> w) => !w.IsEmpty && (char.IsUpper(w[0]) || IsDeterminer(w) || IsPersonalPronounSubject(w));

    /// <summary>A subject pronoun that stands for people, not things (<c>he</c>, <c>we</c>; lower case, no <c>I</c>).</summary>
    public static bool IsPersonPronounSubject(ReadOnlySpan<char> w) => Words.PersonPronounSubjects.Contains(w);

    /// <summary>After an ambiguous cue word it makes the word a verb: its clause or object opens (<c>claims that</c>, <c>claims he</c>).</summary>
    public static bool IsVerbCueNextWord(ReadOnlySpan<char> w) => Words.VerbCueNextWords.Contains(w);

    /// <summary>Opens the clause a cue that needs one has right after it (<c>stressed that</c>, <c>asked whether</c>).</summary>
    public static bool IsCueClauseOpener(ReadOnlySpan<char> w) => Words.CueClauseOpeners.Contains(w);

    /// <summary>After an accusing participle it makes the participle passive (<c>accused of</c>, <c>accused in the blasts</c>).</summary>
    public static bool IsPassiveAccusePreposition(ReadOnlySpan<char> w) => Words.PassiveAccusePrepositions.Contains(w);

    /// <summary>Before a cue in -ing it makes a gerund that reports nothing of its own (<c>after announcing</c>).</summary>
    public static bool IsGerundPreposition(ReadOnlySpan<char> w) => Words.GerundPrepositions.Contains(w);

    /// <summary>Before a gerund of speech with its content it leaves the gerund a report (list speech-gerund-preposition).</summary>
    public static bool IsSpeechGerundPreposition(ReadOnlySpan<char> w) => Words.SpeechGerundPrepositions.Contains(w);

    /// <summary>Before an ambiguous cue word it makes the word a noun (<c>the claims</c>, <c>one report</c>).</summary>
    public static bool IsNounPositionWord(ReadOnlySpan<char> w) => Words.NounPositionWords.Contains(w);

    /// <summary>An indefinite article: after a naming verb's object it opens the name (<c>called it a fabrication</c>).</summary>
    public static bool IsIndefiniteArticle(ReadOnlySpan<char> w) => Words.IndefiniteArticles.Contains(w);

    /// <summary>Right before a cue it says the speech did not happen (<c>did not say</c>, <c>never said</c>).</summary>
    public static bool IsCueNegator(ReadOnlySpan<char> w) => Words.CueNegators.Contains(w);

    /// <summary>Before <c>to</c> and a cue it says the speech did not happen (<c>declined to say</c>).</summary>
    public static bool IsDecliningWord(ReadOnlySpan<char> w) => Words.DecliningWords.Contains(w);

    /// <summary>Joins a new clause to a content: the clause may be the next attribution (<c>…, while …</c>, <c>…, who …</c>).</summary>
    public static bool IsClauseJoiner(ReadOnlySpan<char> w) => Words.ClauseJoiners.Contains(w);

    /// <summary>A word in -ing that opens no clause of its own after a comma (<c>…, including …</c>, <c>nothing</c>).</summary>
    public static bool IsPrepositionalParticiple(ReadOnlySpan<char> w) => Words.PrepositionalParticiples.Contains(w);

    /// <summary>After a dash it carries the content on rather than opening the writer's gloss (<c>– and</c>, <c>– especially</c>).</summary>
    public static bool IsDashContinuation(ReadOnlySpan<char> w) => Words.DashContinuations.Contains(w);

    /// <summary>A third-person subject pronoun (<c>he</c>, <c>it</c>, <c>they</c>; lower case).</summary>
    public static bool IsThirdPersonPronounSubject(ReadOnlySpan<char> w) => Words.ThirdPersonPronounSubjects.Contains(w);

    /// <summary>May stand between a joiner and its coordinated cue (<c>and has hinted</c>, <c>but then said</c>).</summary>
    public static bool IsCoordinatedCueAdverb(ReadOnlySpan<char> w) => Words.CoordinatedCueAdverbs.Contains(w);

    /// <summary>Between a comma and a participle cue it joins the participle to the clause before (<c>, while admitting</c>).</summary>
    public static bool IsParticipleJoiner(ReadOnlySpan<char> w) => Words.ParticipleJoiners.Contains(w);

    /// <summary>A lower-case word of the shape of a present participle that opens an aside of its own (<c>citing</c>,
    /// <c>wearing</c>; not <c>King</c>, <c>ring</c>, nor one that works as a preposition, <c>including</c>).</summary>
    public static bool IsParticipleWord(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ing") && !IsPrepositionalParticiple(w);

    /// <summary>Right before a cue it makes the cue share the clause's subject (<c>… and said</c>; lower case).</summary>
    public static bool IsCoordinatedCueJoiner(ReadOnlySpan<char> w) => Words.CoordinatedCueJoiners.Contains(w);

    /// <summary>A form of <c>tell</c>: the person told comes straight after it (<c>told reporters the …</c>).</summary>
    public static bool IsTellForm(ReadOnlySpan<char> w) => Words.TellForms.Contains(w);

    /// <summary>After the comma closing a relative clause it opens the main clause's verb (<c>…, has said</c>).</summary>
    public static bool IsMainVerbAuxiliary(ReadOnlySpan<char> w) => Words.MainVerbAuxiliaries.Contains(w);

    /// <summary>The lemma of a cue whose object is the person told: with no clause after it, it reports nothing (<c>warned Madrid about the plane</c>).</summary>
    public static bool IsPersonToldLemma(ReadOnlySpan<char> w) => Words.PersonToldLemmas.Contains(w);

    /// <summary>The lemma of a cue that may take the person addressed as its object (<c>told the judge that …</c>).</summary>
    public static bool IsPersonObjectLemma(ReadOnlySpan<char> w) => Words.PersonObjectLemmas.Contains(w);

    /// <summary>Opens an indirect question: what a request asks claims nothing (<c>asks what …</c>).</summary>
    public static bool IsQuestionWord(ReadOnlySpan<char> w) => Words.QuestionWords.Contains(w);

    /// <summary>A personal pronoun that may be a verb's object (<c>them</c>, <c>him</c>; lower case).</summary>
    public static bool IsObjectPronoun(ReadOnlySpan<char> w) => Words.ObjectPronouns.Contains(w);

    /// <summary>A third-person present verb of the mined list (<c>opposes</c>, <c>remains</c>): read by the clause checks
    /// only, where before only past tenses and modals counted.</summary>
    public static bool IsPresentVerb(ReadOnlySpan<char> w) => Words.PresentVerbs.Contains(w);

    /// <summary>A generational suffix after a name (<c>Jr.</c>, <c>III</c>; grammar list name-suffix).</summary>
    public static bool IsNameSuffix(ReadOnlySpan<char> w) => Words.NameSuffixes.Contains(w);

    /// <summary>An auxiliary of the perfect (<c>has</c>, <c>’ve</c>; grammar list perfect-auxiliary).</summary>
    public static bool IsPerfectAuxiliary(ReadOnlySpan<char> w) => Words.PerfectAuxiliaries.Contains(w);

    /// <summary>A noun that makes a quantity after "a" (<c>dozen</c>, <c>number</c>; grammar list quantity-noun).</summary>
    public static bool IsQuantityNoun(ReadOnlySpan<char> w) => Words.QuantityNouns.Contains(w);

    /// <summary>A count written as a word (<c>ten</c>, <c>several</c>; grammar list count-word).</summary>
    public static bool IsCountWord(ReadOnlySpan<char> w) => Words.CountWords.Contains(w);

    /// <summary>A noun naming the occasion or medium of a saying (grammar list occasion-noun).</summary>
    public static bool IsOccasionNoun(ReadOnlySpan<char> w) => Words.OccasionNouns.Contains(w);

    /// <summary>A preposition opening an occasion phrase (grammar list occasion-preposition).</summary>
    public static bool IsOccasionPreposition(ReadOnlySpan<char> w) => Words.OccasionPrepositions.Contains(w);

    /// <summary>The lemma of a cue whose passive (<c>is said to</c>, <c>is thought to</c>) names no source (grammar list
    /// passive-report-lemma).</summary>
    public static bool IsPassiveReportLemma(ReadOnlySpan<char> w) => Words.PassiveReportLemmas.Contains(w);

    /// <summary>A cue word that, set off by commas, gives an example (grammar list example-marker: <c>among, say, four
    /// people</c>).</summary>
    public static bool IsExampleMarker(ReadOnlySpan<char> w) => Words.ExampleMarkers.Contains(w);

    /// <summary>A cue's whole subject that, with a comma straight after the cue, makes an idiom (<c>That said,</c>, <c>All told,</c>).</summary>
    public static bool IsIdiomSubject(ReadOnlySpan<char> w) => Words.IdiomSubjects.Contains(w);

    /// <summary>A possessive determiner (<c>his</c>, <c>their</c>): never a subject by itself.</summary>
    public static bool IsPossessiveDeterminer(ReadOnlySpan<char> w) => Words.PossessiveDeterminers.Contains(w);

    /// <summary>A word naming part of a period (grammar list period-part: <c>late</c> June).</summary>
    public static bool IsPeriodPart(ReadOnlySpan<char> w) => Words.PeriodParts.Contains(w);

    /// <summary>A sentence adverb of the claim-word classes (<c>however</c>, <c>meanwhile</c>): it stands between a subject
    /// and its verb, or between commas, without being either.</summary>
    public static bool IsSentenceAdverb(ReadOnlySpan<char> w) => (Links.ClaimWords.Embedded.Of(w) & Links.ClaimWord.SentenceAdverb) != 0;

    /// <summary>Besides finite verbs and clause words, makes the words after a telling cue a clause (<c>told him to</c>, <c>warned it may</c>).</summary>
    public static bool IsClauseMarker(ReadOnlySpan<char> w) => Words.ClauseMarkers.Contains(w);

    /// <summary>Right after a warning cue it opens what the warning is of (<c>warned of a war</c>, <c>warned against talks</c>).</summary>
    public static bool IsWarningTopicPreposition(ReadOnlySpan<char> w) => Words.WarningTopicPrepositions.Contains(w);

    /// <summary>Besides auxiliaries it makes the words after a cue a clause rather than an adjunct (<c>that</c>, <c>be</c>).</summary>
    public static bool IsAdjunctClauseMarker(ReadOnlySpan<char> w) => Words.AdjunctClauseMarkers.Contains(w);

    /// <summary>A relative pronoun that is its clause's subject and speaks for the name before it (<c>Iran, which denies …</c>).</summary>
    public static bool IsSubjectRelativePronoun(ReadOnlySpan<char> w) => Words.SubjectRelativePronouns.Contains(w);

    /// <summary>After a cue and a comma it opens the content (<c>said, the plan would fail</c>, <c>said, if elected, …</c>).</summary>
    public static bool IsCommaContentOpener(ReadOnlySpan<char> w) => Words.CommaContentOpeners.Contains(w);

    /// <summary>After a cue and a time phrase it opens the content (<c>said earlier this week it was …</c>, <c>vowed Thursday to …</c>).</summary>
    public static bool IsContentOpenerAfterTime(ReadOnlySpan<char> w) => Words.ContentOpenersAfterTime.Contains(w);

    /// <summary>A conjunction that joins a second clause to the first, its cue sharing the subject (<c>… and said</c>, <c>, but …</c>; any case).</summary>
    public static bool IsClauseConjunction(ReadOnlySpan<char> w) => Words.ClauseConjunctions.Contains(w);

    /// <summary>After a clause or quotation it opens a relative clause about it, not an attribution (<c>…,” which it blames on …</c>; any case).</summary>
    public static bool IsRelativeAfterClause(ReadOnlySpan<char> w) => Words.RelativesAfterClause.Contains(w);

    /// <summary>A form of <c>say</c> in the words before a comma: they are an attribution, not a clause the sentence resumes.</summary>
    public static bool IsSayForm(ReadOnlySpan<char> w) => Words.SayForms.Contains(w);

    /// <summary>After an opening adjunct's attribution and its comma it opens no predicate of the sentence (<c>, where</c>, <c>, and</c>).</summary>
    public static bool IsNoResumptionWord(ReadOnlySpan<char> w) => Words.NoResumptionWords.Contains(w);

    /// <summary>A speaker read between a comma and its cue never opens with it: a preposition, conjunction or relative word (<c>…, on NBC said</c>).</summary>
    public static bool IsNonSpeakerStart(ReadOnlySpan<char> w) => Words.NonSpeakerStarts.Contains(w);

    /// <summary>A lower-case joiner that opens a verb phrase after a noun (<c>while commenting</c>, <c>and said</c>).</summary>
    public static bool IsVerbJoiner(ReadOnlySpan<char> w) => Words.VerbJoiners.Contains(w);

    /// <summary>A finite form of <c>be</c> before a raising adjective (<c>was quick to dismiss</c>).</summary>
    public static bool IsFiniteBe(ReadOnlySpan<char> w) => Words.FiniteBeForms.Contains(w);

    /// <summary>Before a day it makes a time phrase between a subject and its cue (<c>on Friday</c>, <c>last week</c>).</summary>
    public static bool IsDayOpener(ReadOnlySpan<char> w) => Words.DayOpeners.Contains(w);

    /// <summary>After a preposition it opens a relative clause that is the cue's own (<c>an interview, in which he said</c>).</summary>
    public static bool IsObjectRelativePronoun(ReadOnlySpan<char> w) => Words.ObjectRelativePronouns.Contains(w);

    /// <summary>Ends a speaker phrase: a relative clause about the speaker follows (<c>the man who</c>, <c>the city where</c>).</summary>
    public static bool IsSpeakerRelativeWord(ReadOnlySpan<char> w) => Words.SpeakerRelativeWords.Contains(w);

    /// <summary>A joiner, relative word or focus particle before a speaker phrase that is no part of it (<c>and</c>, <c>however</c>, <c>who</c>, <c>even</c>; any case; the rule skips a comma besides).</summary>
    public static bool IsSpeakerLeadingWord(ReadOnlySpan<char> w) => Words.SpeakerLeadingWords.Contains(w);

    /// <summary>Opens a phrase between a subject and its cue that names a medium or setting (<c>on Twitter</c>, <c>in a statement</c>).</summary>
    public static bool IsMediumPreposition(ReadOnlySpan<char> w) => Words.MediumPrepositions.Contains(w);

    /// <summary>After a name and its title it opens the affiliation before the cue (<c>Ann Lee of the Dover Institute wrote</c>).</summary>
    public static bool IsAffiliationPreposition(ReadOnlySpan<char> w) => Words.AffiliationPrepositions.Contains(w);

    /// <summary>A lower-case coordinating conjunction: it continues the sentence rather than naming a speaker.</summary>
    public static bool IsConjunction(ReadOnlySpan<char> w) => Words.Conjunctions.Contains(w);

    /// <summary>After a noun cue it opens the noun's content (<c>the claim that</c>, <c>the allegations about</c>).</summary>
    public static bool IsNominalContentOpener(ReadOnlySpan<char> w) => Words.NominalContentOpeners.Contains(w);

    /// <summary>Opens a subject that names nobody: the cue reports nothing (<c>No group has claimed …</c>; as written, either case of the first letter).</summary>
    public static bool IsNegativeSubject(ReadOnlySpan<char> w) => Words.NegativeSubjects.Contains(w);

    /// <summary>After a speaker read after its cue it opens an adjunct, so the speaker may end there (<c>said the minister on Friday</c>; any case).</summary>
    public static bool IsSpeakerEndAdjunct(ReadOnlySpan<char> w) => Words.SpeakerEndAdjuncts.Contains(w);

    /// <summary>After a name or a person's title read after its cue it opens an adjunct (<c>said Ann Lee at a rally</c>; any case).</summary>
    public static bool IsNameEndAdjunct(ReadOnlySpan<char> w) => Words.NameEndAdjuncts.Contains(w);

    /// <summary>After "not to be" in a request it asks for anonymity, which claims nothing (<c>asked not to be named</c>).</summary>
    public static bool IsAnonymityParticiple(ReadOnlySpan<char> w) => Words.AnonymityParticiples.Contains(w);

    /// <summary>Right before a temporal subordinator it qualifies it (<c>well after</c>, <c>shortly before</c>).</summary>
    public static bool IsSubordinatorQualifier(ReadOnlySpan<char> w) => Words.SubordinatorQualifiers.Contains(w);

    /// <summary>A word that opens an adjunct at a sentence's start, besides the prepositions (<c>Despite …</c>, <c>By
    /// eliminating …</c>).</summary>
    public static bool IsAdjunctOpener(ReadOnlySpan<char> w) => Words.AdjunctOpeners.Contains(w);

    /// <summary>A title or role a person is named by (<c>the judge</c>, <c>spokesman</c>; grammar list person-title).</summary>
    public static bool IsPersonTitle(ReadOnlySpan<char> w) => Words.PersonTitles.Contains(w);

    /// <summary>The head of an unnamed person's description (<c>a ministry spokesman</c>; grammar list person-noun).</summary>
    public static bool IsPersonNoun(ReadOnlySpan<char> w) => Words.PersonNouns.Contains(w);

    /// <summary>A noun naming people, from the mined list (<c>epidemiologist</c>, <c>critics</c>), or its plural in -s.</summary>
    public static bool IsPeopleNoun(ReadOnlySpan<char> w) => InListOrPlural(Words.PeopleNouns, w, orPlural: true);

    /// <summary>A person noun, or with <paramref name="orPlural"/> its plural in -s too (<c>officials</c>).</summary>
    public static bool IsPersonNoun(ReadOnlySpan<char> w, bool orPlural) => InListOrPlural(Words.PersonNouns, w, orPlural);

    /// <summary>A person title, or with <paramref name="orPlural"/> its plural in -s too (<c>judges</c>).</summary>
    public static bool IsPersonTitle(ReadOnlySpan<char> w, bool orPlural) => InListOrPlural(Words.PersonTitles, w, orPlural);

    /// <summary>The word is in the list, or with <paramref name="orPlural"/> it is a plural in -s of a word in it.</summary>
    private static bool InListOrPlural(SpanSet list, ReadOnlySpan<char> w, bool orPlural) =>
        list.Contains(w) || (orPlural && w.Length > 3 && w[^1] == 's' && list.Contains(w[..^1]));

    /// <summary>A person title or person noun, or its plural (<c>the company's chief executive</c>, <c>officials</c>,
    /// <c>a spokesman for …</c>): the head of a description of a person.</summary>
    public static bool IsPersonHead(ReadOnlySpan<char> w) => IsPersonTitle(w, orPlural: true) || IsPersonNoun(w, orPlural: true);

    /// <summary>Right before a request verb it makes the request one not made (<c>would ask</c>, <c>plans to ask</c>).</summary>
    public static bool IsUnmadeRequestWord(ReadOnlySpan<char> w) => Words.UnmadeRequestWords.Contains(w);

    /// <summary>Right after a request verb it makes the request a question (<c>asked about</c>, <c>asked if</c>).</summary>
    public static bool IsQuestionOpener(ReadOnlySpan<char> w) => Words.QuestionOpeners.Contains(w);

    /// <summary>After <c>as</c> it makes no name of what follows (<c>as well</c>, <c>as many</c>, <c>as a result</c>).</summary>
    public static bool IsNoNameAfterAs(ReadOnlySpan<char> w) => Words.NoNameAfterAs.Contains(w);

    /// <summary>Right before <c>as</c> it makes a phrase of it rather than a name given (<c>such as</c>, <c>just as</c>).</summary>
    public static bool IsAsPhraseOpener(ReadOnlySpan<char> w) => Words.AsPhraseOpeners.Contains(w);

    /// <summary>A poll, study or document whose findings a finding verb reports (<c>the survey found</c>, <c>the filing shows</c>).</summary>
    public static bool IsFindingNoun(ReadOnlySpan<char> w) => Words.FindingNouns.Contains(w);

    /// <summary>A text whose words a reading verb reports (<c>the letter reads</c>, <c>read the sign</c>).</summary>
    public static bool IsWrittenNoun(ReadOnlySpan<char> w) => Words.WrittenNouns.Contains(w);

    /// <summary>Ends a content that is a noun phrase: the writer's timing (<c>accused X of lying after the vote</c>).</summary>
    public static bool IsNounContentEnd(ReadOnlySpan<char> w) => Words.NounContentEnds.Contains(w);

    /// <summary>A participle that reports a charge in the passive (<c>is accused of</c>).</summary>
    public static bool IsPassiveAccusation(ReadOnlySpan<char> w) => Words.PassiveAccusations.Contains(w);

    /// <summary>A cue lemma whose preposition's phrase is the occasion, not content (<c>responded to the report</c>).</summary>
    public static bool IsOccasionLemma(ReadOnlySpan<char> w) => Words.OccasionLemmas.Contains(w);

    /// <summary>A cue lemma that with "to" and a noun means "increase" (<c>adding to concerns that …</c>; list increase-lemma).</summary>
    public static bool IsIncreaseLemma(ReadOnlySpan<char> w) => Words.IncreaseLemmas.Contains(w);

    /// <summary>Before <c>say</c> it makes a supposition, not a saying (<c>let's say …</c>; list supposing-word).</summary>
    public static bool IsSupposingWord(ReadOnlySpan<char> w) => Words.SupposingWords.Contains(w);

    /// <summary>Opens a time phrase and cannot end one (<c>this week</c>; list time-phrase-opener).</summary>
    public static bool IsTimePhraseOpener(ReadOnlySpan<char> w) => Words.TimePhraseOpeners.Contains(w);

    /// <summary>A verb of telling or giving details (<c>say</c>, <c>elaborate</c>, <c>offer</c>; list disclosure-verb).</summary>
    public static bool IsDisclosureVerb(ReadOnlySpan<char> w) => Words.DisclosureVerbs.Contains(w);

    /// <summary>A preposition whose phrase follows its head noun inside a speaker (<c>of</c>, <c>for</c>, <c>in</c>; list
    /// head-preposition).</summary>
    public static bool IsHeadPreposition(ReadOnlySpan<char> w) => Words.HeadPrepositions.Contains(w);

    /// <summary>A cue lemma whose "to" opens what was said (<c>admit</c>, <c>testify</c>; list to-object-lemma).</summary>
    public static bool IsToObjectLemma(ReadOnlySpan<char> w) => Words.ToObjectLemmas.Contains(w);

    /// <summary>After <c>at</c> it bounds a quantity (<c>least</c>, <c>most</c>; list quantity-bound).</summary>
    public static bool IsQuantityBound(ReadOnlySpan<char> w) => Words.QuantityBounds.Contains(w);

    /// <summary>A claim noun that takes a relative clause without <c>that</c> as often as its own (<c>the charges he faces</c>).</summary>
    public static bool IsRelativeClaimNoun(ReadOnlySpan<char> w) => Words.RelativeClaimNouns.Contains(w);

    /// <summary>A verb that quotes another as saying something (<c>quoted Kim as saying</c>, <c>was quoted … as saying</c>).</summary>
    public static bool IsQuotingVerb(ReadOnlySpan<char> w) => Words.QuotingVerbs.Contains(w);

    /// <summary>Before a place inside a speaker's description it locates the speaker (<c>a judge in New York</c>).</summary>
    public static bool IsLocatingPreposition(ReadOnlySpan<char> w) => Words.LocatingPrepositions.Contains(w);

    /// <summary>Before a place inside a speaker's description it names where the speaker comes from (<c>the senator from
    /// Ohio</c>), unless a text or poll comes from there.</summary>
    public static bool IsOriginPreposition(ReadOnlySpan<char> w) => Words.OriginPrepositions.Contains(w);

    /// <summary>grammarwords withholding-auxiliary: after <c>, but</c> and before a negation it opens what the speaker then
    /// would not say (<c>did not provide a figure</c>), unlike a form of <c>be</c>, which goes on with the content's subject.</summary>
    public static bool IsWithholdingAuxiliary(ReadOnlySpan<char> w) => Words.WithholdingAuxiliaries.Contains(w);

    /// <summary>grammarwords degree-word: before a participle it makes an adjective (<c>much more informed</c>).</summary>
    public static bool IsDegreeWord(ReadOnlySpan<char> w) => Words.DegreeWords.Contains(w);

    /// <summary>grammarwords declared-act: a declaration's object that is an act (<c>declared a state of emergency</c>).</summary>
    public static bool IsDeclaredAct(ReadOnlySpan<char> w) => Words.DeclaredActs.Contains(w);

    /// <summary>grammarwords source-qualifier: makes a description an unnamed source about whoever it names (<c>close to</c>).</summary>
    public static bool IsSourceQualifier(ReadOnlySpan<char> w) => Words.SourceQualifiers.Contains(w);

    /// <summary>grammarwords aspectual-verb: a participle after it shares its subject (<c>began calling for</c>).</summary>
    public static bool IsAspectualVerb(ReadOnlySpan<char> w) => Words.AspectualVerbs.Contains(w);

    /// <summary>grammarwords auxiliary, contracted-auxiliary or progressive-auxiliary: an auxiliary of a progressive cue
    /// (<c>are saying</c>, <c>he’s hoping</c>, <c>have been arguing</c>).</summary>
    public static bool IsProgressiveAuxiliary(ReadOnlySpan<char> w) => IsAuxiliary(w) || IsContractedAuxiliary(w) || Words.ProgressiveAuxiliaries.Contains(w);

    /// <summary>grammarwords contracted-auxiliary: <c>’s</c>, <c>’ve</c>, <c>’re</c> … as their own token after a subject.</summary>
    public static bool IsContractedAuxiliary(ReadOnlySpan<char> w) => Words.ContractedAuxiliaries.Contains(w);

    /// <summary>grammarwords existential-subject: a subject that names no one (<c>there is evidence suggesting</c>).</summary>
    public static bool IsExistentialSubject(ReadOnlySpan<char> w) => Words.ExistentialSubjects.Contains(w);

    /// <summary>A pronoun that is only ever an object (<c>me</c>, <c>them</c>): never who speaks.</summary>
    public static bool IsNonSubjectPronoun(ReadOnlySpan<char> w) => Words.NonSubjectPronouns.Contains(w);

    /// <summary>A joiner or relative adverb opening the speaker's clause (<c>where</c>, <c>or</c>): never a speaker's first word.</summary>
    public static bool IsSpeakerOpeningJoiner(ReadOnlySpan<char> w) => Words.SpeakerOpeningJoiners.Contains(w);

    /// <summary>grammarwords temporal-subordinator: before a cue's subject it opens the cue's clause (<c>a week after Iran acknowledged</c>).</summary>
    public static bool IsTemporalSubordinator(ReadOnlySpan<char> w) => Words.TemporalSubordinators.Contains(w);

    /// <summary>grammarwords list-opener: before a subordinator it makes a list of names, no clause (<c>such as</c>).</summary>
    public static bool IsListOpener(ReadOnlySpan<char> w) => Words.ListOpeners.Contains(w);

    /// <summary>A verb that makes its object believe (<c>would have voters believe</c>): the belief is not its subject's.</summary>
    public static bool IsCausativeVerb(ReadOnlySpan<char> w) => Words.CausativeVerbs.Contains(w);
}
