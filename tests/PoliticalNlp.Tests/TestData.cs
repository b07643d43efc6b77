using System.Text.Json;

namespace PoliticalNlp.Tests;

/// <summary>Locates the seed sample (committed) and the dev set in ../shared (present in CI, absent elsewhere).</summary>
internal static class TestData
{
    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed.txt"));

    public static string? SharedDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval", "dev");
                if (Directory.Exists(candidate)) return Path.Combine(dir.FullName, "shared");
            }
            return null;
        }
    }

    /// <summary>The dev documents (id, text) from all.gold.jsonl, or empty when ../shared is absent.</summary>
    public static IReadOnlyList<(string Id, string Text, JsonElement Gold)> DevDocuments()
    {
        if (SharedDirectory is not { } shared) return [];
        var path = Path.Combine(shared, "eval", "dev", "all.gold.jsonl");
        if (!File.Exists(path)) return [];
        var list = new List<(string, string, JsonElement)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var root = JsonDocument.Parse(line).RootElement;
            list.Add((root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, root));
        }
        return list;
    }
}
