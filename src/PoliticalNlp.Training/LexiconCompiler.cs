using PoliticalNlp.Claims;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Training;

/// <summary>
/// Compiles the gazetteers under <c>../shared/data/gazetteers</c> into the embedded lexicon. Only the compiled
/// phrase list ships (see NOTICE); the source files stay in the shared data folder.
/// </summary>
internal static class LexiconCompiler
{
    /// <summary>The repository's word lists the compiler adds to the gazetteers, copied next to the training program.</summary>
    public static string DefaultAdditions => System.IO.Path.Combine(AppContext.BaseDirectory, "LexiconData", "lexicon-additions.tsv");

    /// <summary>GATE lists compiled as <see cref="GazetteerCategory.Body"/> (tagger features only).</summary>
    private static readonly string[] BodyLists =
    [
        "government/org-political.lst", "government/org-military.lst", "government/org-law.lst", "government/org-other.lst",
        "government/govt-departments-ministerial.lst", "government/govt-departments-ministerial-abbreviations.lst",
        "government/govt-departments-non-ministerial.lst", "government/govt-departments-non-ministerial-abbreviations.lst",
        "government/executive-agencies.lst", "government/executive-agencies-abbreviations.lst",
        "government/public-bodies-non-departmental.lst", "agency.lst", "department.lst", "radio_stations_uk.lst",
        "charities.lst", "companies_uk.lst", "more_company.lst",
    ];

    /// <summary>The list names <c>lexicon-additions.tsv</c> may use (its header says what each holds).</summary>
    private static readonly string[] AdditionLists = ["state-iso", "short-form", "seat", "region", "title", "political-body"];

    /// <summary>The repository's cue additions and conditions, copied next to the training program.</summary>
    public static string DefaultCueAdditions => System.IO.Path.Combine(AppContext.BaseDirectory, "CueData", "cue-additions.tsv");

    /// <summary>
    /// Cue words, every inflection, with their stance class (reporting-verbs/), merged with <paramref name="additionsPath"/>:
    /// extra forms and phrases, their conditions (flags), and the forms and lemmas to drop. Sorted by form for a stable resource.
    /// </summary>
    public static List<CueLexicon.Record> CompileCues(string gazetteerDirectory, string additionsPath)
    {
        var droppedForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var droppedLemmas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var additions = new List<(string[] Forms, string Class, string Lemma, CueFlags Flags)>();
        var lemmaKinds = new Dictionary<string, ClaimKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in File.ReadLines(additionsPath))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("=kind ", StringComparison.Ordinal))
            {
                var k = line[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (k.Length != 2 || !Enum.TryParse<ClaimKind>(k[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                    throw new InvalidDataException($"{additionsPath}: expected '=kind LEMMA KIND' with KIND one of {string.Join(", ", Enum.GetNames<ClaimKind>())}: '{line}'");
                lemmaKinds[k[0]] = kind;
                continue;
            }
            if (line.StartsWith("-lemma ", StringComparison.Ordinal)) { droppedLemmas.Add(line[7..].Trim()); continue; }
            if (line.StartsWith('-')) { droppedForms.Add(line[1..].Trim()); continue; }
            var f = line.Split('\t');
            if (f.Length < 3) throw new InvalidDataException($"{additionsPath}: expected 'forms<TAB>class<TAB>lemma[<TAB>flags]': '{line}'");
            additions.Add((f[0].Split('|'), f[1], f[2], f.Length > 3 ? ParseFlags(f[3], additionsPath) : CueFlags.None));
        }

        var records = new Dictionary<string, CueLexicon.Record>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(System.IO.Path.Combine(gazetteerDirectory, "reporting-verbs", "reporting_verbs_extended_helper.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 6 || droppedLemmas.Contains(f[0])) continue;
            foreach (var form in f.Skip(2).Append(f[0]).Distinct())
                if (!droppedForms.Contains(form)) records[form] = new CueLexicon.Record(form, f[1], f[0], CueFlags.None, KindOf(f[1], f[0]));
        }
        // Additions override the list's class and lemma and add their conditions to a form already there.
        foreach (var (forms, cls, lemma, flags) in additions)
            foreach (var form in forms)
                records[form] = new CueLexicon.Record(form, cls, lemma, flags | (records.TryGetValue(form, out var had) ? had.Flags : CueFlags.None), KindOf(cls, lemma));
        return [.. records.Values.OrderBy(r => r.Form, StringComparer.Ordinal)];

        ClaimKind KindOf(string cls, string lemma) => lemmaKinds.TryGetValue(lemma, out var kind) ? kind : CueLexicon.DefaultKind(cls);
    }

    private static CueFlags ParseFlags(string text, string path)
    {
        var flags = CueFlags.None;
        foreach (var name in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= name switch
            {
                "clause" => CueFlags.NeedsClause,
                "verb" => CueFlags.VerbPosition,
                "ambiguous" => CueFlags.Ambiguous,
                "nominal" => CueFlags.Nominal,
                "noun" => CueFlags.NounOnly,
                "infinitive" => CueFlags.Infinitive,
                "naming" => CueFlags.Naming,
                "rebuts" => CueFlags.Rebuts,
                "request" => CueFlags.Request,
                "naming-as" => CueFlags.NamingAs,
                "finding" => CueFlags.Finding,
                "written" => CueFlags.Written,
                "participle" => CueFlags.Participle,
                _ => throw new InvalidDataException($"{path}: unknown cue flag '{name}'"),
            };
        }
        return flags;
    }

    /// <summary>How far down a census list of first names a name may stand and still give its gender when the other
    /// gender's list has it higher.</summary>
    internal const int MinorGenderRank = 500;

    /// <summary>How many times higher the other gender's list must have it for the name to lose this gender ("Lindsey",
    /// 834th of the men's names and 301st of the women's, keeps both).</summary>
    internal const int MinorGenderRatio = 4;

    private static Dictionary<string, int> Ranks(IEnumerable<string> lines)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines) ranks.TryAdd(TitleCase(line.Trim()), ranks.Count + 1);
        return ranks;
    }

    /// <summary>
    /// The lexicon's phrases (category, phrase, ISO code, canonical name) from the gazetteers and the repository's
    /// additions (<paramref name="additionsPath"/>, by default <see cref="DefaultAdditions"/>), in a fixed order.
    /// </summary>
    public static List<(GazetteerCategory, string, string?, string?)> Compile(string gazetteerDirectory, string? additionsPath = null)
    {
        var additions = ReadAdditions(additionsPath ?? DefaultAdditions);
        string Path(params string[] parts) => System.IO.Path.Combine([gazetteerDirectory, .. parts]);
        var entries = new List<(GazetteerCategory, string, string?, string?)>();
        void Add(GazetteerCategory category, string phrase, string? iso = null, string? canonical = null)
        {
            phrase = phrase.Trim();
            if (phrase.Length == 0 || phrase.StartsWith('#')) return;
            entries.Add((category, phrase, iso, canonical));
        }

        // Countries: independent states (plus Taiwan, Kosovo, Palestine) are states; dependencies are regions.
        // An alternative spelling that GATE lists as a demonym ("Saudi", "Thai") is kept as a demonym of its state (the
        // speaker "the Saudis" still resolves to Saudi Arabia), not as the state's name: "Saudi officials" names no state
        // (spec section 3), and the rule that drops a lone demonym cannot drop a word the lexicon also calls a country.
        var gateDemonyms = ReadList(Path("gate-annie", "gazetteer", "country_adj.lst")).ToHashSet(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path("countries", "countries_compact.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            string iso = f[0], common = f[2], official = f[3], capital = f[4];
            bool state = f[8] == "True" || additions["state-iso"].Any(a => a.Phrase == iso);
            countryNames[iso] = common;
            var category = state ? GazetteerCategory.Country : GazetteerCategory.Region;
            Add(category, common, state ? iso : null, common);
            Add(category, official, state ? iso : null, common);
            foreach (var alt in f[7].Split('|'))
            {
                if (alt.Length == 2 && alt.All(char.IsUpper)) Add(GazetteerCategory.CountryCode, alt, iso, common);
                else if (alt.Length >= 3 && char.IsUpper(alt[0]) && !alt.Contains(',') && alt.All(c => c < 0x250))
                {
                    if (gateDemonyms.Contains(alt)) Add(GazetteerCategory.Demonym, alt, state ? iso : null);
                    else Add(category, alt, state ? iso : null, common);
                }
            }
            foreach (var cap in capital.Split('|')) if (cap.Length > 0) Add(GazetteerCategory.Capital | GazetteerCategory.City, cap, iso, cap);
            foreach (var demonym in new[] { f[5], f[6] }) if (demonym.Length > 0) Add(GazetteerCategory.Demonym, demonym, iso);
        }
        foreach (var (name, iso) in additions["short-form"]) Add(GazetteerCategory.Country, name, iso, countryNames.GetValueOrDefault(iso!, name));
        foreach (var (name, iso) in additions["seat"]) Add(GazetteerCategory.Seat | GazetteerCategory.Organization, name, iso, name);
        foreach (var (name, _) in additions["region"]) Add(GazetteerCategory.Region, name);
        foreach (var (title, _) in additions["title"]) Add(GazetteerCategory.Title, title);
        foreach (var (body, _) in additions["political-body"]) Add(GazetteerCategory.Organization | GazetteerCategory.Political, body, canonical: body);

        // Organisations: international bodies, US federal agencies, news agencies, GATE's government and party lists.
        foreach (var line in File.ReadLines(Path("intl-orgs", "supraverden_orgs_en.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            Add(GazetteerCategory.Organization, f[1], canonical: f[1]);
            if (f[2].Length > 1) Add(GazetteerCategory.Organization, f[2], canonical: f[1]);
            foreach (var other in f[3].Split('|')) if (other.Length > 2) Add(GazetteerCategory.Organization, other, canonical: f[1]);
        }
        foreach (var line in File.ReadLines(Path("agencies", "us_federal_agencies_gsa.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            Add(GazetteerCategory.Organization, f[0], canonical: f[0]);
            if (f.Length > 1 && f[1].Length > 1) Add(GazetteerCategory.Organization, f[1], canonical: f[0]);
        }
        foreach (var line in File.ReadLines(Path("agencies", "news_agencies_seed_helper.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            Add(GazetteerCategory.Organization, f[0], canonical: f[0]);
            if (f.Length > 1) foreach (var alias in f[1].Split('|')) if (alias.Length > 1) Add(GazetteerCategory.Organization, alias, canonical: f[0]);
        }
        var gate = Path("gate-annie", "gazetteer");
        foreach (var list in new[] { "government.lst", "ministry.lst", "political_party.lst", "organization.lst", "newspapers.lst", "company.lst", "tvcompany.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) Add(GazetteerCategory.Organization, line);
        foreach (var line in ReadList(System.IO.Path.Combine(gate, "country_adj.lst"))) Add(GazetteerCategory.Demonym, line);
        // The wider organisation lists are tagger features only (Body): parties (Plaid Cymru), UK government bodies and
        // their abbreviations, courts, armed services, international bodies, US departments, companies, radio, charities.
        foreach (var list in BodyLists)
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) Add(GazetteerCategory.Body, line);
        foreach (var list in new[] { "city.lst", "city_cap.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) Add(GazetteerCategory.City, line);
        foreach (var list in new[] { "region.lst", "province.lst", "state_us.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) Add(GazetteerCategory.Region, line);
        foreach (var list in new[] { "title.lst", "title_male.lst", "title_female.lst", "title_pol.lst", "title_mil.lst", "jobtitles.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) if (char.IsUpper(line[0])) Add(GazetteerCategory.Title, line);

        // Names: census and Moby first names; census surnames (the 20,000 most frequent).
        var names = Path("person-names");
        // The census lists run from the most frequent name down: a name far down one gender's list and much higher on the
        // other's ("Brian" 3,582nd of the women's names and 20th of the men's, "Michael" 799th) takes only the other's
        // gender, so "she" is not resolved to a Brian (seen in allsides articles); a name common in both ("Leslie",
        // "Jordan", "Kim") or not far apart ("Lindsey") keeps both.
        var maleRank = Ranks(ReadList(System.IO.Path.Combine(names, "census1990_first_male.txt")));
        var femaleRank = Ranks(ReadList(System.IO.Path.Combine(names, "census1990_first_female.txt")));
        foreach (var file in new[] { "census1990_first_male.txt", "census1990_first_female.txt", "moby_first_names_male.txt", "moby_first_names_female.txt" })
        {
            bool female = file.Contains("female", StringComparison.Ordinal);
            var gender = female ? GazetteerCategory.Female : GazetteerCategory.Male;
            var (own, other) = female ? (femaleRank, maleRank) : (maleRank, femaleRank);
            foreach (var line in ReadList(System.IO.Path.Combine(names, file)))
            {
                var name = TitleCase(line);
                int ownRank = own.GetValueOrDefault(name, int.MaxValue), otherRank = other.GetValueOrDefault(name, int.MaxValue);
                bool minor = ownRank > MinorGenderRank && otherRank < ownRank / MinorGenderRatio;
                Add(minor ? GazetteerCategory.FirstName : GazetteerCategory.FirstName | gender, name);
            }
        }
        foreach (var line in ReadList(System.IO.Path.Combine(names, "census1990_last.txt")).Take(20000)) Add(GazetteerCategory.LastName, TitleCase(line));
        return entries;
    }

    /// <summary>
    /// Reads <c>lexicon-additions.tsv</c>: <c>LIST\tPHRASE[\tISO]</c> a line, <c>#</c> opening a comment; each list's
    /// entries in file order. <c>short-form</c> and <c>seat</c> entries need their ISO code.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is malformed or names an unknown list.</exception>
    internal static Dictionary<string, List<(string Phrase, string? Iso)>> ReadAdditions(string path)
    {
        var lists = AdditionLists.ToDictionary(l => l, _ => new List<(string, string?)>());
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length is < 2 or > 3 || f[1].Length == 0 || !lists.TryGetValue(f[0], out var list))
                throw new InvalidDataException($"{path} line {number}: expected LIST<TAB>PHRASE[<TAB>ISO] with a list of {string.Join(", ", AdditionLists)}: '{line}'");
            string? iso = f.Length == 3 ? f[2] : null;
            if (iso is null && f[0] is "short-form" or "seat") throw new InvalidDataException($"{path} line {number}: a {f[0]} needs its ISO code: '{line}'");
            list.Add((f[1], iso));
        }
        return lists;
    }

    private static IEnumerable<string> ReadList(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            // GATE lists may carry features after a colon or tab: "Paris:country=France"
            var line = raw.Split('\t')[0].Trim();
            int colon = line.IndexOf(':');
            if (colon > 0 && line.IndexOf('=', colon) > 0) line = line[..colon];
            if (line.Length > 0 && !line.StartsWith('#')) yield return line;
        }
    }

    private static string TitleCase(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
}
