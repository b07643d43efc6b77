using System.Collections.Immutable;
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
        int matched = 0, ruleRight = 0, modelRight = 0;
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
                for (int c = 0; c < docs[d].Claims.Length; c++)
                {
                    if (Label(docs[d], c) is not { } gold) continue;
                    matched++;
                    if (docs[d].Claims[c].Kind.ToString() == gold) ruleRight++;
                    if (result[d][c].Kind.ToString() == gold) modelRight++;
                }
            }
        }
        log.WriteLine($"kinds: {matched} matched required claims; kind accuracy of the extraction rules {ruleRight / Math.Max(1.0, matched):F3}, " +
            $"of the learned model (cross-validated, {folds} folds by document, overriding the rules at p ≥ {Threshold}) {modelRight / Math.Max(1.0, matched):F3}");
        log.WriteLine("kinds: by override threshold: " + string.Join(", ", thresholds.Select((t, i) => $"{t:F1} → {rightAt[i] / Math.Max(1.0, matched):F3}")));
        return [.. result];
    }

    private static float[] Features(Input doc, int c, Lexicons.SpanLexicon<int> vocabulary, int count)
    {
        var features = new float[count];
        var content = doc.Claims[c].Content;
        KindFeatures.Compute(doc.Claims[c], doc.Facts[c], doc.Gold.Text, ClaimFacts.TokensIn(doc.Analyzed.Tokens.AsSpan(), content.Start, content.End), vocabulary, features);
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

    private static string? Label(Input doc, int claim) =>
        doc.ToGold[claim] is { } g && !doc.Gold.Claims[g].Optional ? doc.Gold.Claims[g].Kind.ToString() : null;

    public static LinearClassifier Train(IEnumerable<Input> trainingDocs, float l2, string name, int minClaims = 5)
    {
        var docs = trainingDocs.ToList();
        string[] names = [.. KindFeatures.Names, .. minClaims > 0 ? LearnVocabulary(docs, minClaims).Select(w => KindFeatures.WordPrefix + w) : []];
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
