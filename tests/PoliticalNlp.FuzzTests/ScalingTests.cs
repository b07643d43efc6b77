using Xunit.Abstractions;

namespace PoliticalNlp.FuzzTests;

/// <summary>
/// Adversarial scaling (issue 12): JSON and CPU time per character stay flat from 10 KB to 100 KB for texts built to
/// make a stage super-linear.
/// </summary>
public class ScalingTests(ITestOutputHelper output)
{
    /// <summary>The repeated unit of each adversarial family.</summary>
    public static TheoryData<string> Families => new()
    {
        "\"",                                   // a quote-mark flood: every character a token, quotes never closed
        "Putin's ",                              // one name of thousands of possessives (overflowed the stack)
        "the minister spoke to Putin and ",      // no sentence punctuation at all: one sentence
        "according to Putin, ",                  // a one-sentence attribution chain
        ", the minister said, and ",             // one sentence, a cue every few words
    };

    /// <summary>The families whose claims the claims stage has to bound (issue 12, point 3).</summary>
    public static TheoryData<string> ClaimChains => new() { "according to Putin, ", ", the minister said, and " };

    /// <summary>The families the claims stage already handles in linear time and output.</summary>
    public static TheoryData<string> OtherFamilies => new() { "\"", "Putin's ", "the minister spoke to Putin and " };

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    [Theory]
    [MemberData(nameof(Families))]
    public void Stages_before_the_claims_stage_take_flat_time_and_output_per_character(string unit) =>
        AssertFlat(FuzzTarget.WithoutClaims, unit);

    [Theory]
    [MemberData(nameof(OtherFamilies))]
    public void The_whole_analysis_takes_flat_time_and_output_per_character(string unit) =>
        AssertFlat(FuzzTarget.Analyzer, unit);

    [Theory]
    [MemberData(nameof(ClaimChains))]
    public void Claim_chains_in_one_sentence_take_flat_time_and_output_per_character(string unit) =>
        AssertFlat(FuzzTarget.Analyzer, unit);

    private void AssertFlat(PoliticalTextAnalyzer analyzer, string unit)
    {
        const int Small = 10_000, Large = 100_000;
        var (smallTime, smallJson) = Measure(analyzer, Repeat(unit, Small));
        var (largeTime, largeJson) = Measure(analyzer, Repeat(unit, Large));
        double jsonRatio = largeJson / (double)Large / (smallJson / (double)Small);
        double timeRatio = largeTime.TotalMilliseconds / Large / (smallTime.TotalMilliseconds / Small);
        output.WriteLine($"{Small:N0} → {Large:N0} characters: JSON {smallJson:N0} → {largeJson:N0} ({jsonRatio:N2}× a character), time {smallTime.TotalMilliseconds:N1} → {largeTime.TotalMilliseconds:N1} ms ({timeRatio:N2}× a character)");
        Assert.True(jsonRatio < 1.5, $"JSON per character grew {jsonRatio:N1}× from {Small:N0} to {Large:N0} characters ({smallJson:N0} → {largeJson:N0})");
        // Time is the thread's CPU time (ThreadCpuClock): flat to within 3× for linear work, about 10× for work quadratic
        // in the sentence. Without a CPU clock, wall-clock ratios swing several-fold on a shared machine, and only the
        // fuzzer's absolute budget (0.5 s + 100 µs a character) is held.
        if (ThreadCpuClock.CountsCpuTime) Assert.True(timeRatio < 3, $"time per character grew {timeRatio:N1}× from {Small:N0} to {Large:N0} characters");
        Assert.True(largeTime <= FuzzTarget.Budget(Large), $"{largeTime.TotalMilliseconds:N0} ms for {Large:N0} characters (budget {FuzzTarget.Budget(Large).TotalMilliseconds:N0} ms)");
    }

    private static (TimeSpan Time, long Json) Measure(PoliticalTextAnalyzer analyzer, string text)
    {
        analyzer.Analyze(text); // warm
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var time = ThreadCpuClock.Measure(() => analyzer.Analyze(text));
            if (time < best) best = time;
        }
        return (best, analyzer.Analyze(text).ToJson().Length);
    }
}
