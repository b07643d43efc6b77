using System.IO.Compression;
using System.Text;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// Cue words in every inflection, each with its stance class, lemma, the claim kind it signals and the conditions under
/// which it reports; and phrase cues (<c>pointed out</c>, <c>cast doubt on</c>). Compiled by <c>PoliticalNlp.Training
/// compile-cues</c> from the classed reporting-verb list and the repository's additions into an embedded, versioned
/// resource. Matched on whole tokens (never substrings or prefixes), looked up by span without allocating.
/// </summary>
internal sealed class CueLexicon
{
    public const string ResourceName = "PoliticalNlp.Models.cues.bin";

    /// <summary>The first line of the resource: its format and version.</summary>
    public const string Header = "#politicalnlp-cues\t3";

    private readonly SpanLexicon<CueEntry> _forms;
    private readonly SpanLexicon<(int Start, int Count)> _phraseStarts; // first word → its phrases in _phrases
    private readonly (string[] Words, CueEntry Entry)[] _phrases;

    /// <summary>One compiled line: a form (words separated by spaces for a phrase), its class name, lemma, flags and the
    /// claim kind it signals (decided when compiling: <c>=kind</c> lines of the cue data, else from the class).</summary>
    public readonly record struct Record(string Form, string Class, string Lemma, CueFlags Flags, ClaimKind Kind);

    public CueLexicon(IEnumerable<Record> records)
    {
        var forms = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        var phrases = new SortedDictionary<string, List<(string[], CueEntry)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in records)
        {
            var words = r.Form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entry = new CueEntry(ParseClass(r.Class), r.Lemma, r.Kind, r.Flags, words.Length);
            if (words.Length == 1) forms[r.Form] = entry;
            else if (words.Length > 1)
            {
                if (!phrases.TryGetValue(words[0], out var list)) phrases[words[0]] = list = [];
                list.Add((words, entry));
            }
        }
        _forms = new SpanLexicon<CueEntry>(forms, ignoreCase: true);
        var starts = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var all = new List<(string[], CueEntry)>();
        foreach (var (first, list) in phrases)
        {
            starts[first] = (all.Count, list.Count);
            // Longest first, so "floated the idea that" wins over a shorter phrase with the same start.
            all.AddRange(list.OrderByDescending(p => p.Item1.Length));
        }
        _phrases = [.. all];
        _phraseStarts = new SpanLexicon<(int Start, int Count)>(starts, ignoreCase: true);
        Count = forms.Count + _phrases.Length;
        Lemmas = [.. forms.Values.Select(e => e.Lemma).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _lemmaIndex = new SpanLexicon<int>(Lemmas.Select((l, i) => new KeyValuePair<string, int>(l, i)), ignoreCase: false);
    }

    private static readonly Lazy<CueLexicon> s_embedded = new(LoadEmbedded);
    private readonly SpanLexicon<int> _lemmaIndex;

    /// <summary>The lexicon shipped in the package, loaded once.</summary>
    public static CueLexicon Embedded => s_embedded.Value;

    /// <summary>The stance classes, in <see cref="CueClass"/> order: the link features name them.</summary>
    public static string[] Classes { get; } = Enum.GetNames<CueClass>();

    /// <summary>The lemmas of the single-word cues, sorted.</summary>
    public string[] Lemmas { get; }

    /// <summary>The stance class (an index into <see cref="Classes"/>) and lemma (an index into <see cref="Lemmas"/>) of a
    /// single-word cue form; -1 for both when the word is no cue.</summary>
    public bool TryGetEntry(ReadOnlySpan<char> word, out int cls, out int lemma)
    {
        if (_forms.TryGetValue(word, out var entry) && _lemmaIndex.TryGetValue(entry.Lemma, out lemma))
        {
            cls = (int)entry.Class;
            return true;
        }
        cls = lemma = -1;
        return false;
    }

    /// <summary>How many forms and phrases the lexicon holds.</summary>
    public int Count { get; }

    public static CueLexicon LoadEmbedded()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded cue lexicon '{ResourceName}' is missing from the PoliticalNlp assembly.");
        return new CueLexicon(Read(stream));
    }

    /// <summary>Reads a compiled resource; throws <see cref="InvalidDataException"/> on another format or version.</summary>
    public static List<Record> Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        if (reader.ReadLine() != Header) throw new InvalidDataException($"The cue lexicon is not in the expected format ('{Header}'); rebuild it with compile-cues.");
        var records = new List<Record>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length != 5 || !Enum.TryParse<ClaimKind>(f[4], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                throw new InvalidDataException($"Bad cue lexicon line: '{line}'.");
            records.Add(new Record(f[0], f[1], f[2], (CueFlags)int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), kind));
        }
        return records;
    }

    public static void Write(Stream stream, IEnumerable<Record> records)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(deflate, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        foreach (var r in records)
        {
            if (r.Form.Contains('\t') || r.Form.Contains('\n')) throw new ArgumentException($"A cue form may not hold a tab or line break: '{r.Form}'.", nameof(records));
            writer.WriteLine($"{r.Form}\t{r.Class}\t{r.Lemma}\t{((int)r.Flags).ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{r.Kind}");
        }
    }

    /// <summary>The single-word cue <paramref name="word"/> is, matched on the whole token.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out CueEntry entry) => _forms.TryGetValue(word, out entry);

    /// <summary>The kind a single-word verb cue signals (false for nouns, for words that are no cue, and for forms that are
    /// verbs only in one position: <c>ruling</c> in <c>the ruling party</c> is no verb to the phrase readers).</summary>
    public bool TryGetKind(ReadOnlySpan<char> word, out ClaimKind kind)
    {
        if (_forms.TryGetValue(word, out var entry) && (entry.Flags & (CueFlags.NounOnly | CueFlags.Ambiguous | CueFlags.Participle)) == 0)
        {
            kind = entry.Kind;
            return true;
        }
        kind = ClaimKind.Statement;
        return false;
    }

    /// <summary>The phrase cues whose first word is <paramref name="first"/>, longest first (empty for none).</summary>
    public ReadOnlySpan<(string[] Words, CueEntry Entry)> PhrasesStartingWith(ReadOnlySpan<char> first) =>
        _phraseStarts.TryGetValue(first, out var range) ? _phrases.AsSpan(range.Start, range.Count) : default;

    private static CueClass ParseClass(string cls) => cls switch
    {
        "assert" => CueClass.Assert,
        "confirm" => CueClass.Confirm,
        "deny" => CueClass.Deny,
        "accuse" => CueClass.Accuse,
        "predict_warn" or "warn" => CueClass.Warn,
        "commit" => CueClass.Commit,
        "request" => CueClass.Request,
        "believe" => CueClass.Believe,
        "testify" => CueClass.Testify,
        "question" => CueClass.Question,
        _ => CueClass.Neutral,
    };

    /// <summary>The claim kind a cue of stance class <paramref name="cls"/> signals unless its lemma says otherwise
    /// (the cue data's <c>=kind</c> lines: <c>admit</c> admits, <c>warn</c> warns, <c>deny</c> denies).</summary>
    public static ClaimKind DefaultKind(string cls) => ParseClass(cls) switch
    {
        CueClass.Accuse => ClaimKind.Accusation,
        CueClass.Commit => ClaimKind.Promise,
        _ => ClaimKind.Statement,
    };
}
