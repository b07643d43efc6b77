using PoliticalNlp.Claims;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Training;

/// <summary>
/// Compiles the gazetteers under <c>../shared/data/gazetteers</c> into the embedded lexicon. Only the compiled
/// phrase list ships (see NOTICE); the source files stay in the shared data folder.
/// </summary>
internal static class LexiconCompiler
{
    /// <summary>Short and informal forms news uses that the country data lacks.</summary>
    private static readonly (string Name, string Iso)[] ShortForms =
    [
        ("US", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("USA", "US"), ("America", "US"), ("United States", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("United Kingdom", "GB"),
        ("North Korea", "KP"), ("South Korea", "KR"), ("Burma", "MM"), ("Holland", "NL"), ("Netherlands", "NL"),
        ("Czech Republic", "CZ"), ("Ivory Coast", "CI"), ("Congo", "CD"), ("Democratic Republic of Congo", "CD"),
        ("UAE", "AE"), ("U.A.E.", "AE"), ("Emirates", "AE"), ("PRC", "CN"), ("Mainland China", "CN"), ("Russian Federation", "RU"),
        ("Vatican", "VA"), ("Holy See", "VA"), ("East Timor", "TL"), ("Macedonia", "MK"), ("Swaziland", "SZ"),
        ("Cape Verde", "CV"), ("Palestinian territories", "PS"), ("Gaza", "PS"), ("Iran", "IR"), ("Syria", "SY"),
        ("Bosnia", "BA"), ("Bosnia-Herzegovina", "BA"), ("Herzegovina", "BA"), ("Trinidad", "TT"), ("Timor-Leste", "TL"), ("Turkey", "TR"), ("Türkiye", "TR"),
    ];

    /// <summary>Seats of government and institutions that stand for their state, reported as agencies.</summary>
    private static readonly (string Name, string Iso)[] Seats =
    [
        ("Kremlin", "RU"), ("White House", "US"), ("Pentagon", "US"), ("Downing Street", "GB"), ("Whitehall", "GB"),
        ("Elysee", "FR"), ("Élysée", "FR"), ("Elysee Palace", "FR"), ("Quai d'Orsay", "FR"), ("Zhongnanhai", "CN"),
        ("Blue House", "KR"), ("Capitol Hill", "US"), ("Foggy Bottom", "US"), ("Knesset", "IL"), ("Bundestag", "DE"),
        ("State Duma", "RU"), ("Duma", "RU"), ("Kremlin", "RU"), ("Chancellery", "DE"), ("Congress", "US"), ("Westminster", "GB"),
    ];

    private static readonly string[] Continents =
    [
        "Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Central America", "Oceania",
        "Antarctica", "Middle East", "Central Asia", "East Asia", "Southeast Asia", "South Asia", "West Africa",
        "East Africa", "Eastern Europe", "Western Europe", "Caribbean", "Balkans", "Gulf", "Persian Gulf", "Scandinavia",
        "Hong Kong", "England", "Scotland", "Wales", "Northern Ireland", "Catalonia", "Crimea", "Kashmir", "Tibet", "Darfur",
    ];

    private static readonly string[] Titles =
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "President", "Prime", "Minister",
        "Premier", "Chancellor", "Secretary", "General", "Gen.", "Senator", "Sen.", "Representative", "Rep.", "Governor", "Gov.",
        "King", "Queen", "Prince", "Princess", "Pope", "Ayatollah", "Sheikh", "Colonel", "Col.", "Major", "Captain", "Lieutenant",
        "Admiral", "Ambassador", "Chairman", "Spokesman", "Spokeswoman", "Mayor", "Judge", "Justice", "Commissioner", "Director",
        "Envoy", "Leader", "Chief", "Opposition", "candidate", "Deputy", "Vice", "Foreign", "Defense", "Defence", "Interior",
        "Finance", "Attorney", "Speaker", "Cardinal", "Archbishop", "Bishop", "Rev.", "Reverend", "Professor", "Prof.", "Sergeant",
        "Sgt.", "Officer", "Detective", "Inspector", "Superintendent", "Councillor", "Councilman", "Congressman", "Congresswoman",
        "Chief Executive", "Vice President", "Prime Minister", "Foreign Minister", "Secretary of State", "Secretary-General",
        "MP", "MEP", "QC", "PM", "Baroness", "Baron", "Earl", "Duke", "Count", "Mme", "Jr", "Jr.", "Sr.", "Senior", "Marine", "Private",
    ];

    /// <summary>Political bodies news names without their country: parties, parliaments, movements, militant groups.</summary>
    private static readonly string[] PoliticalBodies =
    [
        "Labour", "Labour Party", "Conservatives", "Conservative Party", "Liberal Democrats", "Lib Dems", "Lib Dem", "Tories", "Tory", "Democrats", "Republicans",
        "Democratic Party", "Republican Party", "House of Commons", "Commons", "House of Lords", "Lords", "Senate", "House of Representatives",
        "Parliament", "European Parliament", "European Commission", "Palestinian Authority", "Hamas", "Hezbollah", "Taliban", "al-Qaida",
        "al-Qaeda", "Al Qaeda", "Fatah", "Supreme Court", "High Court", "Security Council", "U.N. Security Council", "Politburo",
        "Workers' Party", "Communist Party", "Bharatiya Janata Party", "Congress Party", "Muslim Brotherhood", "Interpol", "Europol",
        "Reuters", "Associated Press", "AFP", "Xinhua", "Tass", "TASS", "Interfax", "RIA Novosti", "Belta", "BBC", "CNN", "Al Jazeera",
        "Getty Images", "Twitter", "Facebook", "Google", "Kyodo", "Yonhap", "KCNA", "IRNA", "Itar-Tass", "Agência Estado", "Agencia Estado",
    ];

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
                _ => throw new InvalidDataException($"{path}: unknown cue flag '{name}'"),
            };
        }
        return flags;
    }

    public static List<(GazetteerCategory, string, string?, string?)> Compile(string gazetteerDirectory)
    {
        string Path(params string[] parts) => System.IO.Path.Combine([gazetteerDirectory, .. parts]);
        var entries = new List<(GazetteerCategory, string, string?, string?)>();
        void Add(GazetteerCategory category, string phrase, string? iso = null, string? canonical = null)
        {
            phrase = phrase.Trim();
            if (phrase.Length == 0 || phrase.StartsWith('#')) return;
            entries.Add((category, phrase, iso, canonical));
        }

        // Countries: independent states (plus Taiwan, Kosovo, Palestine) are states; dependencies are regions.
        var countryNames = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path("countries", "countries_compact.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            string iso = f[0], common = f[2], official = f[3], capital = f[4];
            bool state = f[8] == "True" || iso is "TW" or "XK" or "PS";
            countryNames[iso] = common;
            var category = state ? GazetteerCategory.Country : GazetteerCategory.Region;
            Add(category, common, state ? iso : null, common);
            Add(category, official, state ? iso : null, common);
            foreach (var alt in f[7].Split('|'))
            {
                if (alt.Length == 2 && alt.All(char.IsUpper)) Add(GazetteerCategory.CountryCode, alt, iso, common);
                else if (alt.Length >= 3 && char.IsUpper(alt[0]) && !alt.Contains(',') && alt.All(c => c < 0x250)) Add(category, alt, state ? iso : null, common);
            }
            foreach (var cap in capital.Split('|')) if (cap.Length > 0) Add(GazetteerCategory.Capital | GazetteerCategory.City, cap, iso, cap);
            foreach (var demonym in new[] { f[5], f[6] }) if (demonym.Length > 0) Add(GazetteerCategory.Demonym, demonym, iso);
        }
        foreach (var (name, iso) in ShortForms) Add(GazetteerCategory.Country, name, iso, countryNames.GetValueOrDefault(iso, name));
        foreach (var (name, iso) in Seats) Add(GazetteerCategory.Seat | GazetteerCategory.Organization, name, iso, name);
        foreach (var name in Continents) Add(GazetteerCategory.Region, name);
        foreach (var t in Titles) Add(GazetteerCategory.Title, t);
        foreach (var body in PoliticalBodies) Add(GazetteerCategory.Organization | GazetteerCategory.Political, body, canonical: body);

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
        foreach (var list in new[] { "city.lst", "city_cap.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) Add(GazetteerCategory.City, line);
        foreach (var list in new[] { "region.lst", "province.lst", "state_us.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) Add(GazetteerCategory.Region, line);
        foreach (var list in new[] { "title.lst", "title_male.lst", "title_female.lst", "title_pol.lst", "title_mil.lst", "jobtitles.lst" })
            foreach (var line in ReadList(System.IO.Path.Combine(gate, list))) if (char.IsUpper(line[0])) Add(GazetteerCategory.Title, line);

        // Names: census and Moby first names; census surnames (the 20,000 most frequent).
        var names = Path("person-names");
        foreach (var file in new[] { "census1990_first_male.txt", "census1990_first_female.txt", "moby_first_names_male.txt", "moby_first_names_female.txt" })
        {
            var gender = file.Contains("female", StringComparison.Ordinal) ? GazetteerCategory.Female : GazetteerCategory.Male;
            foreach (var line in ReadList(System.IO.Path.Combine(names, file))) Add(GazetteerCategory.FirstName | gender, TitleCase(line));
        }
        foreach (var line in ReadList(System.IO.Path.Combine(names, "census1990_last.txt")).Take(20000)) Add(GazetteerCategory.LastName, TitleCase(line));
        return entries;
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
