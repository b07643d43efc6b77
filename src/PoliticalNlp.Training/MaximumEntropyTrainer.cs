using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PoliticalNlp.Models;

namespace PoliticalNlp.Training;

/// <summary>
/// Trains a Microsoft.ML L-BFGS maximum-entropy model over dense named features and exports it as our own
/// <see cref="LinearClassifier"/>: the one learner of the claim-kind experiment and the link model. One thread and a
/// fixed seed, so a retrain reproduces the file bit for bit.
/// </summary>
internal static class MaximumEntropyTrainer
{
    private sealed class Row
    {
        public string Label { get; set; } = "";

        public float[] Features { get; set; } = [];
    }

    /// <param name="examples">Labels (each one of <paramref name="classes"/>) with feature vectors as long as <paramref name="features"/>.</param>
    /// <param name="classes">The class names, in the order the exported model keeps them.</param>
    /// <param name="features">The feature names the vectors follow.</param>
    /// <param name="l2">The L2 weight of the regulariser.</param>
    /// <param name="iterations">The most L-BFGS iterations.</param>
    /// <param name="name">The model's name, written into the file.</param>
    /// <param name="settings">Decision settings to store with the weights.</param>
    public static LinearClassifier Train(IEnumerable<(string Label, float[] Features)> examples, string[] classes, string[] features, float l2,
        int iterations, string name, IReadOnlyDictionary<string, float> settings)
    {
        int dim = features.Length;
        var rows = examples.Select(e => new Row { Label = e.Label, Features = e.Features }).ToList();
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        // The key order is the class order given, so class k of the weights is classes[k].
        var keyData = ml.Data.LoadFromEnumerable(classes.Select(c => new { Label = c }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label), keyData: keyData)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(Row.Features),
                L2Regularization = l2,
                L1Regularization = 0,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = iterations,
            }));
        var model = pipeline.Fit(data).LastTransformer.Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out int count);
        if (count != classes.Length) throw new InvalidOperationException($"trainer returned {count} classes, expected {classes.Length}");
        var dense = new float[count * dim];
        for (int c = 0; c < count; c++)
            foreach (var (index, value) in weights[c].Items()) dense[c * dim + index] = value;
        return new LinearClassifier($"{name}: maximum entropy, L2 {l2}, {rows.Count} examples", features, classes, dense, model.GetBiases().ToArray(), settings);
    }
}
