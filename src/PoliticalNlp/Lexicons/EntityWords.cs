namespace PoliticalNlp.Lexicons;

/// <summary>
/// The closed word lists the entity span rules read (<c>Entities/EntityRecognizer.cs</c>), as data: the embedded
/// <c>entitywords.tsv</c> (<see cref="WordListFile"/>), one property a list, every list matched exactly on a whole
/// token (the rules were written and measured that way; the file's header says what each list holds).
/// </summary>
internal sealed class EntityWords : WordLists
{
    public const string ResourceName = "PoliticalNlp.Models.entitywords.tsv";

    /// <summary>The list names a file may use, in the order <see cref="WordLists.Write"/> writes them.</summary>
    public static readonly string[] ListNames =
    [
        "name-closing-mark", "trailing-function-word", "leading-function-word", "determiner", "conjunction", "name-preposition",
        "body-preposition", "honorific", "organisation-noun", "administration-word", "party-member", "party-word", "body-head",
        "law-head", "date-word", "web-domain", "title-preposition", "organisation-end", "not-a-body-or-place", "body-role", "country-named-like-region",
        "hyphen-prefix", "building-end", "department-title", "institution-head", "standalone-body",
        "male-honorific", "female-honorific",
    ];

    private static readonly Lazy<EntityWords> s_embedded = new(() => WordListFile.ReadEmbedded(ResourceName, "entity word lists", Read));

    private readonly SpanSet[] _sets;

    private EntityWords(string[][] lists)
        : base(ListNames, lists)
    {
        _sets = [.. lists.Select(l => new SpanSet(l, ignoreCase: false))];
    }

    /// <summary>The lists shipped in the package.</summary>
    public static EntityWords Embedded => s_embedded.Value;

    /// <summary>A bracket or quote mark inside a span ends the name.</summary>
    public SpanSet NameClosingMarks => _sets[0];

    /// <summary>Conjunctions, articles and prepositions a span does not end in.</summary>
    public SpanSet TrailingFunctionWords => _sets[1];

    /// <summary>Determiners and capitalised sentence openers a span does not start with.</summary>
    public SpanSet LeadingFunctionWords => _sets[2];

    /// <summary>Articles before a name.</summary>
    public SpanSet Determiners => _sets[3];

    /// <summary>Words that join two names of one kind.</summary>
    public SpanSet Conjunctions => _sets[4];

    /// <summary>After a person's name, a peer's territory or a constituency follows.</summary>
    public SpanSet NamePrepositions => _sets[5];

    /// <summary>After a body's head word, the rest of its name follows.</summary>
    public SpanSet BodyPrepositions => _sets[6];

    /// <summary>Before a name they make the span a Person.</summary>
    public SpanSet Honorifics => _sets[7];

    /// <summary>Lower-case nouns that make the name before them an Agency.</summary>
    public SpanSet OrganisationNouns => _sets[8];

    /// <summary>After a leader's name: <c>X administration</c> is the Person X.</summary>
    public SpanSet AdministrationWords => _sets[9];

    /// <summary>Party labels before a person's name.</summary>
    public SpanSet PartyMembers => _sets[10];

    /// <summary>Words no person's name holds.</summary>
    public SpanSet PartyWords => _sets[11];

    /// <summary>Head words of a body's name.</summary>
    public SpanSet BodyHeads => _sets[12];

    /// <summary>Last words of a law's name.</summary>
    public SpanSet LawHeads => _sets[13];

    /// <summary>Days and months.</summary>
    public SpanSet DateWords => _sets[14];

    /// <summary>Top-level domains of site names that are organisations.</summary>
    public SpanSet WebDomains => _sets[15];

    /// <summary>After a title, the body or office its holder serves follows (<c>Member of Parliament</c>).</summary>
    public SpanSet TitlePrepositions => _sets[16];

    /// <summary>A word that ends an organisation's name and no person's (Foundation, University, Committee): a name the
    /// tagger typed a person that ends in one is a body (<c>Clinton Foundation</c>, <c>George Mason University</c>).</summary>
    public SpanSet OrganisationEnds => _sets[17];

    /// <summary>A name that is neither a body nor a place (a programme, a religion, a scripture: Medicare, Islam, Bible),
    /// matched on the whole mention: the tagger's Agency, State or Place with this text is no entity (spec section 3;
    /// a person of that name stays).</summary>
    public SpanSet NotBodiesOrPlaces => _sets[18];

    /// <summary>A role in a body that follows the body's name (Senate Minority Leader, House Majority Whip): a title, though
    /// the lexicon also knows some of them as surnames (Leader, Whip), so no part of the body's name.</summary>
    public SpanSet BodyRoles => _sets[19];

    /// <summary>A country that shares its name with a region the news names far more often (Georgia, a US state): read as
    /// the region in a document that names other regions and no sign of the country.</summary>
    public SpanSet CountriesNamedLikeRegions => _sets[20];

    /// <summary>A lower-case prefix before a hyphen that makes the word no name (<c>mid-December</c>, <c>anti-Trump</c>).</summary>
    public SpanSet HyphenPrefixes => _sets[21];

    /// <summary>Ends a building's name and no person's: a Person span ending in it is a Place (<c>Reagan Building</c>).</summary>
    public SpanSet BuildingEnds => _sets[22];

    /// <summary>A title held in a government department, named before it (<c>Homeland Security Secretary</c>,
    /// <c>Economy Minister</c>): the department's name there is part of the title.</summary>
    public SpanSet DepartmentTitles => _sets[23];

    /// <summary>The head of an institution's name, whose capitalised words before it are its name too (<c>Columbia
    /// University</c>, <c>Gulf Cooperation Council</c>).</summary>
    public SpanSet InstitutionHeads => _sets[24];

    /// <summary>A body's name that is whole alone: a longer name ending in it names another body, not its full form
    /// (<c>House</c>: the White House is not the House).</summary>
    public SpanSet StandaloneBodies => _sets[25];

    /// <summary>An honorific for a man (<c>Mr.</c>): the surname after it is no woman's.</summary>
    public SpanSet MaleHonorifics => _sets[26];

    /// <summary>An honorific for a woman (<c>Mrs.</c>, <c>Ms.</c>): the surname after it is no man's.</summary>
    public SpanSet FemaleHonorifics => _sets[27];

    /// <summary>Reads the text form; every list must be present.</summary>
    /// <exception cref="InvalidDataException">A line is malformed, names an unknown list, or a list has no entry.</exception>
    public static EntityWords Read(TextReader reader) => new(WordListFile.Read(reader, ListNames, "entity words"));
}
