namespace PoliticalNlp.Claims.Links;

/// <summary>
/// Turns the link model's class probabilities for a pair into a link, or none. The model says how likely the two are
/// linked at all and how; the decision adds one piece of logic it cannot learn from 60 articles: a claim that denies,
/// doubts or calls the other false never supports it, so between an answer and what it answers the support mass counts
/// for the counter kinds. A pair becomes a counter-claim when the counter kinds together reach <c>threshold.counter</c>
/// (its kind the likeliest of them), else support when it reaches <c>threshold.support</c>; at most
/// <c>links.per-claim</c> links a claim, the most confident first. Every kind has one direction: <c>from</c> is the claim
/// answered, <c>to</c> the claim that answers it — the denial, the verdict, or for contradiction, reversal and support
/// the later of the two.
/// </summary>
internal sealed class LinkDecision
{
    private static readonly LinkKind[] CounterKinds = [LinkKind.Denial, LinkKind.NotConfirmed, LinkKind.Contradiction, LinkKind.Reversal];

    private readonly int[] _counterClass;
    private readonly int _supportClass;

    /// <summary>A decision over a model's classes with the model's own settings.</summary>
    public LinkDecision(Models.LinearClassifier model)
        : this(model.Classes, model.Setting("threshold.counter", 0.5f), model.Setting("threshold.support", 0.5f),
              model.Setting("links.per-claim", 0) is >= 1 and var p ? (int)p : int.MaxValue)
    {
    }

    /// <summary>A decision over the given class names (<c>None</c> and the <see cref="LinkKind"/> names).</summary>
    public LinkDecision(string[] classes, float counterThreshold, float supportThreshold, int maxLinksPerClaim)
    {
        _counterClass = [.. CounterKinds.Select(k => Array.IndexOf(classes, k.ToString()))];
        _supportClass = Array.IndexOf(classes, nameof(LinkKind.Support));
        CounterThreshold = counterThreshold;
        SupportThreshold = supportThreshold;
        MaxLinksPerClaim = maxLinksPerClaim;
    }

    public float CounterThreshold { get; }

    public float SupportThreshold { get; }

    /// <summary>How many links one claim may take part in: a denial may answer several charges, but a claim linked to
    /// everything around it is the model being unsure, not a hub.</summary>
    public int MaxLinksPerClaim { get; }

    /// <summary>The link kind for the pair (<paramref name="x"/>, <paramref name="y"/>) of <paramref name="doc"/>, or null
    /// for no link; <paramref name="confidence"/> is the probability of the chosen family (counter or support).</summary>
    public LinkKind? Decide(LinkDocument doc, int x, int y, ReadOnlySpan<float> probabilities, out float confidence)
    {
        var kind = Decide(probabilities, Opposed(doc, x, y), out confidence);
        // One source answering itself is a change of position: in the 60 annotated articles every counter-link between
        // two claims of the same known source is a Reversal (14 of 14), a kind the model sees too rarely to learn.
        if (kind is LinkKind.Denial or LinkKind.NotConfirmed or LinkKind.Contradiction && SameSource(doc, x, y)) kind = LinkKind.Reversal;
        return kind;
    }

    /// <summary>True when both claims have a known source and it is the same one.</summary>
    public static bool SameSource(LinkDocument doc, int x, int y) =>
        doc.Profiles[x].Speaker is not null && doc.Profiles[y].Speaker is not null && !doc.Profiles[x].OtherSourceThan(doc.Profiles[y]);

    /// <summary>The link kind for a pair, or null for no link; <paramref name="confidence"/> is the probability of the
    /// chosen family (counter or support). <paramref name="opposed"/>: the two claims cannot agree (<see cref="Opposed"/>).</summary>
    public LinkKind? Decide(ReadOnlySpan<float> probabilities, bool opposed, out float confidence)
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
        if (opposed)
        {
            counter += support;
            support = 0;
        }
        confidence = 0;
        if (counter >= CounterThreshold && counter >= support)
        {
            confidence = counter;
            return kind;
        }
        if (support >= SupportThreshold)
        {
            confidence = support;
            return LinkKind.Support;
        }
        return null;
    }

    /// <summary>True when the two claims cannot agree: exactly one of them answers (denies, doubts, calls false), or they
    /// come from different sources and the later one's sentence opens by setting itself against what came before
    /// (<c>But the army said …</c>). In the 60 annotated articles, of the linked pairs of other sources whose later
    /// sentence has a contrast word, 33 are counter-links and 4 support; a contrast inside the sentence (<c>said … but
    /// condemned …</c>) may set the speaker's own two statements apart instead, so only an opening one counts.</summary>
    public static bool Opposed(LinkDocument doc, int x, int y) =>
        doc.Answers[x] != doc.Answers[y]
        || (doc.OpensWithContrast[y] && doc.Profiles[x].OtherSourceThan(doc.Profiles[y]));

    /// <summary>Keeps the most confident decided pairs such that no claim takes part in more than
    /// <see cref="MaxLinksPerClaim"/> links; <paramref name="decided"/> is reordered.</summary>
    public void Select(List<(int X, int Y, LinkKind Kind, float Confidence)> decided, int claimCount, List<(int X, int Y, LinkKind Kind, float Confidence)> kept) =>
        Select(decided, claimCount, MaxLinksPerClaim, kept);

    /// <summary>The selection of <see cref="Select(List{ValueTuple{int, int, LinkKind, float}}, int, List{ValueTuple{int, int, LinkKind, float}})"/> with a given bound.</summary>
    public static void Select(List<(int X, int Y, LinkKind Kind, float Confidence)> decided, int claimCount, int maxLinksPerClaim, List<(int X, int Y, LinkKind Kind, float Confidence)> kept)
    {
        kept.Clear();
        if (maxLinksPerClaim == int.MaxValue)
        {
            foreach (var d in decided) kept.Add(d);
            return;
        }
        decided.Sort((a, b) => b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence) : a.X != b.X ? a.X.CompareTo(b.X) : a.Y.CompareTo(b.Y));
        var counts = new int[claimCount];
        foreach (var d in decided)
        {
            if (counts[d.X] >= maxLinksPerClaim || counts[d.Y] >= maxLinksPerClaim) continue;
            counts[d.X]++;
            counts[d.Y]++;
            kept.Add(d);
        }
        kept.Sort((a, b) => a.Y != b.Y ? a.Y.CompareTo(b.Y) : a.X.CompareTo(b.X));
    }

    /// <summary>Orders a decided pair (x before y in the text) as (from, to): the answer is <c>to</c>.</summary>
    public static (int From, int To) Direct(LinkDocument doc, int x, int y, LinkKind kind)
    {
        if (kind is LinkKind.Denial or LinkKind.NotConfirmed && doc.Answers[x] && !doc.Answers[y]) return (y, x);
        return (x, y);
    }

    /// <summary>True when the claim answers another: it denies, doubts or calls something false, or is a negated verdict.</summary>
    public static bool Answers(Claim claim, in ClaimFacts f)
    {
        return claim.CueKind == ClaimKind.Denial || claim.Kind == ClaimKind.Denial
            || ((f.Cue | f.Content) & (ClaimWord.Deny | ClaimWord.Doubt | ClaimWord.Falsity)) != 0
            || ((f.Frame | f.Content) & ClaimWord.Verdict) != 0 && (f.Frame & ClaimWord.Negation) != 0;
    }
}
