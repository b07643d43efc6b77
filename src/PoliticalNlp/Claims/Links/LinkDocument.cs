using System.Collections.Immutable;
using PoliticalNlp.Entities;

namespace PoliticalNlp.Claims.Links;

/// <summary>
/// One document as the link features read it: its claims with their <see cref="ClaimFacts"/> and content profiles,
/// the stem weights of the document, and the pairs the hand-written link rules proposed (a feature, not a decision).
/// Built once per document; every per-pair feature is then a constant-time look-up or a merge of two sorted arrays.
/// </summary>
internal sealed class LinkDocument
{
    private LinkDocument(string text, ImmutableArray<Claim> claims, ClaimFacts[] facts, ClaimProfile[] profiles, Dictionary<uint, double> weights,
        Dictionary<(int, int), LinkKind> rules, ImmutableArray<ClaimLink> ruleLinks)
    {
        RuleLinks = ruleLinks;
        Text = text;
        Claims = claims;
        Facts = facts;
        Profiles = profiles;
        Weights = weights;
        Rules = rules;
        SpeakerStems = new uint[claims.Length][];
        var scratch = new List<uint>();
        for (int i = 0; i < claims.Length; i++)
            SpeakerStems[i] = claims[i].Speaker is { } sp ? ClaimProfile.StemsOf(text.AsSpan(sp.Start, sp.End - sp.Start), scratch, out _) : [];
        FirstAccusation = -1;
        foreach (var c in claims) if (c.Kind == ClaimKind.Accusation) Charges++;
        for (int i = 0; i < claims.Length && FirstAccusation < 0; i++) if (claims[i].Kind == ClaimKind.Accusation) FirstAccusation = i;
        _shared = new double[claims.Length * LinkCandidates.Window];
        for (int i = 0; i < claims.Length; i++)
            for (int k = i + 1; k < claims.Length && k - i <= LinkCandidates.Window; k++)
                _shared[i * LinkCandidates.Window + k - i - 1] = ClaimLinker.Shared(profiles[i].Stems, profiles[k].Stems, weights);
        BestPartner = new int[claims.Length];
        for (int i = 0; i < claims.Length; i++) BestPartner[i] = FindBestPartner(i);
        foreach (var f in facts)
            if (f.Cue.HasFlag(ClaimWord.Deny) || (f.Content & (ClaimWord.Falsity | ClaimWord.Deny)) != 0) Denials++;
        Answers = new bool[claims.Length];
        for (int i = 0; i < claims.Length; i++) Answers[i] = LinkDecision.Answers(claims[i], facts[i]);
        AnsweringSides = CountAnsweringSides(profiles, Answers);
        Groups = new bool[claims.Length];
        for (int i = 0; i < claims.Length; i++) Groups[i] = LinkFeatures.IsGroup(claims[i]);
        OpensWithContrast = new bool[claims.Length];
        for (int i = 0; i < claims.Length; i++) OpensWithContrast[i] = ClaimLinker.OpensWithContrast(text, claims[i]);
    }

    public string Text { get; }

    public ImmutableArray<Claim> Claims { get; }

    public ClaimFacts[] Facts { get; }

    /// <summary>Per claim: does it answer another (<see cref="LinkDecision.Answers"/>)? Read for every candidate pair.</summary>
    public bool[] Answers { get; }

    public ClaimProfile[] Profiles { get; }

    /// <summary>Per claim: does its sentence open with a contrast word (<c>But …</c>) before the claim begins?</summary>
    public bool[] OpensWithContrast { get; }

    /// <summary>Stems many claims share say little about which two belong together.</summary>
    public Dictionary<uint, double> Weights { get; }

    /// <summary>The kind the link rules gave each pair they joined, keyed by (lower index, higher index).</summary>
    public Dictionary<(int, int), LinkKind> Rules { get; }

    /// <summary>The links the rules proposed, as they made them (the stage keeps those to narrated statements).</summary>
    public ImmutableArray<ClaimLink> RuleLinks { get; }

    /// <summary>How many claims deny or call something false: a document with one denial and many charges links them all.</summary>
    public int Denials { get; }

    private float[]? _xBlocks, _yBlocks;

    /// <summary>The features of claim <paramref name="i"/> as one end of a pair (x: the earlier), computed for all claims
    /// on first use (the stub that lays out the names has none yet).</summary>
    public ReadOnlySpan<float> EndBlock(int i, bool asX)
    {
        int length = LinkFeatures.EndBlockLength;
        if (length == 0 || Claims.IsEmpty) return default;
        ref var blocks = ref asX ? ref _xBlocks : ref _yBlocks;
        if (blocks is null)
        {
            var all = new float[Claims.Length * length];
            for (int k = 0; k < Claims.Length; k++) LinkFeatures.ComputeEnd(asX, Claims[k], Facts[k], Profiles[k], all.AsSpan(k * length, length));
            blocks = all;
        }
        return blocks.AsSpan(i * length, length);
    }

    /// <summary>The content stems of each claim's speaker span (empty without one).</summary>
    public uint[][] SpeakerStems { get; }

    // The weighted content two claims share, for every pair within the candidate window, computed once: read by the
    // best partner of each claim and by every candidate pair's features.
    private readonly double[] _shared;

    /// <summary>The weighted content stems claims <paramref name="a"/> and <paramref name="b"/> share
    /// (<see cref="ClaimLinker.Shared"/>); the two are at most <see cref="LinkCandidates.Window"/> claims apart.</summary>
    public double SharedContent(int a, int b)
    {
        if (a > b) (a, b) = (b, a);
        return _shared[a * LinkCandidates.Window + b - a - 1];
    }

    /// <summary>How many sources answer (deny, doubt, call false) in the document, counted up to 2: with one answering
    /// side, its denials answer every charge of the others.</summary>
    public int AnsweringSides { get; }

    /// <summary>Per claim: is its source an unnamed group (<see cref="LinkFeatures.IsGroup"/>)? Read for every candidate pair.</summary>
    public bool[] Groups { get; }

    private static int CountAnsweringSides(ClaimProfile[] profiles, bool[] answers)
    {
        int first = -1;
        for (int i = 0; i < answers.Length; i++)
        {
            if (!answers[i]) continue;
            if (first < 0) first = i;
            else if (profiles[first].OtherSourceThan(profiles[i])) return 2;
        }
        return first < 0 ? 0 : 1;
    }

    /// <summary>How many accusations the document reports.</summary>
    public int Charges { get; }

    /// <summary>The first accusation of the document (-1 when none): the charge a story's denials usually answer.</summary>
    public int FirstAccusation { get; }

    /// <summary>For each claim, the claim of another source within the candidate window that shares the most weighted
    /// content with it (-1 when none shares any): the one answered, not merely the nearest.</summary>
    public int[] BestPartner { get; }

    private int FindBestPartner(int claim)
    {
        var p = Profiles[claim];
        int lo = Math.Max(0, claim - LinkCandidates.Window), hi = Math.Min(Claims.Length - 1, claim + LinkCandidates.Window);
        double best = 0;
        int bestIndex = -1;
        for (int k = lo; k <= hi; k++)
        {
            if (k == claim || !p.OtherSourceThan(Profiles[k])) continue;
            double s = SharedContent(claim, k);
            if (s > best)
            {
                best = s;
                bestIndex = k;
            }
        }
        return bestIndex;
    }

    /// <summary>A two-claim document, enough to lay out the feature names.</summary>
    public static LinkDocument Stub()
    {
        const string text = "a b";
        ImmutableArray<Claim> claims =
        [
            new Claim { Id = "c1", Content = new TextSpan(0, 1, "a"), Kind = ClaimKind.Statement },
            new Claim { Id = "c2", Content = new TextSpan(2, 3, "b"), Kind = ClaimKind.Statement },
        ];
        return Build(text, [], [], claims, [], ClaimWords.Embedded);
    }

    /// <summary>Builds the document's facts and profiles once and runs the link rules over them.</summary>
    public static LinkDocument Build(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims,
        ImmutableArray<Entity> entities, ClaimWords words)
    {
        var facts = ClaimFacts.Of(text, tokens, sentences, claims, entities, words);
        var profiles = ClaimProfile.Build(text, claims, entities);
        var weights = ClaimLinker.StemWeights(profiles);
        var ruleLinks = ClaimLinker.Link(text, sentences, claims, entities, profiles, weights);
        var index = new Dictionary<string, int>(claims.Length, StringComparer.Ordinal);
        for (int i = 0; i < claims.Length; i++) index[claims[i].Id] = i;
        var rules = new Dictionary<(int, int), LinkKind>();
        foreach (var link in ruleLinks)
        {
            if (link.To is null || !index.TryGetValue(link.From, out int a) || !index.TryGetValue(link.To, out int b)) continue;
            rules.TryAdd((Math.Min(a, b), Math.Max(a, b)), link.Kind);
        }
        return new LinkDocument(text, claims, facts, profiles, weights, rules, ruleLinks);
    }
}
