namespace PoliticalNlp.Claims.Links;

/// <summary>
/// The pairs of claims the link model scores: every pair within <see cref="Window"/> claims of each other (in the
/// train and dev articles a link's ends are up to about 30 claims apart, and one reply may answer a charge made in the
/// lead), except two claims whose contents overlap (one text reported twice). Bounded, so linking stays linear in the
/// document's length.
/// </summary>
internal static class LinkCandidates
{
    public const int Window = 40;

    /// <summary>The candidates (x, y), x before y, in order of y then x.</summary>
    public static IEnumerable<(int X, int Y)> Of(LinkDocument doc)
    {
        var claims = doc.Claims;
        for (int y = 1; y < claims.Length; y++)
        {
            for (int x = Math.Max(0, y - Window); x < y; x++)
            {
                if (Overlapping(claims[x], claims[y])) continue;
                yield return (x, y);
            }
        }
    }

    private static bool Overlapping(Claim a, Claim b) => a.Content.Start < b.Content.End && b.Content.Start < a.Content.End;
}
