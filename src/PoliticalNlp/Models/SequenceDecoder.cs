using System.Buffers;
using System.Runtime.Intrinsics;
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
        int[] baseSums = ArrayPool<int>.Shared.Rent(n * c);
        float[] delta = pool.Rent(n * c);
        float[] chosen = pool.Rent(n * c);
        int[] back = ArrayPool<int>.Shared.Rent(n * c);
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        Span<int> nextFeatures = stackalloc int[NerFeatures.MaxFeatures];
        Span<int> sums = stackalloc int[c];
        Span<int> previous = stackalloc int[3];
        Span<float> local = stackalloc float[c];
        try
        {
            // The token's own features, summed once; each live previous label then adds its three.
            // The next token's features are hashed and their rows prefetched before this token's rows are summed.
            int count = NerFeatures.Extract(ctx, 0, mask, features);
            for (int i = 0; i < n; i++)
            {
                int nextCount = i + 1 < n ? NerFeatures.Extract(ctx, i + 1, mask, nextFeatures) : 0;
                model.Prefetch(nextFeatures[..nextCount]);
                var row = baseSums.AsSpan(i * c, c);
                row.Clear();
                model.AddWeights(features[..count], row);
                var done = features;
                features = nextFeatures;
                nextFeatures = done;
                count = nextCount;
            }

            for (int i = 0; i < n; i++)
            {
                var row = delta.AsSpan(i * c, c);
                var rowProb = chosen.AsSpan(i * c, c);
                row.Fill(float.NegativeInfinity);
                ref readonly var key = ref ctx.Keys[i];
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
                    baseSums.AsSpan(i * c, c).CopyTo(sums);
                    (previous[0], previous[1], previous[2]) = NerFeatures.PreviousLabel(p, key, mask);
                    model.AddWeights(previous, sums);
                    model.ToScores(sums, local);
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
            ArrayPool<int>.Shared.Return(baseSums);
            pool.Return(delta);
            pool.Return(chosen);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>Turns scores into log probabilities (log-softmax), four labels at a time.</summary>
    internal static void LogSoftmax(Span<float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores) max = Math.Max(max, s);
        float sum = 0;
        int k = 0;
        if (scores.Length >= 4)
        {
            var vmax = Vector128.Create(max);
            var total = Vector128<float>.Zero;
            for (; k + 4 <= scores.Length; k += 4) total += ExpOf(Vector128.Create<float>(scores[k..]) - vmax);
            sum = total[0] + total[1] + total[2] + total[3];
        }
        for (; k < scores.Length; k++) sum += ExpOf(scores[k] - max);
        float log = max + MathF.Log(sum);
        for (k = 0; k < scores.Length; k++) scores[k] -= log;
    }

    // e^x for x ≤ 0 (Cephes expf: x = n ln 2 + r, a degree-6 polynomial in r, times 2^n), in vector and scalar forms
    // doing the same operations, so a label's probability does not depend on its lane. MathF.Exp is a call per label,
    // and the softmaxes were a third of the decoder's time.
    private const float ExpLowest = -87.3f;
    private const float Log2E = 1.44269504088896341f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;
    private const float P0 = 1.9875691500e-4f, P1 = 1.3981999507e-3f, P2 = 8.3334519073e-3f, P3 = 4.1665795894e-2f, P4 = 1.6666665459e-1f, P5 = 5.0000001201e-1f;

    private static Vector128<float> ExpOf(Vector128<float> x)
    {
        x = Vector128.Max(x, Vector128.Create(ExpLowest));
        var n = Vector128.Floor(x * Vector128.Create(Log2E) + Vector128.Create(0.5f));
        x = x - n * Vector128.Create(Ln2High) - n * Vector128.Create(Ln2Low);
        var y = Vector128.Create(P0);
        y = y * x + Vector128.Create(P1);
        y = y * x + Vector128.Create(P2);
        y = y * x + Vector128.Create(P3);
        y = y * x + Vector128.Create(P4);
        y = y * x + Vector128.Create(P5);
        y = y * (x * x) + x + Vector128<float>.One;
        var scale = Vector128.ShiftLeft(Vector128.ConvertToInt32(n) + Vector128.Create(127), 23).AsSingle();
        return y * scale;
    }

    private static float ExpOf(float x)
    {
        x = Math.Max(x, ExpLowest);
        float n = MathF.Floor(x * Log2E + 0.5f);
        x = x - n * Ln2High - n * Ln2Low;
        float y = P0;
        y = y * x + P1;
        y = y * x + P2;
        y = y * x + P3;
        y = y * x + P4;
        y = y * x + P5;
        y = y * (x * x) + x + 1f;
        return y * BitConverter.Int32BitsToSingle(((int)n + 127) << 23);
    }
}
