using System.Text.Json;

namespace PoliticalNlp.Tests.Claims;

/// <summary>
/// The seed's gold claims (from ../shared/eval/dev/all.gold.jsonl; the test passes vacuously where ../shared is absent):
/// every required claim is found (content overlap as score.py matches it) with its speaker, and every "he" is
/// resolved to Alexander Lukashenko.
/// </summary>
public class SeedGoldTests
{
    private sealed record GoldClaim(int Start, int End, int SpeakerStart, int SpeakerEnd, string? SpeakerText, string? Canonical);

    private static (string Text, List<GoldClaim> Claims)? SeedGold()
    {
        var seed = TestData.DevDocuments().FirstOrDefault(d => d.Id == "seed");
        if (seed.Text is null) return null;
        var claims = new List<GoldClaim>();
        foreach (var c in seed.Gold.GetProperty("claims").EnumerateArray())
        {
            if (c.TryGetProperty("optional", out var optional) && optional.GetBoolean()) continue;
            var content = c.GetProperty("content");
            var speaker = c.GetProperty("speaker");
            bool hasSpeaker = speaker.ValueKind == JsonValueKind.Object;
            claims.Add(new GoldClaim(
                content.GetProperty("start").GetInt32(), content.GetProperty("end").GetInt32(),
                hasSpeaker ? speaker.GetProperty("start").GetInt32() : -1, hasSpeaker ? speaker.GetProperty("end").GetInt32() : -1,
                hasSpeaker ? speaker.GetProperty("text").GetString() : null,
                c.GetProperty("speakerCanonical").ValueKind == JsonValueKind.String ? c.GetProperty("speakerCanonical").GetString() : null));
        }
        return (seed.Text, claims);
    }

    private static double Jaccard(int a0, int a1, int b0, int b1)
    {
        int inter = Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));
        int union = Math.Max(a1, b1) - Math.Min(a0, b0);
        return union > 0 ? (double)inter / union : 0;
    }

    /// <summary>One-to-one, best overlap first, Jaccard ≥ 0.5: the matching score.py uses.</summary>
    private static Dictionary<GoldClaim, Claim> Match(List<GoldClaim> gold, IReadOnlyList<Claim> predicted)
    {
        var pairs = (from g in gold
                     from p in predicted
                     let j = Jaccard(g.Start, g.End, p.Content.Start, p.Content.End)
                     where j >= 0.5
                     orderby j descending
                     select (g, p)).ToList();
        var matched = new Dictionary<GoldClaim, Claim>();
        var used = new HashSet<Claim>();
        foreach (var (g, p) in pairs)
            if (!matched.ContainsKey(g) && used.Add(p)) matched[g] = p;
        return matched;
    }

    private static bool SameSpeaker(GoldClaim g, Claim p)
    {
        if (g.SpeakerStart < 0 && p.Speaker is null && g.Canonical is null) return true;
        if (g.SpeakerStart >= 0 && p.Speaker is { } s && s.Start < g.SpeakerEnd && g.SpeakerStart < s.End) return true;
        string gc = g.Canonical?.ToLowerInvariant() ?? "", pc = p.SpeakerCanonical?.ToLowerInvariant() ?? "";
        return gc.Length > 0 && pc.Length > 0 && (gc == pc || gc.EndsWith(" " + pc, StringComparison.Ordinal) || pc.EndsWith(" " + gc, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void All_28_required_seed_claims_are_found_with_their_speakers()
    {
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        if (SeedGold() is not var (text, gold)) throw new Xunit.Sdk.XunitException("the dev set has no seed document");
        Assert.Equal(28, gold.Count);
        var doc = new PoliticalTextAnalyzer().Analyze(text, "seed");
        var matched = Match(gold, doc.Claims);
        var missing = gold.Where(g => !matched.ContainsKey(g)).Select(g => text[g.Start..g.End]).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(" | ", missing));
        var wrong = matched.Where(m => !SameSpeaker(m.Key, m.Value)).Select(m => $"{m.Key.SpeakerText} ≠ {m.Value.Speaker?.Text}").ToList();
        Assert.True(wrong.Count == 0, "wrong speakers: " + string.Join(" | ", wrong));
    }

    [SkippableFact]
    public void Every_he_in_the_seed_is_alexander_lukashenko()
    {
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        if (SeedGold() is not var (text, gold)) throw new Xunit.Sdk.XunitException("the dev set has no seed document");
        var doc = new PoliticalTextAnalyzer().Analyze(text, "seed");
        var matched = Match(gold, doc.Claims);
        var he = matched.Where(m => string.Equals(m.Key.SpeakerText, "he", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(he);
        Assert.All(he, m => Assert.Equal("Alexander Lukashenko", m.Value.SpeakerCanonical));
    }
}
