using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace PoliticalNlp.Training;

/// <summary>
/// An experiment, not shipped: boosted trees (Microsoft.ML FastTree, one versus all) over the kind model's features,
/// cross-validated by document like <see cref="KindTrainer.CrossValidate"/>, to see whether interactions a linear model
/// cannot express (a future with a third-person subject, blame with a named party) carry the kind.
/// </summary>
internal static class KindTreeExperiment
{
    private sealed class Row
    {
        public string Label { get; set; } = "";

        public float[] Features { get; set; } = [];
    }

    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";
    }

    /// <summary>Out-of-fold accuracy of the trees on the rows of each fold (rows carry their fold).</summary>
    public static double CrossValidate(IReadOnlyList<(int Fold, string Label, float[] Features)> rows, int folds, int trees, int leaves, int minLeaf, TextWriter log)
    {
        int dim = rows[0].Features.Length, right = 0;
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        for (int fold = 0; fold < folds; fold++)
        {
            var train = rows.Where(r => r.Fold != fold).Select(r => new Row { Label = r.Label, Features = r.Features }).ToList();
            var data = ml.Data.LoadFromEnumerable(train, schema);
            var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label))
                .Append(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    NumberOfTrees = trees,
                    NumberOfLeaves = leaves,
                    MinimumExampleCountPerLeaf = minLeaf,
                    NumberOfThreads = 1,
                    LearningRate = 0.1,
                    FeatureColumnName = nameof(Row.Features),
                    LabelColumnName = "LabelKey",
                }), labelColumnName: "LabelKey"))
                .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(Prediction.PredictedLabel)));
            var model = pipeline.Fit(data);
            var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model, inputSchemaDefinition: schema);
            foreach (var r in rows.Where(r => r.Fold == fold))
                if (engine.Predict(new Row { Label = r.Label, Features = r.Features }).PredictedLabel == r.Label) right++;
        }
        double accuracy = right / Math.Max(1.0, rows.Count);
        log.WriteLine($"kinds: boosted trees ({trees} trees, {leaves} leaves, ≥ {minLeaf} a leaf), cross-validated: {accuracy:F3} of {rows.Count}");
        return accuracy;
    }
}
