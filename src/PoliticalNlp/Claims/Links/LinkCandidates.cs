namespace PoliticalNlp.Claims.Links;

/// <summary>
/// The pairs of claims the link model scores: every pair within <see cref="Window"/> claims of each other, except two
/// claims whose contents overlap (one text reported twice). The window is set from the data: of the 407 gold links
/// between two claims in the 60 annotated articles, 404 join claims fewer than 25 apart (in text order of their
/// contents, optional claims included), although one reply may answer a charge made in the lead many sentences before.
/// Bounded, so linking stays linear in the document's length.
/// </summary>
internal static class LinkCandidates
{
    public const int Window = 25;

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
