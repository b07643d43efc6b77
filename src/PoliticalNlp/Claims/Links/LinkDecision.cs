namespace PoliticalNlp.Claims.Links;

/// <summary>
/// Turns the link model's class probabilities for a pair into a link, or none: a counter-claim when the counter kinds
/// together reach the model's <c>threshold.counter</c> (its kind the likeliest of them), else support when it reaches
/// <c>threshold.support</c>. Every kind has one direction: <c>from</c> is the claim answered, <c>to</c> the claim that
/// answers it — the denial, the verdict, or for contradiction, reversal and support the later of the two.
/// </summary>
internal sealed class LinkDecision
{
    private static readonly LinkKind[] CounterKinds = [LinkKind.Denial, LinkKind.NotConfirmed, LinkKind.Contradiction, LinkKind.Reversal];

    private readonly int[] _counterClass;
    private readonly int _supportClass;

    public LinkDecision(Models.LinearClassifier model, float? counterThreshold = null, float? supportThreshold = null)
    {
        _counterClass = [.. CounterKinds.Select(k => model.ClassIndex(k.ToString()))];
        _supportClass = model.ClassIndex(nameof(LinkKind.Support));
        CounterThreshold = counterThreshold ?? model.Setting("threshold.counter", 0.5f);
        SupportThreshold = supportThreshold ?? model.Setting("threshold.support", 0.5f);
        float perClaim = model.Setting("links.per-claim", 0);
        MaxLinksPerClaim = perClaim >= 1 ? (int)perClaim : int.MaxValue;
    }

    public float CounterThreshold { get; }

    public float SupportThreshold { get; }

    /// <summary>How many links one claim may take part in: a denial may answer several charges, but a claim linked to
    /// everything around it is the model being unsure, not a hub.</summary>
    public int MaxLinksPerClaim { get; init; } = int.MaxValue;

    /// <summary>The link kind for a pair, or null for no link; <paramref name="confidence"/> is the probability of the
    /// chosen family (counter or support).</summary>
    public LinkKind? Decide(ReadOnlySpan<float> probabilities, out float confidence)
    {
        var kind = Decide(probabilities);
        confidence = 0;
        if (kind is null) return null;
        if (kind == LinkKind.Support) confidence = probabilities[_supportClass];
        else foreach (int c in _counterClass) if (c >= 0) confidence += probabilities[c];
        return kind;
    }

    /// <summary>Keeps the most confident decided pairs such that no claim takes part in more than
    /// <see cref="MaxLinksPerClaim"/> links; <paramref name="decided"/> is reordered.</summary>
    public void Select(List<(int X, int Y, LinkKind Kind, float Confidence)> decided, int claimCount, List<(int X, int Y, LinkKind Kind)> kept) =>
        Select(decided, claimCount, MaxLinksPerClaim, kept);

    /// <summary>The selection of <see cref="Select(List{ValueTuple{int, int, LinkKind, float}}, int, List{ValueTuple{int, int, LinkKind}})"/> with a given bound.</summary>
    public static void Select(List<(int X, int Y, LinkKind Kind, float Confidence)> decided, int claimCount, int maxLinksPerClaim, List<(int X, int Y, LinkKind Kind)> kept)
    {
        kept.Clear();
        if (maxLinksPerClaim == int.MaxValue)
        {
            foreach (var d in decided) kept.Add((d.X, d.Y, d.Kind));
            return;
        }
        decided.Sort((a, b) => b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence) : a.X != b.X ? a.X.CompareTo(b.X) : a.Y.CompareTo(b.Y));
        var counts = new int[claimCount];
        foreach (var d in decided)
        {
            if (counts[d.X] >= maxLinksPerClaim || counts[d.Y] >= maxLinksPerClaim) continue;
            counts[d.X]++;
            counts[d.Y]++;
            kept.Add((d.X, d.Y, d.Kind));
        }
        kept.Sort((a, b) => a.Y != b.Y ? a.Y.CompareTo(b.Y) : a.X.CompareTo(b.X));
    }

    /// <summary>The link kind for a pair, or null for no link.</summary>
    public LinkKind? Decide(ReadOnlySpan<float> probabilities)
    {
        float counter = 0, best = -1;
        LinkKind kind = LinkKind.Denial;
        for (int k = 0; k < CounterKinds.Length; k++)
        {
            int c = _counterClass[k];
            if (c < 0) continue;
            counter += probabilities[c];
            if (probabilities[c] > best)
            {
                best = probabilities[c];
                kind = CounterKinds[k];
            }
        }
        float support = _supportClass >= 0 ? probabilities[_supportClass] : 0;
        if (counter >= CounterThreshold && counter >= support) return kind;
        if (support >= SupportThreshold) return LinkKind.Support;
        return null;
    }

    /// <summary>Orders a decided pair (x before y in the text) as (from, to): the answer is <c>to</c>.</summary>
    public static (int From, int To) Direct(LinkDocument doc, int x, int y, LinkKind kind)
    {
        if (kind is LinkKind.Denial or LinkKind.NotConfirmed && Answers(doc, x) && !Answers(doc, y)) return (y, x);
        return (x, y);
    }

    private static bool Answers(LinkDocument doc, int i)
    {
        var f = doc.Facts[i];
        return doc.Claims[i].CueKind == ClaimKind.Denial || doc.Claims[i].Kind == ClaimKind.Denial
            || ((f.Cue | f.Content) & (ClaimWord.Deny | ClaimWord.Doubt | ClaimWord.Falsity)) != 0
            || ((f.Frame | f.Content) & ClaimWord.Verdict) != 0 && (f.Frame & ClaimWord.Negation) != 0;
    }
}
