namespace PoliticalNlp.FuzzTests;

/// <summary>The fuzzer's seeds: the public-domain and CC-BY articles in the repository's samples/ folder.</summary>
internal static class SampleTexts
{
    private static readonly Lazy<string[]> s_all = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    public static IReadOnlyList<string> All => s_all.Value;
}
