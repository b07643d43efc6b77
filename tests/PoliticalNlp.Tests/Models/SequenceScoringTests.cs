using PoliticalNlp.Models;

namespace PoliticalNlp.Tests.Models;

/// <summary>The tagger's vectorised arithmetic: weight sums and the log-softmax with its own exponential.</summary>
public class SequenceScoringTests
{
    private static SequenceModel ModelWithIntegerWeights(int labels, out float[] weights)
    {
        const int bits = 10;
        weights = new float[(1 << bits) * labels];
        var random = new Random(7);
        for (int i = 0; i < weights.Length; i++) weights[i] = random.Next(-32767, 32768);
        weights[0] = 32767; // the largest weight sets the scale to 1: the quantised weights are these integers
        return new SequenceModel(bits, ["O", .. Enumerable.Range(1, labels - 1).Select(k => $"B-T{k}")], weights, new float[labels]);
    }

    [Theory]
    [InlineData(9)]  // the shipped model: one 16-lane load a row, the row after it left out
    [InlineData(5)]
    [InlineData(17)]
    public void Weight_sums_are_the_sums_of_each_features_row_and_touch_no_other_label(int labels)
    {
        var model = ModelWithIntegerWeights(labels, out var weights);
        int[] features = [0, 1023, 512, 7, 7, 1022];
        var sums = new int[labels + 8];
        Array.Fill(sums, 5);
        model.AddWeights(features, sums.AsSpan(0, labels));
        for (int k = 0; k < labels; k++)
        {
            long expected = 5;
            foreach (int f in features) expected += (long)weights[f * labels + k];
            Assert.Equal(expected, sums[k]);
        }
        for (int k = labels; k < sums.Length; k++) Assert.Equal(5, sums[k]);
    }

    [Fact]
    public void Log_softmax_matches_the_library_exponential_and_sums_to_one()
    {
        float[] scores = [3.5f, -2f, 0f, 11.25f, -40f, 7f, 7f, -0.001f, 95f];
        var expected = new double[scores.Length];
        double max = scores.Max(), total = scores.Sum(s => Math.Exp(s - max));
        for (int k = 0; k < scores.Length; k++) expected[k] = scores[k] - max - Math.Log(total);
        SequenceDecoder.LogSoftmax(scores);
        for (int k = 0; k < scores.Length; k++) Assert.Equal(expected[k], scores[k], 4);
        Assert.Equal(1.0, scores.Sum(s => Math.Exp(s)), 5);
    }
}
