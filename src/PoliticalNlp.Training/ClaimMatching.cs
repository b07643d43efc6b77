using System.Collections.Immutable;

namespace PoliticalNlp.Training;

/// <summary>score.py's claim matching, shared by the trainers and reports that label predicted claims with gold ones.</summary>
internal static class ClaimMatching
{
    /// <summary>The content Jaccard at or above which a predicted claim may match a gold claim (score.py's rule).</summary>
    public const double MinJaccard = 0.5;

    /// <summary>For each predicted claim, the index of the gold claim it matches, or null: one-to-one, greedy on
    /// content Jaccard ≥ <see cref="MinJaccard"/>, the highest overlap first.</summary>
    public static int?[] Match(GoldDocument gold, ImmutableArray<Claim> predicted)
    {
        var candidates = new List<(double J, int G, int P)>();
        for (int g = 0; g < gold.Claims.Count; g++)
        {
            var gc = gold.Claims[g].Content;
            for (int p = 0; p < predicted.Length; p++)
            {
                var pc = predicted[p].Content;
                int inter = Math.Max(0, Math.Min(gc.End, pc.End) - Math.Max(gc.Start, pc.Start));
                int union = Math.Max(gc.End, pc.End) - Math.Min(gc.Start, pc.Start);
                double j = union > 0 ? (double)inter / union : 0;
                if (j >= MinJaccard) candidates.Add((j, g, p));
            }
        }
        var toGold = new int?[predicted.Length];
        var usedGold = new HashSet<int>();
        foreach (var (_, g, p) in candidates.OrderByDescending(c => c.J).ThenByDescending(c => c.G).ThenByDescending(c => c.P))
        {
            if (toGold[p] is not null || !usedGold.Add(g)) continue;
            toGold[p] = g;
        }
        return toGold;
    }

    /// <summary>
    /// The gold link whose ends the two predicted ends match under score.py's rules (in either order), a required one
    /// first; null when none. An end is a predicted claim's index (or null for a statement) with its span: a claim end
    /// matches through <paramref name="toGold"/>, any other end when the sentences around the two spans overlap.
    /// </summary>
    public static GoldLink? GoldLinkOf(GoldDocument gold, Dictionary<string, int> goldIndex, int?[] toGold,
        (int? Claim, int Start, int End) a, (int? Claim, int Start, int End) b)
    {
        string text = gold.Text;
        var pa = (a.Claim is { } ca ? toGold[ca] : null, SentenceOf(text, (a.Start, a.End)));
        var pb = (b.Claim is { } cb ? toGold[cb] : null, SentenceOf(text, (b.Start, b.End)));
        GoldLink? optional = null;
        foreach (var link in gold.Links)
        {
            if (!goldIndex.TryGetValue(link.From, out int from)) continue;
            int? to = link.To is { } t && goldIndex.TryGetValue(t, out int ti) ? ti : null;
            var toSpan = to is { } tIndex ? gold.Claims[tIndex].Content : link.ToSpan;
            if (toSpan is null) continue;
            var ga = ((int?)from, SentenceOf(text, gold.Claims[from].Content));
            var gb = (to, SentenceOf(text, toSpan.Value));
            bool hit = (Same(ga, pa) && Same(gb, pb)) || (Same(ga, pb) && Same(gb, pa));
            if (!hit) continue;
            bool isOptional = link.Optional || gold.Claims[from].Optional || (to is { } o && gold.Claims[o].Optional);
            if (!isOptional) return link;
            optional ??= link with { Optional = true };
        }
        return optional;
    }

    private static bool Same((int? Claim, (int, int) Sentence) g, (int? Claim, (int, int) Sentence) p) =>
        g.Claim is { } gc && p.Claim is { } pc ? gc == pc : Math.Min(g.Sentence.Item2, p.Sentence.Item2) - Math.Max(g.Sentence.Item1, p.Sentence.Item1) > 0;

    /// <summary>score.py's widening of a span to the sentence around it, by simple punctuation.</summary>
    public static (int, int) SentenceOf(string text, (int Start, int End) s)
    {
        int a = s.Start, b = s.End;
        while (a > 0 && text[a - 1] is not ('.' or '!' or '?' or '\n')) a--;
        while (b < text.Length && text[b] is not ('.' or '!' or '?' or '\n')) b++;
        return (a, b);
    }
}
