using System.Diagnostics;

namespace PoliticalNlp.FuzzTests;

/// <summary>Runs one input through the analyzer and checks everything the fuzzer checks.</summary>
internal static class FuzzTarget
{
    public static readonly PoliticalTextAnalyzer Analyzer = new();
    public static readonly PoliticalTextAnalyzer WithoutClaims = new(new PoliticalNlpOptions { ExtractClaims = false });

    /// <summary>
    /// The time one document may take: half a second plus 100 µs a character. News costs about 0.6 µs a character and
    /// a flood of one-character tokens (quote marks) up to 20 µs on a loaded 2-core machine; only super-linear work
    /// exceeds the budget at fuzzing sizes.
    /// </summary>
    public static TimeSpan Budget(int length) => TimeSpan.FromMilliseconds(500 + length * 0.1);

    /// <summary>JSON bytes a document may take: 200 a character (an entity every two characters) and 4 KB.</summary>
    public static long JsonBudget(int length) => 4096 + 200L * length;

    /// <summary>Claim content a document may hold in all: four times its length (issue 12: linear in the text).</summary>
    public static long ClaimContentBudget(int length) => 4096 + 4L * length;

    /// <summary>The failure <paramref name="text"/> shows, or null.</summary>
    /// <param name="text">The input.</param>
    /// <param name="checkDeterminism">Analyse again on another thread and compare the JSON.</param>
    /// <param name="checkTime">Hold the analysis to <see cref="Budget"/>.</param>
    public static FuzzFailure? Run(string text, bool checkDeterminism, bool checkTime = true)
    {
        AnalyzedDocument? doc = null;
        TimeSpan elapsed;
        try
        {
            elapsed = ThreadCpuClock.Measure(() => doc = Analyzer.Analyze(text));
        }
        catch (Exception e)
        {
            return Crash(text, e, "Analyze");
        }

        var violations = Invariants.Violations(text, doc!);
        if (violations.Count > 0)
        {
            bool claims = violations.All(v => v.StartsWith("claim", StringComparison.Ordinal) || v.StartsWith("link", StringComparison.Ordinal));
            string signature = new string(violations[0].Where(c => !char.IsDigit(c)).ToArray());
            return new FuzzFailure("invariant", signature, string.Join("; ", violations.Take(5)), text, claims);
        }

        long content = doc!.Claims.Sum(c => (long)c.Content.Length);
        if (content > ClaimContentBudget(text.Length))
            return new FuzzFailure("quadratic", "claim content grows faster than the text", $"{content:N0} characters of claim content in a {text.Length:N0}-character text", text, true);

        string json;
        try
        {
            json = doc.ToJson();
        }
        catch (Exception e)
        {
            return Crash(text, e, "ToJson");
        }
        if (json.Length > JsonBudget(text.Length))
        {
            // Claims and links (src/PoliticalNlp/Claims) or the rest: the JSON without them says which.
            bool claims = WithoutClaims.Analyze(text).ToJson().Length <= JsonBudget(text.Length);
            return new FuzzFailure("quadratic", claims ? "JSON of claims and links grows faster than the text" : "JSON grows faster than the text",
                $"{json.Length:N0} characters of JSON for a {text.Length:N0}-character text ({doc.Claims.Length:N0} claims, {doc.Links.Length:N0} links)", text, claims);
        }

        if (checkDeterminism)
        {
            // Another thread: its own token buffer and caches, the same answer.
            string again = Task.Factory.StartNew(() => Analyzer.Analyze(text).ToJson(), TaskCreationOptions.LongRunning).GetAwaiter().GetResult();
            if (again != json) return new FuzzFailure("nondeterministic", "JSON differs between two runs", "two analyses of the same text gave different JSON", text, false);
        }

        if (checkTime && elapsed > Budget(text.Length))
        {
            // CPU time of this thread (ThreadCpuClock), and still only a repeatable excess counts.
            var best = elapsed;
            for (int i = 0; i < 2 && best > Budget(text.Length); i++) best = Min(best, Time(Analyzer, text));
            if (best > Budget(text.Length))
            {
                bool claims = Time(WithoutClaims, text) <= Budget(text.Length);
                return new FuzzFailure("slow", claims ? "slow in the claims stage" : "slow before the claims stage",
                    $"{best.TotalMilliseconds:N0} ms for {text.Length:N0} characters (budget {Budget(text.Length).TotalMilliseconds:N0} ms)", text, claims);
            }
        }
        return null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(PoliticalTextAnalyzer analyzer, string text) => ThreadCpuClock.Measure(() => analyzer.Analyze(text));

    private static FuzzFailure Crash(string text, Exception e, string where)
    {
        var frame = new StackTrace(e).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("PoliticalNlp", StringComparison.Ordinal) == true);
        string method = frame is null ? where : $"{frame.DeclaringType!.Name}.{frame.Name}";
        bool claims = frame?.DeclaringType?.Namespace == "PoliticalNlp.Claims";
        return new FuzzFailure("crash", $"{e.GetType().Name} in {method}", e.Message, text, claims);
    }
}
