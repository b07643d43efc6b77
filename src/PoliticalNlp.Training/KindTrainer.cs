using System.Collections.Immutable;
using PoliticalNlp.Claims;
using PoliticalNlp.Claims.Links;
using PoliticalNlp.Models;

namespace PoliticalNlp.Training;

/// <summary>
/// Learns the claim-kind model: each claim the pipeline extracts that matches a required gold claim (score.py's
/// matching) is a training example labelled with the gold kind; a Microsoft.ML maximum-entropy model is trained over
/// <see cref="KindFeatures"/>. Cross-validated by document: every document's kinds come from a model that never saw it.
/// </summary>
internal static class KindTrainer
{
    public static readonly string[] Classes = Enum.GetNames<ClaimKind>();

    /// <summary>A content word joins the vocabulary when this many training claims hold it (0: no words).</summary>
    public static int MinClaims { get; set; } = 5;

    /// <summary>The model overrides the rules' kind only at this probability or above (0: always).</summary>
    public static float Threshold { get; set; }

    /// <summary>One document's extracted claims, their facts and, for each, the gold claim it matches (or null).</summary>
    public sealed record Input(GoldDocument Gold, AnalyzedDocument Analyzed, ImmutableArray<Claim> Claims, ClaimFacts[] Facts, int?[] ToGold);

    /// <summary>Out-of-fold kinds for every document's claims, and the kind accuracy on matched required claims.</summary>
    public static List<ImmutableArray<Claim>> CrossValidate(IReadOnlyList<Input> docs, int folds, float l2, TextWriter log)
    {
        var result = new ImmutableArray<Claim>[docs.Count];
        var changes = new SortedDictionary<string, (int Right, int Wrong)>(StringComparer.Ordinal);
        int matched = 0, ruleRight = 0, modelRight = 0, heldMatched = 0, heldRuleRight = 0, heldModelRight = 0;
        float[] thresholds = [0f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f];
        var rightAt = new int[thresholds.Length];
        for (int fold = 0; fold < folds; fold++)
        {
            var model = Train(docs.Where((_, i) => i % folds != fold), l2, "cv", MinClaims);
            for (int d = fold; d < docs.Count; d += folds)
            {
                result[d] = Classify(docs[d], model, Threshold);
                for (int t = 0; t < thresholds.Length; t++)
                {
                    var at = Classify(docs[d], model, thresholds[t]);
                    for (int c = 0; c < at.Length; c++) if (Label(docs[d], c) is { } g && at[c].Kind.ToString() == g) rightAt[t]++;
                }
                bool heldOut = IsHeldOut(docs[d].Gold.Id);
                for (int c = 0; c < docs[d].Claims.Length; c++)
                {
                    if (Label(docs[d], c) is not { } gold) continue;
                    matched++;
                    if (docs[d].Claims[c].Kind.ToString() == gold) ruleRight++;
                    if (result[d][c].Kind.ToString() == gold) modelRight++;
                    if (result[d][c].Kind != docs[d].Claims[c].Kind && !heldOut)
                    {
                        var key = $"{docs[d].Claims[c].Kind}→{result[d][c].Kind}";
                        var (right, wrong) = changes.GetValueOrDefault(key);
                        changes[key] = result[d][c].Kind.ToString() == gold ? (right + 1, wrong) : docs[d].Claims[c].Kind.ToString() == gold ? (right, wrong + 1) : (right, wrong);
                    }
                    if (!heldOut) continue;
                    heldMatched++;
                    if (docs[d].Claims[c].Kind.ToString() == gold) heldRuleRight++;
                    if (result[d][c].Kind.ToString() == gold) heldModelRight++;
                }
            }
        }
        if (Distant is not null) DistantReport(docs, log);
        if (Trees > 0) TreeReport(docs, folds, log);
        log.WriteLine($"kinds: {matched} matched required claims; kind accuracy of the extraction rules {ruleRight / Math.Max(1.0, matched):F3}, " +
            $"of the learned model (cross-validated, {folds} folds by document, overriding the rules at p ≥ {Threshold}) {modelRight / Math.Max(1.0, matched):F3}");
        log.WriteLine("kinds: the model's changes to the rules' kind on the read sets (rules → model: fixed/broken): " +
            string.Join(", ", changes.Select(kv => $"{kv.Key} {kv.Value.Right}/{kv.Value.Wrong}")));
        log.WriteLine($"kinds: held-out articles (train-t41…t50, aggregate only): {heldMatched} matched, rules {heldRuleRight / Math.Max(1.0, heldMatched):F3}, model {heldModelRight / Math.Max(1.0, heldMatched):F3}");
        log.WriteLine("kinds: by override threshold: " + string.Join(", ", thresholds.Select((t, i) => $"{t:F1} → {rightAt[i] / Math.Max(1.0, matched):F3}")));
        return [.. result];
    }

    /// <summary>Whether the content's word-class bag (<see cref="ContentClassFeatures"/>) joins the features.</summary>
    public static bool WithClasses { get; set; }

    /// <summary>The distant content model (<see cref="DistantKindTrainer"/>) whose scores join the features, if any.</summary>
    public static LinearClassifier? Distant { get; set; }

    /// <summary>
    /// The value of the rules' own kind features (<c>rule.*</c>): above 1 it lowers their penalty under L2, so a strongly
    /// regularised model keeps the rules' kind unless the other features outweigh it.
    /// </summary>
    public static float RuleScale { get; set; } = 1;

    private static readonly Lazy<bool[]> s_ruleFeature = new(() => [.. KindFeatures.Names.Select(n => n.StartsWith("rule.", StringComparison.Ordinal))]);

    private static readonly Lazy<Lexicons.WordClasses> s_classes = new(Lexicons.WordClasses.LoadEmbedded);

    private static string[] DistantNames =>
        [.. DistantKindTrainer.Classes.SelectMany(k => new[] { $"distant.{k}", $"distant.{k}&rule-statement", $"distant.{k}&neutral-cue" })];

    /// <summary>The names of the experiment's extra features, written after the fixed ones and before the words.</summary>
    private static string[] ExtraNames => [.. WithClasses ? ContentClassFeatures.Names : [], .. Distant is null ? [] : DistantNames];

    private static float[] Features(Input doc, int c, Lexicons.SpanLexicon<int> vocabulary, int count)
    {
        var features = new float[count];
        var content = doc.Claims[c].Content;
        var tokens = ClaimFacts.TokensIn(doc.Analyzed.Tokens.AsSpan(), content.Start, content.End);
        KindFeatures.Compute(doc.Claims[c], doc.Facts[c], doc.Gold.Text, tokens, vocabulary, features);
        if (RuleScale != 1)
            for (int i = 0; i < KindFeatures.Count; i++) if (s_ruleFeature.Value[i]) features[i] *= RuleScale;
        int at = KindFeatures.Count;
        if (!WithClasses && Distant is null) return features;
        var bag = new float[ContentClassFeatures.NamesWithWords.Length];
        ContentClassFeatures.ComputeWithWords(doc.Gold.Text, tokens, s_classes.Value, bag);
        if (WithClasses)
        {
            bag.AsSpan(0, ContentClassFeatures.Count).CopyTo(features.AsSpan(at));
            at += ContentClassFeatures.Count;
        }
        if (Distant is { } distant)
        {
            var p = new float[distant.Classes.Length];
            distant.Predict(bag, p);
            bool ruleStatement = doc.Claims[c].Kind == ClaimKind.Statement, neutral = doc.Facts[c].CueClass is < 0 or (int)CueClass.Neutral;
            for (int k = 0; k < p.Length; k++)
            {
                features[at++] = p[k];
                features[at++] = ruleStatement ? p[k] : 0;
                features[at++] = neutral ? p[k] : 0;
            }
        }
        return features;
    }

    /// <summary>The content words of at least <paramref name="minClaims"/> labelled claims, lower case, sorted.</summary>
    private static string[] LearnVocabulary(IEnumerable<Input> docs, int minClaims)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            for (int c = 0; c < doc.Claims.Length; c++)
            {
                if (Label(doc, c) is null) continue;
                var content = doc.Claims[c].Content;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var token in ClaimFacts.TokensIn(doc.Analyzed.Tokens.AsSpan(), content.Start, content.End))
                    if (token.Kind == TokenKind.Word && token.Length >= 3) seen.Add(token.GetText(doc.Gold.Text).ToLowerInvariant());
                foreach (var w in seen) counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }
        return [.. counts.Where(kv => kv.Value >= minClaims).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    public static ImmutableArray<Claim> Classify(Input doc, LinearClassifier model) => Classify(doc, model, model.Setting("threshold.override", 0));

    /// <summary>The model's kind for each claim where its probability reaches <paramref name="threshold"/>; elsewhere the
    /// kind the extraction rules read.</summary>
    public static ImmutableArray<Claim> Classify(Input doc, LinearClassifier model, float threshold)
    {
        var vocabulary = KindFeatures.Vocabulary(model.Features);
        var probabilities = new float[model.Classes.Length];
        var claims = ImmutableArray.CreateBuilder<Claim>(doc.Claims.Length);
        for (int c = 0; c < doc.Claims.Length; c++)
        {
            var features = Features(doc, c, vocabulary, model.Features.Length);
            model.Predict(features, probabilities);
            int best = 0;
            for (int k = 1; k < probabilities.Length; k++) if (probabilities[k] > probabilities[best]) best = k;
            claims.Add(probabilities[best] >= threshold ? doc.Claims[c] with { Kind = Enum.Parse<ClaimKind>(model.Classes[best]) } : doc.Claims[c]);
        }
        return claims.MoveToImmutable();
    }

    /// <summary>When above 0, boosted trees of this many trees are cross-validated too (<see cref="KindTreeExperiment"/>).</summary>
    public static int Trees { get; set; }

    private static void TreeReport(IReadOnlyList<Input> docs, int folds, TextWriter log)
    {
        string[] names = [.. KindFeatures.Names, .. ExtraNames];
        var vocabulary = KindFeatures.Vocabulary(names);
        var rows = new List<(int, string, float[])>();
        for (int d = 0; d < docs.Count; d++)
            for (int c = 0; c < docs[d].Claims.Length; c++)
                if (Label(docs[d], c) is { } label) rows.Add((d % folds, label, Features(docs[d], c, vocabulary, names.Length)));
        foreach (var (leaves, minLeaf) in new[] { (4, 10), (8, 10), (8, 20) })
            KindTreeExperiment.CrossValidate(rows, folds, Trees, leaves, minLeaf, log);
    }

    /// <summary>How the distant content model alone reads the matched claims: gold kind × its most probable kind, and
    /// among the claims the rules call Statement, how often gold says otherwise by the model's Statement probability.</summary>
    private static void DistantReport(IReadOnlyList<Input> docs, TextWriter log)
    {
        var distant = Distant!;
        var confusion = new Dictionary<(string, string), int>();
        var bins = new (int Total, int Other)[5];
        var p = new float[distant.Classes.Length];
        var bag = new float[ContentClassFeatures.NamesWithWords.Length];
        foreach (var doc in docs)
        {
            for (int c = 0; c < doc.Claims.Length; c++)
            {
                if (Label(doc, c) is not { } gold) continue;
                var content = doc.Claims[c].Content;
                ContentClassFeatures.ComputeWithWords(doc.Gold.Text, ClaimFacts.TokensIn(doc.Analyzed.Tokens.AsSpan(), content.Start, content.End), s_classes.Value, bag);
                distant.Predict(bag, p);
                int best = 0;
                for (int k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
                confusion[(gold, distant.Classes[best])] = confusion.GetValueOrDefault((gold, distant.Classes[best])) + 1;
                if (doc.Claims[c].Kind != ClaimKind.Statement) continue;
                int bin = Math.Min(4, (int)(p[0] * 5));
                bins[bin].Total++;
                if (gold != "Statement") bins[bin].Other++;
            }
        }
        log.WriteLine("distant: gold × distant argmax: " + string.Join("; ", confusion.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key.Item1}→{kv.Key.Item2} {kv.Value}")));
        log.WriteLine("distant: rule Statement claims by distant p(Statement) bin: " + string.Join(", ", bins.Select((b, i) => $"[{i * 0.2:F1},{(i + 1) * 0.2:F1}) {b.Other}/{b.Total} not Statement")));
    }

    /// <summary>True for the held-out annotated articles (<c>train-t41</c> … <c>train-t50</c>), reported only in aggregate.</summary>
    private static bool IsHeldOut(string id) =>
        id.StartsWith("train-t", StringComparison.Ordinal) && int.TryParse(id.AsSpan(7), System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 40;

    private static string? Label(Input doc, int claim) =>
        doc.ToGold[claim] is { } g && !doc.Gold.Claims[g].Optional ? doc.Gold.Claims[g].Kind.ToString() : null;

    public static LinearClassifier Train(IEnumerable<Input> trainingDocs, float l2, string name, int minClaims = 5)
    {
        var docs = trainingDocs.ToList();
        string[] names = [.. KindFeatures.Names, .. ExtraNames, .. minClaims > 0 ? LearnVocabulary(docs, minClaims).Select(w => KindFeatures.WordPrefix + w) : []];
        int dim = names.Length;
        var vocabulary = KindFeatures.Vocabulary(names);
        var rows = new List<(string Label, float[] Features)>();
        foreach (var doc in docs)
        {
            for (int c = 0; c < doc.Claims.Length; c++)
            {
                if (Label(doc, c) is not { } label) continue;
                rows.Add((label, Features(doc, c, vocabulary, dim)));
            }
        }
        return MaximumEntropyTrainer.Train(rows, Classes, names, l2, 300, $"kinds {name}",
            new Dictionary<string, float> { ["threshold.override"] = Threshold });
    }
}
