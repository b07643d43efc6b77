using System.Text.Json;

namespace PoliticalNlp.Tests;

/// <summary>Locates the seed sample (committed) and the dev set in ../shared (present in CI, absent elsewhere).</summary>
internal static class TestData
{
    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed.txt"));

    /// <summary>The repository root: the nearest folder above the test binaries that holds PoliticalNlp.sln.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PoliticalNlp.sln"))) return dir.FullName;
            throw new InvalidOperationException($"No PoliticalNlp.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Exactly <c>../shared</c> relative to the repository root, or null when it has no dev set.</summary>
    public static string? SharedDirectory
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(shared, "eval", "dev")) ? shared : null;
        }
    }

    /// <summary>Why a test that needs the dev set cannot run, or null when it can.</summary>
    public static string? SharedMissingReason =>
        SharedDirectory is null ? $"../shared/eval/dev is absent (looked in {Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"))})" : null;

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
