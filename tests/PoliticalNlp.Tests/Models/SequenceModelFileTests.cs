using System.IO.Compression;
using PoliticalNlp.Models;

namespace PoliticalNlp.Tests.Models;

/// <summary>Entity model files: what loads and what is refused.</summary>
public class SequenceModelFileTests
{
    [Theory]
    [InlineData(1)] // the old feature indices
    [InlineData(2)] // no document memory features
    [InlineData(3)] // no capitalised-run or neighbour-class features
    public void A_model_of_an_older_format_is_refused_with_the_way_out(int version)
    {
        var file = new MemoryStream();
        file.Write("PNLPSEQ1"u8);
        using (var deflate = new DeflateStream(file, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate))
        {
            writer.Write(version);
            writer.Write(10);
            writer.Write(2);
        }
        file.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => SequenceModel.Load(file));
        Assert.Contains($"version {version}", error.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_scores()
    {
        var weights = new float[(1 << 10) * 3];
        for (int i = 0; i < weights.Length; i++) weights[i] = (i % 7 - 3) * 0.25f;
        var model = new SequenceModel(10, ["O", "B-PER", "I-PER"], weights, [0.5f, -0.25f, 0f]);
        var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = SequenceModel.Load(file);
        int[] features = [3, 700, 1023];
        Span<int> sums = stackalloc int[3], loadedSums = stackalloc int[3];
        sums.Clear();
        loadedSums.Clear();
        model.AddWeights(features, sums);
        loaded.AddWeights(features, loadedSums);
        Assert.Equal(sums.ToArray(), loadedSums.ToArray());
        Assert.False(loaded.IsAllowed(0, 2)); // O → I-PER breaks BIO
        Assert.True(loaded.IsAllowed(1, 2));
    }
}
