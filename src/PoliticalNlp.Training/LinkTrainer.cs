using System.Collections.Immutable;
using PoliticalNlp.Claims;
using PoliticalNlp.Claims.Links;
using PoliticalNlp.Models;

namespace PoliticalNlp.Training;

/// <summary>
/// Learns the link model from the annotated articles: every candidate pair of the pipeline's own claims
/// (<see cref="LinkCandidates"/>) is labelled with the gold link it would match under the scorer's rules (both ends the
/// same claim, or for an end the scorer cannot match to a claim, the same sentence), or None; a Microsoft.ML maximum
/// entropy model is trained over <see cref="LinkFeatures"/>. Figures are cross-validated by document: each document's
/// links come from a model, and thresholds, chosen without it (thresholds by an inner cross-validation of the
/// training documents alone).
/// </summary>
internal static class LinkTrainer
{
    public static readonly string[] Classes = ["None", .. Enum.GetNames<LinkKind>()];

    internal sealed record Pair(int Doc, int X, int Y, float[] Features, string Label, LinkDocument Links);

    internal sealed record Prepared(GoldDocument Gold, AnalyzedDocument Analyzed, ImmutableArray<Claim> Claims, LinkDocument Links, ImmutableArray<ClaimLink> RuleLinks, List<Pair> Pairs);

    public sealed record Settings(int Folds, int InnerFolds, float L2, float KindL2, bool WithGoldPairs, string? Experiment = null, bool SkipCrossValidation = false);

    /// <summary>Prepares every document's candidate pairs, from the pipeline's claims and, as a diagnostic, from the gold claims.</summary>
    public static List<(Prepared Pipeline, Prepared Gold)> Prepare(IReadOnlyList<GoldDocument> docs, Settings settings, TextWriter log)
    {
        var analyzer = new PoliticalTextAnalyzer();
        var cues = CueLexicon.Embedded;
        var inputs = new List<KindTrainer.Input>(docs.Count);
        foreach (var gold in docs)
        {
            var analyzed = analyzer.Analyze(gold.Text, gold.Id, learnedStages: false, CancellationToken.None);
            var facts = ClaimFacts.Of(gold.Text, analyzed.Tokens.AsSpan(), analyzed.Sentences.AsSpan(), analyzed.Claims, analyzed.Entities, ClaimWords.Embedded);
            inputs.Add(new KindTrainer.Input(gold, analyzed, analyzed.Claims, facts, ClaimMatching.Match(gold, analyzed.Claims)));
        }
        if (settings.Experiment == "kinds")
        {
            // A learned kind model, cross-validated against the rules' kinds (not shipped: it does not beat them).
            KindTrainer.CrossValidate(inputs, settings.Folds, settings.KindL2, log);
            return [];
        }

        var result = new List<(Prepared, Prepared)>(docs.Count);
        for (int d = 0; d < docs.Count; d++)
        {
            var gold = docs[d];
            var analyzed = inputs[d].Analyzed;
            var pipeline = PrepareOne(d, gold, analyzed, analyzed.Claims, inputs[d].ToGold);
            var goldClaims = GoldClaims(gold, cues);
            var identity = Enumerable.Range(0, goldClaims.Length).Select(i => (int?)i).ToArray();
            var withGold = PrepareOne(d, gold, analyzed, goldClaims, identity);
            result.Add((pipeline, withGold));
        }
        log.WriteLine($"links: {docs.Count} documents, {result.Sum(r => r.Item1.Pairs.Count)} candidate pairs of pipeline claims " +
            $"({result.Sum(r => r.Item1.Pairs.Count(p => p.Label != "None"))} linked), {result.Sum(r => r.Item2.Pairs.Count)} of gold claims " +
            $"({result.Sum(r => r.Item2.Pairs.Count(p => p.Label != "None"))} linked), {LinkFeatures.Count} features");
        return result;
    }

    private static Prepared PrepareOne(int d, GoldDocument gold, AnalyzedDocument analyzed, ImmutableArray<Claim> claims, int?[] toGold)
    {
        var sentences = analyzed.Sentences.AsSpan();
        var links = LinkDocument.Build(gold.Text, analyzed.Tokens.AsSpan(), sentences, claims, analyzed.Entities, ClaimWords.Embedded);
        var pairs = new List<Pair>();
        var goldIndex = gold.Claims.Select((c, i) => (c.Id, i)).ToDictionary(t => t.Id, t => t.i);
        foreach (var (x, y) in LinkCandidates.Of(links))
        {
            var label = Label(gold, goldIndex, claims, toGold, x, y);
            if (label is null) continue; // matches only an optional link: neither rewarded nor punished, so not learned
            var features = new float[LinkFeatures.Count];
            LinkFeatures.Compute(links, x, y, features);
            pairs.Add(new Pair(d, x, y, features, label, links));
        }
        return new Prepared(gold, analyzed, claims, links, links.RuleLinks, pairs);
    }

    /// <summary>The gold link the pair would match under score.py's rules: its kind, "None", or null for an optional link.</summary>
    private static string? Label(GoldDocument gold, Dictionary<string, int> goldIndex, ImmutableArray<Claim> claims, int?[] toGold, int x, int y) =>
        ClaimMatching.GoldLinkOf(gold, goldIndex, toGold, (x, claims[x].Content.Start, claims[x].Content.End), (y, claims[y].Content.Start, claims[y].Content.End)) switch
        {
            null => "None",
            { Optional: true } => null,
            { } link => link.Kind.ToString(),
        };

    private static ImmutableArray<Claim> GoldClaims(GoldDocument gold, CueLexicon cues)
    {
        string text = gold.Text;
        var claims = ImmutableArray.CreateBuilder<Claim>(gold.Claims.Count);
        foreach (var c in gold.Claims.OrderBy(c => c.Content.Start))
        {
            var cueKind = ClaimKind.Statement;
            if (c.Cue is { } cue)
            {
                foreach (var word in text[cue.Start..cue.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (cues.TryGetKind(word, out var k) && k != ClaimKind.Statement) cueKind = k;
            }
            claims.Add(new Claim
            {
                Id = c.Id,
                Speaker = c.Speaker is { } s ? TextSpan.Of(text, s.Start, s.End) : null,
                SpeakerCanonical = c.SpeakerCanonical,
                Cue = c.Cue is { } u ? TextSpan.Of(text, u.Start, u.End) : null,
                Content = TextSpan.Of(text, c.Content.Start, c.Content.End),
                Kind = c.Kind,
                Direct = c.Direct,
                CueKind = cueKind,
            });
        }
        return claims.MoveToImmutable();
    }

    /// <summary>How pairs become links: the two thresholds and the bound on links a claim.</summary>
    public sealed record DecisionSettings(float Counter, float Support, int PerClaim);

    /// <summary>Cross-validates over documents (each document's links decided by a model, thresholds and bound chosen
    /// without it) and writes the predicted documents (claims + links) for score.py.</summary>
    public static void CrossValidate(IReadOnlyList<Prepared> test, IReadOnlyList<Prepared> extraTraining, Settings settings, string outputPath, TextWriter log)
    {
        var decisions = new Dictionary<(int Doc, int X, int Y), LinkKind>();
        for (int fold = 0; fold < settings.Folds; fold++)
        {
            var trainDocs = test.Select((p, i) => (p, i)).Where(t => t.i % settings.Folds != fold).Select(t => t.p).ToList();
            var extra = extraTraining.Select((p, i) => (p, i)).Where(t => t.i % settings.Folds != fold).Select(t => t.p).ToList();
            var chosen = InnerDecisionSettings(trainDocs, extra, settings);
            var model = Train(trainDocs.Concat(extra).SelectMany(p => p.Pairs), settings.L2, chosen, "cv");
            var scored = new List<(Pair Pair, float[] Probabilities)>();
            for (int d = fold; d < test.Count; d += settings.Folds)
                foreach (var pair in test[d].Pairs) scored.Add((pair, Predict(model, pair)));
            foreach (var (pair, kind) in Decide(scored, chosen)) decisions[(pair.Doc, pair.X, pair.Y)] = kind;
            log.WriteLine($"links: fold {fold + 1}/{settings.Folds}: thresholds counter {chosen.Counter:F2} support {chosen.Support:F2}, ≤ {chosen.PerClaim} links a claim");
        }
        WriteDocuments(test, decisions, outputPath);
        var (tp, fp, fn) = PairCounts(test.SelectMany(p => p.Pairs), pair => decisions.TryGetValue((pair.Doc, pair.X, pair.Y), out var k) ? k : null, counter: true);
        log.WriteLine($"links: cross-validated pair-level counter P {tp / Math.Max(1.0, tp + fp):F3} R {tp / Math.Max(1.0, tp + fn):F3} → {outputPath}");
    }

    private static float[] Predict(LinearClassifier model, Pair pair)
    {
        var p = new float[Classes.Length];
        model.Predict(pair.Features, p);
        return p;
    }

    /// <summary>The links the decision makes of scored pairs: thresholds a pair, then the bound a claim per document.</summary>
    private static IEnumerable<(Pair Pair, LinkKind Kind)> Decide(List<(Pair Pair, float[] Probabilities)> scored, DecisionSettings settings)
    {
        var decision = new LinkDecision(Classes, settings.Counter, settings.Support, settings.PerClaim);
        foreach (var doc in scored.GroupBy(s => s.Pair.Doc))
        {
            var pairs = new Dictionary<(int, int), Pair>();
            var decided = new List<(int X, int Y, LinkKind Kind, float Confidence)>();
            var links = doc.First().Pair.Links;
            foreach (var (pair, p) in doc)
            {
                if (decision.Decide(links, pair.X, pair.Y, p, out float confidence) is not { } kind) continue;
                decided.Add((pair.X, pair.Y, kind, confidence));
                pairs[(pair.X, pair.Y)] = pair;
            }
            var kept = new List<(int X, int Y, LinkKind Kind, float Confidence)>();
            decision.Select(decided, links.Claims.Length, kept);
            foreach (var (x, y, kind, _) in kept) yield return (pairs[(x, y)], kind);
        }
    }

    /// <summary>Thresholds and bound chosen by an inner cross-validation of the training documents alone.</summary>
    private static DecisionSettings InnerDecisionSettings(IReadOnlyList<Prepared> docs, IReadOnlyList<Prepared> extra, Settings settings)
    {
        var scored = new List<(Pair Pair, float[] Probabilities)>();
        var neutral = new DecisionSettings(0.5f, 0.5f, int.MaxValue);
        for (int fold = 0; fold < settings.InnerFolds; fold++)
        {
            var train = docs.Where((_, i) => i % settings.InnerFolds != fold).Concat(extra.Where((_, i) => i % settings.InnerFolds != fold)).SelectMany(p => p.Pairs);
            var model = Train(train, settings.L2, neutral, "inner");
            for (int d = fold; d < docs.Count; d += settings.InnerFolds)
                foreach (var pair in docs[d].Pairs) scored.Add((pair, Predict(model, pair)));
        }
        return ChooseDecisionSettings(scored);
    }

    /// <summary>The bound and thresholds with the best pair-level F1 — or, where F1 is flat, the most precise setting
    /// within 5% of the best: a reader is better served by fewer links that are more often right.</summary>
    private static DecisionSettings ChooseDecisionSettings(List<(Pair Pair, float[] Probabilities)> scored)
    {
        var counter = new List<(DecisionSettings Settings, double F, double P)>();
        foreach (int perClaim in new[] { 2, 3, 4, int.MaxValue })
        {
            for (float t = 0.04f; t <= 0.901f; t += t < 0.2f ? 0.02f : 0.05f)
            {
                var candidate = new DecisionSettings(t, 2f, perClaim);
                var decided = Decide(scored, candidate).ToDictionary(d => d.Pair, d => d.Kind);
                var c = PairCounts(scored.Select(s => s.Pair), p => decided.TryGetValue(p, out var k) ? k : null, counter: true);
                counter.Add((candidate, F1(c), Precision(c)));
            }
        }
        var best = MostPrecise(counter);
        var support = new List<(DecisionSettings Settings, double F, double P)>();
        for (float t = 0.04f; t <= 0.901f; t += t < 0.2f ? 0.02f : 0.05f)
        {
            var candidate = best with { Support = t };
            var decided = Decide(scored, candidate).ToDictionary(d => d.Pair, d => d.Kind);
            var c = PairCounts(scored.Select(s => s.Pair), p => decided.TryGetValue(p, out var k) ? k : null, counter: false);
            support.Add((candidate, F1(c), Precision(c)));
        }
        return MostPrecise(support);
    }

    private static DecisionSettings MostPrecise(List<(DecisionSettings Settings, double F, double P)> candidates)
    {
        double bestF = candidates.Max(c => c.F);
        return candidates.Where(c => c.F >= 0.95 * bestF).OrderByDescending(c => c.P).ThenByDescending(c => c.F).First().Settings;
    }

    private static double Precision((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);

    private static double F1((int Tp, int Fp, int Fn) c) => F1(c.Tp, c.Fp, c.Fn);

    private static (int Tp, int Fp, int Fn) PairCounts(IEnumerable<Pair> pairs, Func<Pair, LinkKind?> decide, bool counter) =>
        PairCounts(pairs, pairs.Select(decide), counter);

    private static (int Tp, int Fp, int Fn) PairCounts(IEnumerable<Pair> pairs, IEnumerable<LinkKind?> decisions, bool counter)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (pair, decision) in pairs.Zip(decisions))
        {
            bool predicted = decision is { } k && (k == LinkKind.Support) != counter;
            bool gold = pair.Label != "None" && (pair.Label == nameof(LinkKind.Support)) != counter;
            if (predicted && gold) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
        }
        return (tp, fp, fn);
    }

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);

    /// <summary>Trains the maximum-entropy link model on the pairs and exports it with the given decision settings.</summary>
    public static LinearClassifier Train(IEnumerable<Pair> pairs, float l2, DecisionSettings decision, string name)
    {
        var settings = new Dictionary<string, float>
        {
            ["threshold.counter"] = decision.Counter,
            ["threshold.support"] = decision.Support,
            ["links.per-claim"] = decision.PerClaim == int.MaxValue ? 0 : decision.PerClaim,
            ["rules.statements"] = 1,
        };
        return MaximumEntropyTrainer.Train(pairs.Select(p => (p.Label, p.Features)), Classes, LinkFeatures.Names, l2, 200, $"links {name}", settings);
    }

    private static void WriteDocuments(IReadOnlyList<Prepared> docs, Dictionary<(int Doc, int X, int Y), LinkKind> decisions, string path)
    {
        using var writer = new StreamWriter(path);
        for (int d = 0; d < docs.Count; d++)
        {
            var p = docs[d];
            var links = ImmutableArray.CreateBuilder<ClaimLink>();
            foreach (var rule in p.RuleLinks) if (rule.To is null) links.Add(rule);
            foreach (var ((doc, x, y), kind) in decisions.OrderBy(k => k.Key))
            {
                if (doc != d) continue;
                var (from, to) = LinkDecision.Direct(p.Links, x, y, kind);
                links.Add(new ClaimLink { From = p.Claims[from].Id, To = p.Claims[to].Id, Kind = kind });
            }
            var a = p.Analyzed;
            var doc2 = new AnalyzedDocument(p.Gold.Id, p.Gold.Text, a.Tokens, a.Sentences, a.Entities, p.Claims, links.ToImmutable());
            writer.WriteLine(doc2.ToJson());
        }
    }

    /// <summary>A span's text on one line of a table: tabs and line breaks become spaces.</summary>
    private static string OneLine(string? text) => (text ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>The <c>links</c> command: cross-validated figures on pipeline and gold claims, then the shipped model.</summary>
    public static int Run(string evalDir, string modelPath, string cvPrefix, Settings settings, TextWriter log)
    {
        var docs = GoldDocument.ReadAnnotated(evalDir);
        var prepared = Prepare(docs, settings, log);
        if (settings.Experiment == "kinds") return 0;
        if (settings.Experiment == "dump")
        {
            foreach (var (name, set) in new[] { ("pipeline", prepared.Select(p => p.Pipeline)), ("gold", prepared.Select(p => p.Gold)) })
            {
                using var w = new StreamWriter($"{cvPrefix}.{name}.pairs.tsv");
                w.WriteLine("doc\tx\ty\tlabel\t" + string.Join('\t', LinkFeatures.Names));
                foreach (var p in set)
                    foreach (var pair in p.Pairs)
                        w.WriteLine($"{pair.Doc}\t{pair.X}\t{pair.Y}\t{pair.Label}\t" + string.Join('\t', pair.Features.Select(f => f.ToString("G4", System.Globalization.CultureInfo.InvariantCulture))));
                // Each claim's words, for experiments that read the contents (tools/claim-embeddings): one line a claim,
                // its document's index in the set as the pair table numbers documents.
                using var cw = new StreamWriter($"{cvPrefix}.{name}.claims.tsv");
                cw.WriteLine("doc\tclaim\tspeaker\tcue\tcontent");
                foreach (var (p, doc) in set.Select((p, doc) => (p, doc)))
                    for (int i = 0; i < p.Claims.Length; i++)
                    {
                        var c = p.Claims[i];
                        cw.WriteLine($"{doc}\t{i}\t{OneLine(c.Speaker?.Text)}\t{OneLine(c.Cue?.Text)}\t{OneLine(c.Content.Text)}");
                    }
            }
            return 0;
        }
        var pipeline = prepared.Select(p => p.Pipeline).ToList();
        var gold = prepared.Select(p => p.Gold).ToList();
        if (!settings.SkipCrossValidation)
        {
            CrossValidate(pipeline, settings.WithGoldPairs ? gold : [], settings, cvPrefix + ".pipeline.jsonl", log);
            CrossValidate(gold, [], settings, cvPrefix + ".gold.jsonl", log);
        }
        var chosen = InnerDecisionSettings(pipeline, settings.WithGoldPairs ? gold : [], settings with { InnerFolds = settings.Folds });
        var model = Train(pipeline.Concat(settings.WithGoldPairs ? gold : []).SelectMany(p => p.Pairs), settings.L2, chosen, $"all {docs.Count} documents");
        using (var stream = File.Create(modelPath)) model.Write(stream);
        log.WriteLine($"links: thresholds counter {chosen.Counter:F2} support {chosen.Support:F2}, ≤ {chosen.PerClaim} links a claim → {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB)");
        return 0;
    }
}
