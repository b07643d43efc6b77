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

    public CueLexicon(IEnumerable<(string Form, string Class, string Lemma)> cues)
    {
        var map = new Dictionary<string, ClaimKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, cls, lemma) in cues)
        {
            // Forms too often nouns or auxiliaries to be cues on their own.
            if (form is "state" or "states" or "post" or "posts" or "order" or "orders" or "answer" or "answers" or "report" or "reports"
                or "charge" or "charges" or "attack" or "attacks" or "signal" or "signals" or "note" or "notes" or "comment" or "comments"
                or "quote" or "cite" or "repeat" or "hope" or "fear" or "worry" or "expect" or "think" or "believe" or "ask" or "order" or "demand"
                or "estimate" or "forecast" or "claim" or "claims" or "call" or "highlight" or "highlights" or "dispute" or "disputes" or "pledge"
                or "pledges" or "promise" or "promises" or "warning" or "reply" or "replies" or "respond" or "decline" or "declined" or "agree" or "agreed"
                or "expected" or "hoped" or "feared" or "thought" or "believed" or "posted" or "ordered" or "signalled" or "signaled" or "asked"
                or "asking" or "thinks" or "believes" or "hopes" or "expects" or "fears" or "worries" or "worried" or "suggesting" or "calling" or "agreeing" or "agrees")
                continue;
            // Verbs that report action as often as speech.
            if (lemma is "appeal" or "threaten" or "attack" or "guarantee" or "propose" or "order" or "signal" or "post" or "slam" or "decline" or "charge") continue;
            map[form] = KindOf(cls, lemma);
        }
        _forms = new SpanLexicon<ClaimKind>(map, ignoreCase: true);
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
