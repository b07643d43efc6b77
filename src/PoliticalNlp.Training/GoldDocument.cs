using System.Text.Json;

namespace PoliticalNlp.Training;

/// <summary>One annotated article of <c>../shared/eval</c> (spec section 6 with <c>optional</c> marks): what the claim
/// and link trainers learn from.</summary>
internal sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldClaim> Claims, IReadOnlyList<GoldLink> Links)
{
    /// <summary>The entity mentions (offsets and type), optional ones included.</summary>
    public IReadOnlyList<(int Start, int End, string Type)> Entities { get; init; } = [];

    /// <summary>The 60 annotated articles: train then dev <c>all.gold.jsonl</c> of <paramref name="evalDir"/>.</summary>
    public static List<GoldDocument> ReadAnnotated(string evalDir) =>
        Read([Path.Combine(evalDir, "train", "all.gold.jsonl"), Path.Combine(evalDir, "dev", "all.gold.jsonl")]);

    /// <summary>Reads one or more gold JSON Lines files (e.g. train and dev <c>all.gold.jsonl</c>), in file and line order.</summary>
    public static List<GoldDocument> Read(IEnumerable<string> paths)
    {
        var docs = new List<GoldDocument>();
        foreach (var path in paths)
        {
            int line = 0;
            foreach (var json in File.ReadLines(path))
            {
                line++;
                if (string.IsNullOrWhiteSpace(json)) continue;
                try
                {
                    docs.Add(Parse(json));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{path}:{line}: not a gold document: {e.Message}", e);
                }
            }
        }
        return docs;
    }

    private static GoldDocument Parse(string json)
    {
        using var d = JsonDocument.Parse(json);
        var root = d.RootElement;
        string text = root.GetProperty("text").GetString()!;
        var claims = new List<GoldClaim>();
        if (root.TryGetProperty("claims", out var cs))
        {
            foreach (var c in cs.EnumerateArray())
            {
                claims.Add(new GoldClaim(
                    c.GetProperty("id").GetString()!,
                    Span(c, "speaker"),
                    c.TryGetProperty("speakerCanonical", out var sc) && sc.ValueKind == JsonValueKind.String ? sc.GetString() : null,
                    Span(c, "cue"),
                    Span(c, "content") ?? throw new InvalidOperationException("a claim without content"),
                    Enum.Parse<ClaimKind>(c.GetProperty("kind").GetString()!),
                    c.TryGetProperty("direct", out var di) && di.ValueKind == JsonValueKind.True,
                    c.TryGetProperty("optional", out var op) && op.ValueKind == JsonValueKind.True));
            }
        }
        var links = new List<GoldLink>();
        if (root.TryGetProperty("links", out var ls))
        {
            foreach (var l in ls.EnumerateArray())
            {
                links.Add(new GoldLink(
                    l.GetProperty("from").GetString()!,
                    l.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.String ? to.GetString() : null,
                    Span(l, "toSpan"),
                    Enum.Parse<LinkKind>(l.GetProperty("kind").GetString()!),
                    l.TryGetProperty("optional", out var op) && op.ValueKind == JsonValueKind.True));
            }
        }
        var entities = new List<(int, int, string)>();
        if (root.TryGetProperty("entities", out var es))
            foreach (var e in es.EnumerateArray()) entities.Add((e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!));
        return new GoldDocument(root.GetProperty("id").GetString()!, text, claims, links) { Entities = entities };
    }

    private static (int Start, int End)? Span(JsonElement e, string name) =>
        e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object ? (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()) : null;
}

internal sealed record GoldClaim(string Id, (int Start, int End)? Speaker, string? SpeakerCanonical, (int Start, int End)? Cue,
    (int Start, int End) Content, ClaimKind Kind, bool Direct, bool Optional);

internal sealed record GoldLink(string From, string? To, (int Start, int End)? ToSpan, LinkKind Kind, bool Optional);
