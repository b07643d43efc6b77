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
}
