using System.IO.Compression;
using System.Text;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// Reporting verbs in every inflection, each with the claim kind it signals. Compiled from the classed reporting-verb
/// list into an embedded resource; looked up by span, without allocating.
/// </summary>
internal sealed class CueLexicon
{
    public const string ResourceName = "PoliticalNlp.Models.cues.bin";

    private readonly SpanLexicon<ClaimKind> _forms;
    private readonly SpanLexicon<(int Class, int Lemma)> _entries;

    private static readonly Lazy<CueLexicon> s_embedded = new(LoadEmbedded);

    public CueLexicon(IEnumerable<(string Form, string Class, string Lemma)> cues)
    {
        var list = cues.ToList();
        var map = new Dictionary<string, ClaimKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, cls, lemma) in list) map[form] = KindOf(cls, lemma);
        _forms = new SpanLexicon<ClaimKind>(map, ignoreCase: true);
        Classes = [.. list.Select(c => c.Class).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Lemmas = [.. list.Select(c => c.Lemma).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var entries = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, cls, lemma) in list) entries[form] = (Array.IndexOf(Classes, cls), Array.IndexOf(Lemmas, lemma));
        _entries = new SpanLexicon<(int, int)>(entries, ignoreCase: true);
    }

    /// <summary>The lexicon shipped in the package.</summary>
    public static CueLexicon Embedded => s_embedded.Value;

    /// <summary>The stance classes of the reporting verbs (<c>neutral</c>, <c>deny</c>, <c>accuse</c>, …), sorted.</summary>
    public string[] Classes { get; }

    /// <summary>The lemmas of the reporting verbs, sorted.</summary>
    public string[] Lemmas { get; }

    /// <summary>The stance class and lemma (indices into <see cref="Classes"/> and <see cref="Lemmas"/>) of a cue word form.</summary>
    public bool TryGetEntry(ReadOnlySpan<char> word, out int cls, out int lemma)
    {
        bool found = _entries.TryGetValue(word, out var entry);
        (cls, lemma) = found ? entry : (-1, -1);
        return found;
    }

    public static CueLexicon LoadEmbedded()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded cue lexicon '{ResourceName}' is missing from the PoliticalNlp assembly.");
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        var cues = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length == 3) cues.Add((f[0], f[1], f[2]));
        }
        return new CueLexicon(cues);
    }

    public static void Write(Stream stream, IEnumerable<(string Form, string Class, string Lemma)> cues)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(deflate, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (form, cls, lemma) in cues) writer.WriteLine($"{form}\t{cls}\t{lemma}");
    }

    public bool TryGetKind(ReadOnlySpan<char> word, out ClaimKind kind) => _forms.TryGetValue(word, out kind);

    private static ClaimKind KindOf(string cls, string lemma) => lemma switch
    {
        "admit" or "acknowledge" or "concede" => ClaimKind.Admission,
        "warn" or "caution" or "threaten" => ClaimKind.Warning,
        "deny" or "reject" or "refute" or "rebut" or "dismiss" or "dispute" => ClaimKind.Denial,
        _ => cls switch
        {
            "accuse" => ClaimKind.Accusation,
            "commit" => ClaimKind.Promise,
            _ => ClaimKind.Statement,
        },
    };
}
