using System.Buffers;
using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Models;

/// <summary>
/// Decodes a sentence with a <see cref="SequenceModel"/>: features per token, local label distributions
/// conditioned on the previous label, and the best whole-sentence label path (Viterbi) under BIO constraints.
/// Scratch space comes from the array pool: no allocation a token.
/// </summary>
internal static class SequenceDecoder
{
    /// <summary>How far (in log probability) a partial path may trail the best one and still be extended.</summary>
    private const float Beam = 12f;

    /// <summary>Labels the tokens of one sentence; <paramref name="probabilities"/> gets each chosen label's local probability.</summary>
    public static void Decode(SequenceModel model, in NerFeatures.Context ctx, Span<int> labels, Span<float> probabilities)
    {
        int n = ctx.Tokens.Length;
        if (n == 0) return;
        int c = model.LabelCount;
        int mask = model.FeatureMask;
        var pool = ArrayPool<float>.Shared;
        float[] baseScores = pool.Rent(n * c);
        float[] delta = pool.Rent(n * c);
        float[] chosen = pool.Rent(n * c);
        int[] back = ArrayPool<int>.Shared.Rent(n * c);
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        Span<float> local = stackalloc float[c];
        try
        {
            for (int i = 0; i < n; i++)
            {
                int count = NerFeatures.Extract(ctx, i, mask, features);
                model.Score(features[..count], baseScores.AsSpan(i * c, c));
            }

            for (int i = 0; i < n; i++)
            {
                var row = delta.AsSpan(i * c, c);
                var rowProb = chosen.AsSpan(i * c, c);
                row.Fill(float.NegativeInfinity);
                var word = ctx.Word(i);
                int firstPrev = i == 0 ? c : 0, lastPrev = i == 0 ? c : c - 1;
                float bestBefore = 0;
                if (i > 0)
                {
                    bestBefore = float.NegativeInfinity;
                    foreach (float d in delta.AsSpan((i - 1) * c, c)) bestBefore = Math.Max(bestBefore, d);
                }
                for (int p = firstPrev; p <= lastPrev; p++)
                {
                    float before = i == 0 ? 0f : delta[(i - 1) * c + p];
                    // A path this far behind the best (e^-Beam) cannot overtake it in practice; skipping it saves most
                    // of the softmaxes, as most tokens have one or two live previous labels.
                    if (float.IsNegativeInfinity(before) || before < bestBefore - Beam) continue;
                    baseScores.AsSpan(i * c, c).CopyTo(local);
                    var (alone, withShape, withWord) = NerFeatures.PreviousLabel(p, word, mask);
                    model.Add(alone, local);
                    model.Add(withShape, local);
                    model.Add(withWord, local);
                    LogSoftmax(local);
                    for (int k = 0; k < c; k++)
                    {
                        if (!model.IsAllowed(p, k)) continue;
                        float score = before + local[k];
                        if (score > row[k])
                        {
                            row[k] = score;
                            back[i * c + k] = p;
                            rowProb[k] = local[k];
                        }
                    }
                }
            }

            int best = 0;
            var last = delta.AsSpan((n - 1) * c, c);
            for (int k = 1; k < c; k++) if (last[k] > last[best]) best = k;
            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = best;
                probabilities[i] = MathF.Exp(chosen[i * c + best]);
                best = back[i * c + best];
            }
        }
        finally
        {
            pool.Return(baseScores);
            pool.Return(delta);
            pool.Return(chosen);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    private static void LogSoftmax(Span<float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores) max = Math.Max(max, s);
        float sum = 0;
        foreach (float s in scores) sum += MathF.Exp(s - max);
        float log = max + MathF.Log(sum);
        for (int k = 0; k < scores.Length; k++) scores[k] -= log;
    }
}
