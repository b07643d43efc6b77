namespace PoliticalNlp.Lexicons;

/// <summary>
/// The closed-class word lists the sentence splitter and the claim rules read, as data: the embedded
/// <c>grammarwords.tsv</c> (<see cref="WordListFile"/>), one property a list. Whether a list is matched in any case
/// or exactly is fixed here, beside its name, because the rules were written and measured that way (the file's
/// header says which).
/// </summary>
internal sealed class GrammarWords : WordLists
{
    public const string ResourceName = "PoliticalNlp.Models.grammarwords.tsv";

    /// <summary>The list names a file may use, in the order <see cref="WordLists.Write"/> writes them.</summary>
    public static readonly string[] ListNames =
    [
        "passive-auxiliary", "adverb-or-auxiliary", "day-or-time", "adverb", "opening-preposition", "finite-verb",
        "auxiliary", "clause-word", "discourse-word", "determiner", "noun-preposition", "negation", "stop-word",
        "stem-suffix", "person-noun", "back-reference-determiner", "abbreviation-leading", "abbreviation-trailing",
        "sentence-starter", "other-preposition", "opening-subordinator", "time-phrase-word", "participle-subordinator",
        "relative-pronoun", "raising-verb", "no-subject-end", "speaker-after-stop", "adjunct-start", "action-noun",
        "coordinator", "top-level-domain", "he-she", "it-they", "personal-pronoun-subject", "person-pronoun-subject",
        "verb-cue-next-word", "cue-clause-opener", "passive-accuse-preposition", "gerund-preposition", "noun-position-word",
        "indefinite-article", "cue-negator", "declining-word", "clause-joiner", "prepositional-participle",
        "dash-continuation", "third-person-pronoun-subject", "coordinated-cue-adverb", "participle-joiner",
        "coordinated-cue-joiner", "tell-form", "main-verb-auxiliary", "person-told-lemma", "person-object-lemma",
        "question-word", "object-pronoun", "clause-marker", "warning-topic-preposition", "adjunct-clause-marker",
        "subject-relative-pronoun", "comma-content-opener", "content-opener-after-time", "clause-conjunction",
        "relative-after-clause", "say-form", "no-resumption-word", "non-speaker-start", "verb-joiner", "finite-be",
        "day-opener", "object-relative-pronoun", "speaker-relative-word", "speaker-leading-word", "medium-preposition",
        "affiliation-preposition", "conjunction", "nominal-content-opener", "negative-subject", "speaker-end-adjunct",
        "unmade-request-word", "question-opener", "no-name-after-as", "as-phrase-opener",
        "finding-noun", "written-noun", "noun-content-end", "passive-accusation", "occasion-lemma", "relative-claim-noun", "quoting-verb", "causative-verb",
        "person-title", "locating-preposition", "origin-preposition", "aspectual-verb", "abbreviation-state", "withholding-auxiliary", "degree-word", "declared-act", "source-qualifier",
        "progressive-auxiliary", "existential-subject", "temporal-subordinator", "list-opener", "contracted-auxiliary",
        "non-subject-pronoun", "speaker-opening-joiner", "name-end-adjunct", "subordinator-qualifier", "adjunct-opener", "anonymity-participle",
        "ly-non-adverb", "present-verb", "name-suffix", "perfect-auxiliary", "quantity-noun", "count-word", "occasion-noun", "occasion-preposition",
        "period-part", "passive-report-lemma", "example-marker", "idiom-subject", "possessive-determiner", "him-her", "avoiding-verb", "own-office-noun", "serving-preposition", "male-given-name", "female-given-name", "hearing-venue", "title-modifier", "plural-noun-cue", "inverted-pronoun", "absolute-preposition", "tell-topic-preposition", "increase-lemma", "supposing-word", "time-phrase-opener", "disclosure-verb", "head-preposition", "to-object-lemma",
        "quantity-bound", "aside-relative", "speech-gerund-preposition", "people-noun",
    ];

    // Matched in any case; the others exactly ("stem-suffix" is an ordered list, not a set).
    private static readonly string[] s_anyCase =
        ["opening-preposition", "discourse-word", "existential-subject", "contracted-auxiliary", "participle-subordinator", "determiner", "noun-preposition", "negation",
         "stop-word", "person-noun", "other-preposition", "coordinator", "he-she", "it-they", "verb-cue-next-word",
         "cue-clause-opener", "passive-accuse-preposition", "noun-position-word", "indefinite-article", "declining-word",
         "clause-conjunction", "relative-after-clause", "day-opener", "speaker-leading-word", "affiliation-preposition",
         "nominal-content-opener", "speaker-end-adjunct", "person-title", "name-end-adjunct", "adjunct-opener", "ly-non-adverb", "count-word", "idiom-subject", "possessive-determiner", "hearing-venue", "title-modifier", "plural-noun-cue", "absolute-preposition", "tell-topic-preposition", "supposing-word", "finding-noun", "people-noun"];

    private static readonly Lazy<GrammarWords> s_embedded = new(() => WordListFile.ReadEmbedded(ResourceName, "grammar word lists", Read));

    private readonly SpanSet[] _sets;

    private GrammarWords(string[][] lists)
        : base(ListNames, lists)
    {
        _sets = [.. ListNames.Select((name, i) => new SpanSet(lists[i], ignoreCase: Array.IndexOf(s_anyCase, name) >= 0))];
    }

    /// <summary>The lists shipped in the package.</summary>
    public static GrammarWords Embedded => s_embedded.Value;

    /// <summary>After it a cue is passive (<c>was denied</c>).</summary>
    public SpanSet PassiveAuxiliaries => _sets[0];

    /// <summary>Words that may stand between a speaker and its cue (<c>has also said</c>).</summary>
    public SpanSet AdverbsOrAuxiliaries => _sets[1];

    /// <summary>Days and time words: adjuncts, not content.</summary>
    public SpanSet DaysOrTimes => _sets[2];

    /// <summary>Adverbs besides the words ending in <c>-ly</c>.</summary>
    public SpanSet Adverbs => _sets[3];

    /// <summary>Prepositions that open an adjunct at the start of a sentence (<c>On Friday, …</c>).</summary>
    public SpanSet OpeningPrepositions => _sets[4];

    /// <summary>Finite verbs besides the words ending in <c>-ed</c>.</summary>
    public SpanSet FiniteVerbs => _sets[5];

    /// <summary>Auxiliaries and modals.</summary>
    public SpanSet Auxiliaries => _sets[6];

    /// <summary>Words that open a clause.</summary>
    public SpanSet ClauseWords => _sets[7];

    /// <summary>Words that open a sentence without being its subject (<c>However, …</c>).</summary>
    public SpanSet DiscourseWords => _sets[8];

    /// <summary>Determiners and possessives.</summary>
    public SpanSet Determiners => _sets[9];

    /// <summary>Prepositions after which a cue word is a noun or gerund (<c>in remarks</c>).</summary>
    public SpanSet NounPrepositions => _sets[10];

    /// <summary>Words that negate a content.</summary>
    public SpanSet Negations => _sets[11];

    /// <summary>Words left out of the content stems claims are compared by.</summary>
    public SpanSet StopWords => _sets[12];

    /// <summary>Suffixes a content stem drops, the first that fits in this order.</summary>
    public string[] StemSuffixes => Lists[13];

    /// <summary>Heads of an unnamed person's description (<c>a ministry spokesman</c>).</summary>
    public SpanSet PersonNouns => _sets[14];

    /// <summary>First words of a content that only points back at earlier claims (<c>these allegations</c>).</summary>
    public SpanSet BackReferenceDeterminers => _sets[15];

    /// <summary>Abbreviations that precede what they qualify (titles, months): never the end of a sentence.</summary>
    public SpanSet LeadingAbbreviations => _sets[16];

    /// <summary>Abbreviations that follow what they qualify: they end a sentence when a new one plainly starts.</summary>
    public SpanSet TrailingAbbreviations => _sets[17];

    /// <summary>Capitalised words that usually begin a sentence.</summary>
    public SpanSet SentenceStarters => _sets[18];

    /// <summary>Prepositions in neither the opening nor the noun list (<c>amid</c>, <c>under</c>).</summary>
    public SpanSet OtherPrepositions => _sets[19];

    /// <summary>Capitalised subordinators that open a clause before a sentence's subject (<c>As the tweets gained steam, …</c>).</summary>
    public SpanSet OpeningSubordinators => _sets[20];

    /// <summary>The words of a short time phrase (<c>last week</c>, <c>this morning</c>): an adjunct, neither speaker nor content.</summary>
    public SpanSet TimePhraseWords => _sets[21];

    /// <summary>Words that make a participle after them an adjunct of the main clause (<c>after saying …</c>).</summary>
    public SpanSet ParticipleSubordinators => _sets[22];

    /// <summary>Relative pronouns that open a clause about the name before them (<c>X, who chairs …, said</c>).</summary>
    public SpanSet RelativePronouns => _sets[23];

    /// <summary>A verb whose subject speaks for the cue after its <c>to</c> (<c>seemed to suggest</c>).</summary>
    public SpanSet RaisingVerbs => _sets[24];

    /// <summary>A word a subject before a cue never ends with (an article, a preposition, <c>that</c>).</summary>
    public SpanSet NoSubjectEnds => _sets[25];

    /// <summary>A word that ends a speaker read after its cue (<c>said the minister on Friday</c>).</summary>
    public SpanSet SpeakerAfterStops => _sets[26];

    /// <summary>A word that opens an adjunct after a cue rather than its content (<c>said in a statement</c>).</summary>
    public SpanSet AdjunctStarts => _sets[27];

    /// <summary>A noun heading an action or request a denying cue refuses (<c>rejected the proposal</c>).</summary>
    public SpanSet ActionNouns => _sets[28];

    /// <summary>Coordinating conjunctions: a negation right after one excludes (<c>prices but not wages</c>) rather than negates.</summary>
    public SpanSet Coordinators => _sets[29];

    /// <summary>The endings that make a dotted word a web address the tokenizer keeps whole (<c>example.com</c>), lower case.</summary>
    public SpanSet TopLevelDomains => _sets[30];

    /// <summary><c>he</c> or <c>she</c>: a pronoun resolved to a person by recent speakers and gender.</summary>
    public SpanSet HeOrShe => _sets[31];

    /// <summary><c>it</c> or <c>they</c>: a pronoun resolved to the agency or state named before it.</summary>
    public SpanSet ItOrThey => _sets[32];

    /// <summary>A personal pronoun in subject form (<c>he</c>, <c>they</c>, <c>I</c>): a clause's own subject.</summary>
    public SpanSet PersonalPronounSubjects => _sets[33];

    /// <summary>A subject pronoun that stands for people, not things (<c>he</c>, <c>we</c>; lower case, no <c>I</c>).</summary>
    public SpanSet PersonPronounSubjects => _sets[34];

    /// <summary>After an ambiguous cue word it makes the word a verb: its clause or object opens (<c>claims that</c>, <c>claims he</c>).</summary>
    public SpanSet VerbCueNextWords => _sets[35];

    /// <summary>Opens the clause a cue that needs one has right after it (<c>stressed that</c>, <c>asked whether</c>).</summary>
    public SpanSet CueClauseOpeners => _sets[36];

    /// <summary>After an accusing participle it makes the participle passive (<c>accused of</c>, <c>accused in the blasts</c>).</summary>
    public SpanSet PassiveAccusePrepositions => _sets[37];

    /// <summary>Before a cue in -ing it makes a gerund that reports nothing of its own (<c>after announcing</c>).</summary>
    public SpanSet GerundPrepositions => _sets[38];

    /// <summary>Before an ambiguous cue word it makes the word a noun (<c>the claims</c>, <c>one report</c>).</summary>
    public SpanSet NounPositionWords => _sets[39];

    /// <summary>An indefinite article: after a naming verb's object it opens the name (<c>called it a fabrication</c>).</summary>
    public SpanSet IndefiniteArticles => _sets[40];

    /// <summary>Right before a cue it says the speech did not happen (<c>did not say</c>, <c>never said</c>).</summary>
    public SpanSet CueNegators => _sets[41];

    /// <summary>Before <c>to</c> and a cue it says the speech did not happen (<c>declined to say</c>).</summary>
    public SpanSet DecliningWords => _sets[42];

    /// <summary>Joins a new clause to a content: the clause may be the next attribution (<c>…, while …</c>, <c>…, who …</c>).</summary>
    public SpanSet ClauseJoiners => _sets[43];

    /// <summary>A word in -ing that opens no clause of its own after a comma (<c>…, including …</c>, <c>nothing</c>).</summary>
    public SpanSet PrepositionalParticiples => _sets[44];

    /// <summary>After a dash it carries the content on rather than opening the writer's gloss (<c>– and</c>, <c>– especially</c>).</summary>
    public SpanSet DashContinuations => _sets[45];

    /// <summary>A third-person subject pronoun (<c>he</c>, <c>it</c>, <c>they</c>; lower case).</summary>
    public SpanSet ThirdPersonPronounSubjects => _sets[46];

    /// <summary>May stand between a joiner and its coordinated cue (<c>and has hinted</c>, <c>but then said</c>).</summary>
    public SpanSet CoordinatedCueAdverbs => _sets[47];

    /// <summary>Between a comma and a participle cue it joins the participle to the clause before (<c>, while admitting</c>).</summary>
    public SpanSet ParticipleJoiners => _sets[48];

    /// <summary>Right before a cue it makes the cue share the clause's subject (<c>… and said</c>; lower case).</summary>
    public SpanSet CoordinatedCueJoiners => _sets[49];

    /// <summary>A form of <c>tell</c>: the person told comes straight after it (<c>told reporters the …</c>).</summary>
    public SpanSet TellForms => _sets[50];

    /// <summary>After the comma closing a relative clause it opens the main clause's verb (<c>…, has said</c>).</summary>
    public SpanSet MainVerbAuxiliaries => _sets[51];

    /// <summary>The lemma of a cue whose object is the person told: with no clause after it, it reports nothing (<c>warned Madrid about the plane</c>).</summary>
    public SpanSet PersonToldLemmas => _sets[52];

    /// <summary>The lemma of a cue that may take the person addressed as its object (<c>told the judge that …</c>).</summary>
    public SpanSet PersonObjectLemmas => _sets[53];

    /// <summary>Opens an indirect question: what a request asks claims nothing (<c>asks what …</c>).</summary>
    public SpanSet QuestionWords => _sets[54];

    /// <summary>A personal pronoun that may be a verb's object (<c>them</c>, <c>him</c>; lower case).</summary>
    public SpanSet ObjectPronouns => _sets[55];

    /// <summary>Besides finite verbs and clause words, makes the words after a telling cue a clause (<c>told him to</c>, <c>warned it may</c>).</summary>
    public SpanSet ClauseMarkers => _sets[56];

    /// <summary>Right after a warning cue it opens what the warning is of (<c>warned of a war</c>, <c>warned against talks</c>).</summary>
    public SpanSet WarningTopicPrepositions => _sets[57];

    /// <summary>Besides auxiliaries it makes the words after a cue a clause rather than an adjunct (<c>that</c>, <c>be</c>).</summary>
    public SpanSet AdjunctClauseMarkers => _sets[58];

    /// <summary>A relative pronoun that is its clause's subject and speaks for the name before it (<c>Iran, which denies …</c>).</summary>
    public SpanSet SubjectRelativePronouns => _sets[59];

    /// <summary>After a cue and a comma it opens the content (<c>said, the plan would fail</c>, <c>said, if elected, …</c>).</summary>
    public SpanSet CommaContentOpeners => _sets[60];

    /// <summary>After a cue and a time phrase it opens the content (<c>said earlier this week it was …</c>, <c>vowed Thursday to …</c>).</summary>
    public SpanSet ContentOpenersAfterTime => _sets[61];

    /// <summary>A conjunction that joins a second clause to the first, its cue sharing the subject (<c>… and said</c>, <c>, but …</c>; any case).</summary>
    public SpanSet ClauseConjunctions => _sets[62];

    /// <summary>After a clause or quotation it opens a relative clause about it, not an attribution (<c>…,” which it blames on …</c>; any case).</summary>
    public SpanSet RelativesAfterClause => _sets[63];

    /// <summary>A form of <c>say</c> in the words before a comma: they are an attribution, not a clause the sentence resumes.</summary>
    public SpanSet SayForms => _sets[64];

    /// <summary>After an opening adjunct's attribution and its comma it opens no predicate of the sentence (<c>, where</c>, <c>, and</c>).</summary>
    public SpanSet NoResumptionWords => _sets[65];

    /// <summary>A speaker read between a comma and its cue never opens with it: a preposition, conjunction or relative word (<c>…, on NBC said</c>).</summary>
    public SpanSet NonSpeakerStarts => _sets[66];

    /// <summary>A lower-case joiner that opens a verb phrase after a noun (<c>while commenting</c>, <c>and said</c>).</summary>
    public SpanSet VerbJoiners => _sets[67];

    /// <summary>A finite form of <c>be</c> before a raising adjective (<c>was quick to dismiss</c>).</summary>
    public SpanSet FiniteBeForms => _sets[68];

    /// <summary>Before a day it makes a time phrase between a subject and its cue (<c>on Friday</c>, <c>last week</c>).</summary>
    public SpanSet DayOpeners => _sets[69];

    /// <summary>After a preposition it opens a relative clause that is the cue's own (<c>an interview, in which he said</c>).</summary>
    public SpanSet ObjectRelativePronouns => _sets[70];

    /// <summary>Ends a speaker phrase: a relative clause about the speaker follows (<c>the man who</c>, <c>the city where</c>).</summary>
    public SpanSet SpeakerRelativeWords => _sets[71];

    /// <summary>A joiner, relative word or focus particle before a speaker phrase that is no part of it (<c>and</c>, <c>however</c>, <c>who</c>, <c>even</c>; any case; the rule skips a comma besides).</summary>
    public SpanSet SpeakerLeadingWords => _sets[72];

    /// <summary>Opens a phrase between a subject and its cue that names a medium or setting (<c>on Twitter</c>, <c>in a statement</c>).</summary>
    public SpanSet MediumPrepositions => _sets[73];

    /// <summary>After a name and its title it opens the affiliation before the cue (<c>Ann Lee of the Dover Institute wrote</c>).</summary>
    public SpanSet AffiliationPrepositions => _sets[74];

    /// <summary>A lower-case coordinating conjunction: it continues the sentence rather than naming a speaker.</summary>
    public SpanSet Conjunctions => _sets[75];

    /// <summary>After a noun cue it opens the noun's content (<c>the claim that</c>, <c>the allegations about</c>).</summary>
    public SpanSet NominalContentOpeners => _sets[76];

    /// <summary>Opens a subject that names nobody: the cue reports nothing (<c>No group has claimed …</c>; as written, either case of the first letter).</summary>
    public SpanSet NegativeSubjects => _sets[77];

    /// <summary>After a speaker read after its cue it opens an adjunct, so the speaker may end there (<c>said the minister on Friday</c>; any case).</summary>
    public SpanSet SpeakerEndAdjuncts => _sets[78];

    /// <summary>Right before a request verb it makes the request one not made (<c>would ask</c>, <c>plans to ask</c>).</summary>
    public SpanSet UnmadeRequestWords => _sets[79];

    /// <summary>Right after a request verb it makes the request a question (<c>asked about</c>, <c>asked if</c>).</summary>
    public SpanSet QuestionOpeners => _sets[80];

    /// <summary>After <c>as</c> it makes no name of what follows (<c>as well</c>, <c>as many</c>, <c>as a result</c>).</summary>
    public SpanSet NoNameAfterAs => _sets[81];

    /// <summary>Right before <c>as</c> it makes a phrase of it rather than a name given (<c>such as</c>, <c>just as</c>).</summary>
    public SpanSet AsPhraseOpeners => _sets[82];

    /// <summary>A poll, study or document whose findings a finding verb reports (<c>the survey found</c>, <c>the filing shows</c>).</summary>
    public SpanSet FindingNouns => _sets[83];

    /// <summary>A text whose words a reading verb reports (<c>the letter reads</c>, <c>“…,” read the sign</c>).</summary>
    public SpanSet WrittenNouns => _sets[84];

    /// <summary>Ends a content that is a noun phrase: the writer's timing (<c>accused X of lying after the vote</c>).</summary>
    public SpanSet NounContentEnds => _sets[85];

    /// <summary>A participle that reports a charge in the passive (<c>is accused of</c>).</summary>
    public SpanSet PassiveAccusations => _sets[86];

    /// <summary>A cue lemma whose preposition's phrase is the occasion, not content (<c>responded to the report</c>).</summary>
    public SpanSet OccasionLemmas => _sets[87];

    /// <summary>A claim noun that takes a relative clause without <c>that</c> as often as its own (<c>the charges he faces</c>).</summary>
    public SpanSet RelativeClaimNouns => _sets[88];

    /// <summary>A verb that quotes another as saying something (<c>quoted Kim as saying</c>, <c>was quoted by state media as
    /// saying</c>, <c>cited an official as saying</c>).</summary>
    public SpanSet QuotingVerbs => _sets[89];

    /// <summary>A verb that makes someone else believe (<c>would have voters believe</c>, <c>made them think</c>).</summary>
    public SpanSet CausativeVerbs => _sets[90];

    /// <summary>A title or role a definite description names a person by (<c>the judge</c>, <c>the prime minister</c>).</summary>
    public SpanSet PersonTitles => _sets[91];

    /// <summary>Before a place inside a speaker's description it locates the speaker (<c>a judge in New York</c>).</summary>
    public SpanSet LocatingPrepositions => _sets[92];

    /// <summary>Before a place inside a speaker's description it names the speaker's origin (<c>the senator from Ohio</c>).</summary>
    public SpanSet OriginPrepositions => _sets[93];

    /// <summary>A verb a participle continues with the same subject (<c>began calling for</c>, <c>spent months pushing
    /// back against</c>), unlike a verb whose object the participle describes (<c>cheered voters hoping …</c>).</summary>
    public SpanSet AspectualVerbs => _sets[94];

    /// <summary>A US state as the AP stylebook abbreviates it (<c>Calif</c>, before its full stop).</summary>
    public SpanSet StateAbbreviations => _sets[95];

    /// <summary>After <c>, but</c> and before a negation it opens what the speaker then would not say (<c>did not provide</c>).</summary>
    public SpanSet WithholdingAuxiliaries => _sets[96];

    /// <summary>Before a participle it makes an adjective, not a cue (<c>much more informed</c>).</summary>
    public SpanSet DegreeWords => _sets[97];

    /// <summary>A declaration's object that is an act, not a claim (<c>declared a state of emergency</c>).</summary>
    public SpanSet DeclaredActs => _sets[98];

    /// <summary>Inside a speaker's description it makes the speaker an unnamed source about whoever is named after it
    /// (<c>a source familiar with X's thinking</c>).</summary>
    public SpanSet SourceQualifiers => _sets[99];

    /// <summary>Besides the auxiliaries, a word that continues them before a participle cue (<c>have been saying</c>).</summary>
    public SpanSet ProgressiveAuxiliaries => _sets[100];

    /// <summary>A subject that names no one: the clause's noun after its verb is what speaks (<c>there is evidence suggesting</c>).</summary>
    public SpanSet ExistentialSubjects => _sets[101];

    /// <summary>Inside the words before a cue it opens the clause the cue is in (<c>came a week after Iran acknowledged</c>).</summary>
    public SpanSet TemporalSubordinators => _sets[102];

    /// <summary>Right before a subordinator it makes a list of names of what follows, no clause (<c>such as</c>, <c>as well as</c>).</summary>
    public SpanSet ListOpeners => _sets[103];

    /// <summary>A contracted auxiliary, its own token after the subject (<c>he’s</c>, <c>they’ve</c>, <c>I’m</c>).</summary>
    public SpanSet ContractedAuxiliaries => _sets[104];

    /// <summary>A pronoun that is only ever an object, never who speaks (<c>…, told me.</c>: the one told).</summary>
    public SpanSet NonSubjectPronouns => _sets[105];

    /// <summary>A joiner or relative adverb that opens the clause a speaker is the subject of, no part of the speaker
    /// (<c>the House, where Republicans rejected</c>, <c>…, or denounced</c>).</summary>
    public SpanSet SpeakerOpeningJoiners => _sets[106];

    /// <summary>After a name or a person's title read after its cue it opens an adjunct, so the speaker may end there
    /// (<c>said Ann Lee at a rally</c>, <c>said the spokesman as he left</c>; not after other nouns: <c>said the days when</c>).</summary>
    public SpanSet NameEndAdjuncts => _sets[107];

    /// <summary>Right before a temporal subordinator it qualifies it (<c>well after</c>, <c>shortly before</c>).</summary>
    public SpanSet SubordinatorQualifiers => _sets[108];

    /// <summary>Opens an adjunct at a sentence's start besides the opening prepositions (<c>Despite …</c>, <c>By …</c>);
    /// read only where a mid-sentence attribution's first part is weighed as adjunct or subject.</summary>
    public SpanSet AdjunctOpeners => _sets[109];

    /// <summary>After "not to be" in a request it asks for anonymity (<c>asked not to be named</c>).</summary>
    public SpanSet AnonymityParticiples => _sets[110];

    /// <summary>A word in <c>-ly</c> that is no adverb (<c>family</c>, <c>rally</c>, <c>supply</c>): a noun or verb the news
    /// also writes in <c>-ies</c>.</summary>
    public SpanSet LyNonAdverbs => _sets[111];

    /// <summary>A third-person present verb (<c>opposes</c>, <c>remains</c>): in a clause check it is the clause's verb.</summary>
    public SpanSet PresentVerbs => _sets[112];

    /// <summary>A generational suffix after a name (<c>Jr.</c>, <c>III</c>): the name is the entity before it.</summary>
    public SpanSet NameSuffixes => _sets[113];

    /// <summary>An auxiliary of the perfect (<c>has</c>, <c>’ve</c>): before a cue it reports, unlike a modal.</summary>
    public SpanSet PerfectAuxiliaries => _sets[114];

    /// <summary>A noun that makes a quantity after "a" (<c>half a dozen</c>, <c>a number of</c>): no name given.</summary>
    public SpanSet QuantityNouns => _sets[115];

    /// <summary>A count written as a word (<c>ten</c>, <c>several</c>): in a time phrase (<c>ten days ago</c>).</summary>
    public SpanSet CountWords => _sets[116];

    /// <summary>A noun naming the occasion or medium of a saying (<c>interview</c>, <c>statement</c>, <c>conference</c>).</summary>
    public SpanSet OccasionNouns => _sets[117];

    /// <summary>A preposition opening a phrase of the occasion of a saying (<c>in</c> an interview, <c>during</c> a briefing).</summary>
    public SpanSet OccasionPrepositions => _sets[118];

    /// <summary>A word naming part of a period before its name (<c>late</c> June, <c>early</c> 2019).</summary>
    public SpanSet PeriodParts => _sets[119];

    /// <summary>The lemma of a cue whose passive names no source (<c>is said to</c>, <c>is thought to</c>).</summary>
    public SpanSet PassiveReportLemmas => _sets[120];

    /// <summary>A cue word that, set off by commas, gives an example instead of reporting (<c>among, say, four people</c>).</summary>
    public SpanSet ExampleMarkers => _sets[121];

    /// <summary>A word that, as a cue's whole subject with a comma straight after the cue, makes an idiom that reports
    /// nothing (<c>That said, …</c>, <c>All told, …</c>).</summary>
    public SpanSet IdiomSubjects => _sets[122];

    /// <summary>A possessive determiner (<c>his</c>, <c>their</c>): never a subject by itself.</summary>
    public SpanSet PossessiveDeterminers => _sets[123];

    /// <summary><c>him</c> or <c>her</c>: an object pronoun a quoting verb makes the speaker (<c>Tass quoted him as saying</c>),
    /// resolved to a person as <c>he</c>/<c>she</c> is.</summary>
    public SpanSet HimOrHer => _sets[124];

    /// <summary>A verb of avoiding: the gerund cue after it reports speech that did not happen (<c>would try to avoid calling
    /// it careless</c>).</summary>
    public SpanSet AvoidingVerbs => _sets[125];

    /// <summary>A noun for the office through which its possessor speaks (<c>Netanyahu's office</c> is Netanyahu); any other
    /// possessed noun is someone else (<c>Trump's lawyers</c>, <c>Christie's administration</c>).</summary>
    public SpanSet OwnOfficeNouns => _sets[126];

    /// <summary>After a person noun it names whom the person serves (<c>an aide to</c>, <c>a spokesman for</c>): the phrase
    /// is that person, not the one served.</summary>
    public SpanSet ServingPrepositions => _sets[127];

    /// <summary>A first name political news uses for men (mined from the allsides articles' pronouns: tools/given-name-genders.py).</summary>
    public SpanSet MaleGivenNames => _sets[128];

    /// <summary>A first name political news uses for women (the same mining).</summary>
    public SpanSet FemaleGivenNames => _sets[129];

    /// <summary>A court, hearing or body that a passive <c>was told</c> names as where a statement was made (<c>the court was
    /// told</c>), which stands for its speaker; any other subject of <c>was told</c> is the one told.</summary>
    public SpanSet HearingVenues => _sets[130];

    /// <summary>A word that qualifies a person's title before a name (<c>former</c> senator, <c>acting</c> director).</summary>
    public SpanSet TitleModifiers => _sets[131];

    /// <summary>A cue word in -s that is also a plural noun (<c>reports</c>, <c>estimates</c>): before an auxiliary it heads
    /// the subject (<c>Multiple reports have suggested</c>).</summary>
    public SpanSet PluralNounCues => _sets[132];

    /// <summary>A pronoun that follows an auxiliary in a question (<c>do you</c>, <c>did he</c>).</summary>
    public SpanSet InvertedPronouns => _sets[133];

    /// <summary>A preposition that opens an absolute phrase before a participle (<c>with the ministry saying</c>,
    /// <c>despite critics warning</c>): the noun phrase after it speaks.</summary>
    public SpanSet AbsolutePrepositions => _sets[134];

    /// <summary>A preposition after a person told that opens what they were told about (<c>told the minister about his
    /// decision to resign</c>): no clause of what was said follows it.</summary>
    public SpanSet TellTopicPrepositions => _sets[135];

    /// <summary>A cue lemma that with <c>to</c> and a noun means "increase" (<c>adding to concerns that …</c>): what follows
    /// "to" is no one told.</summary>
    public SpanSet IncreaseLemmas => _sets[136];

    /// <summary>Before <c>say</c> it makes a supposition, not a saying (<c>let's say this is a war</c>).</summary>
    public SpanSet SupposingWords => _sets[137];

    /// <summary>Opens a time phrase and cannot end one (<c>this</c> week, <c>past</c> years).</summary>
    public SpanSet TimePhraseOpeners => _sets[138];

    /// <summary>A verb of telling or giving details that, negated after <c>but</c>, says what the speaker would not say
    /// (<c>but did not say when</c>, <c>but would not offer details</c>).</summary>
    public SpanSet DisclosureVerbs => _sets[139];

    /// <summary>A preposition whose phrase follows its head noun inside a speaker (<c>Critics of the plan</c>, <c>the
    /// inspectors general for the department</c>, <c>a federal court in Virginia</c>).</summary>
    public SpanSet HeadPrepositions => _sets[140];

    /// <summary>A cue lemma whose "to" opens what was said, not the one addressed (<c>admitted to an affair</c>,
    /// <c>testified to the veracity of …</c>).</summary>
    public SpanSet ToObjectLemmas => _sets[141];

    /// <summary>After <c>at</c> it bounds a quantity (<c>at least</c>, <c>at most</c>), which no adjunct opens.</summary>
    public SpanSet QuantityBounds => _sets[142];

    /// <summary>Opens a relative clause set off between a cue and its <c>that</c> (<c>said on CNN, where she is a
    /// contributor, that …</c>): the aside may hold a verb.</summary>
    public SpanSet AsideRelatives => _sets[143];

    /// <summary>Before a gerund of speech followed by its content it leaves the gerund a report (<c>responded by saying
    /// that …</c>); other gerund prepositions make it report nothing.</summary>
    public SpanSet SpeechGerundPrepositions => _sets[144];

    /// <summary>A noun that names people, mined from the allsides articles (<c>tools/people-nouns.py</c>): a description
    /// it heads is unnamed people, not the body or state named inside it (<c>a Harvard epidemiologist</c>).</summary>
    public SpanSet PeopleNouns => _sets[145];

    /// <summary>Reads the text form; every list must be present.</summary>
    /// <exception cref="InvalidDataException">A line is malformed, names an unknown list, or a list has no entry.</exception>
    public static GrammarWords Read(TextReader reader) => new(WordListFile.Read(reader, ListNames, "grammar words"));
}
