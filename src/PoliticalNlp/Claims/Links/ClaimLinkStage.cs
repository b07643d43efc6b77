using System.Buffers;
using System.Collections.Immutable;
using PoliticalNlp.Models;

namespace PoliticalNlp.Claims.Links;

/// <summary>
/// The link stage: reads the document's claims and adds <see cref="ClaimLink"/>s. The hand-written rules
/// (<see cref="ClaimLinker"/>) propose links; every candidate pair of claims (<see cref="LinkCandidates"/>) is then
/// described by <see cref="LinkFeatures"/> (the rules' proposal among them) and scored by the learned link model; the
/// <see cref="LinkDecision"/> keeps a pair as a link of one kind and direction. Links from a claim to a narrated
/// statement that is not itself a claim (<c>There was no confirmation …</c>) come from the rules, when the model's
/// settings keep them (<c>rules.statements</c>).
/// </summary>
internal sealed class ClaimLinkStage
{
    public const string ResourceName = "PoliticalNlp.Models.links.bin";

    private static readonly Lazy<LinearClassifier> s_embedded = new(() =>
    {
        using var stream = typeof(ClaimLinkStage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded link model '{ResourceName}' is missing from the PoliticalNlp assembly.");
        return LinearClassifier.Read(stream).RequireFeatures(LinkFeatures.Names);
    });

    // The trace of a model link names the rule that proposed the same pair: one constant string a kind, nothing formatted.
    private static readonly string[] RuleNames = [.. Enum.GetNames<LinkKind>().Select(k => "rule " + k)];

    private readonly LinearClassifier _model;
    private readonly LinkDecision _decision;
    private readonly bool _ruleStatements;
    private readonly ClaimWords _words;

    public ClaimLinkStage(LinearClassifier model, ClaimWords words, LinkDecision? decision = null)
    {
        _model = model.RequireFeatures(LinkFeatures.Names);
        _decision = decision ?? new LinkDecision(model);
        _ruleStatements = model.Setting("rules.statements", 1f) > 0.5f;
        _words = words;
    }

    /// <summary>The model shipped in the package.</summary>
    public static LinearClassifier EmbeddedModel => s_embedded.Value;

    public ImmutableArray<ClaimLink> Link(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims, ImmutableArray<Entity> entities)
    {
        if (claims.IsEmpty) return ImmutableArray<ClaimLink>.Empty;
        var doc = LinkDocument.Build(text, tokens, sentences, claims, entities, _words);
        var links = ImmutableArray.CreateBuilder<ClaimLink>();
        if (_ruleStatements)
            foreach (var rule in doc.RuleLinks) if (rule.To is null) links.Add(rule);

        // A pair's features are the two ends' blocks and the pair's own; the model is linear, so each claim's blocks are
        // scored once (as the earlier end and as the later one) and a pair adds only the dot product of its own features.
        int classes = _model.Classes.Length, pairOffset = LinkFeatures.PairOffset, endLength = LinkFeatures.EndBlockLength;
        int pairCount = LinkFeatures.Count - pairOffset;
        float[] features = ArrayPool<float>.Shared.Rent(pairCount);
        float[] probabilities = ArrayPool<float>.Shared.Rent(classes);
        float[] endScores = ArrayPool<float>.Shared.Rent(2 * claims.Length * classes);
        try
        {
            var asX = endScores.AsSpan(0, claims.Length * classes);
            var asY = endScores.AsSpan(claims.Length * classes, claims.Length * classes);
            asX.Clear();
            asY.Clear();
            for (int i = 0; i < claims.Length; i++)
            {
                _model.AddScores(0, doc.EndBlock(i, asX: true), asX.Slice(i * classes, classes));
                _model.AddScores(endLength, doc.EndBlock(i, asX: false), asY.Slice(i * classes, classes));
            }
            var decided = new List<(int, int, LinkKind, float)>();
            foreach (var (x, y) in LinkCandidates.Of(doc))
            {
                var scores = probabilities.AsSpan(0, classes);
                for (int c = 0; c < classes; c++) scores[c] = asX[x * classes + c] + asY[y * classes + c];
                LinkFeatures.ComputePair(doc, x, y, features);
                _model.AddScores(pairOffset, features.AsSpan(0, pairCount), scores);
                _model.ToProbabilities(scores);
                if (_decision.Decide(doc, x, y, scores, out float confidence) is not { } kind) continue;
                decided.Add((x, y, kind, confidence));
            }
            var kept = new List<(int X, int Y, LinkKind Kind, float Confidence)>(decided.Count);
            _decision.Select(decided, claims.Length, kept);
            foreach (var (x, y, kind, confidence) in kept)
            {
                var (from, to) = LinkDecision.Direct(doc, x, y, kind);
                links.Add(new ClaimLink
                {
                    From = claims[from].Id, To = claims[to].Id, Kind = kind,
                    Confidence = confidence, Rule = doc.Rules.TryGetValue((x, y), out var rule) ? RuleNames[(int)rule] : null,
                });
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(features);
            ArrayPool<float>.Shared.Return(probabilities);
            ArrayPool<float>.Shared.Return(endScores);
        }
        return links.ToImmutable();
    }
}
