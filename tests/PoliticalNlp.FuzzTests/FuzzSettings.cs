namespace PoliticalNlp.FuzzTests;

/// <summary>
/// How much the fuzzer runs: a short run in CI by default, a long run by environment variables (docs/fuzzing.md).
/// </summary>
internal static class FuzzSettings
{
    /// <summary>Mutated documents per mutation-fuzz run: <c>POLITICALNLP_FUZZ_ITERATIONS</c>, default 3,000 (CI).</summary>
    public static int Iterations => ReadInt("POLITICALNLP_FUZZ_ITERATIONS", 3_000);

    /// <summary>The run's seed: <c>POLITICALNLP_FUZZ_SEED</c>; iteration i of seed s is always the same document.</summary>
    public static int Seed => ReadInt("POLITICALNLP_FUZZ_SEED", 20261130);

    /// <summary>A file to append progress and failures to during a long run (<c>POLITICALNLP_FUZZ_LOG</c>), or null.</summary>
    public static string? LogPath => Environment.GetEnvironmentVariable("POLITICALNLP_FUZZ_LOG") is { Length: > 0 } path ? path : null;

    private static int ReadInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;
}
