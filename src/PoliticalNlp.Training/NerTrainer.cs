using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;

namespace PoliticalNlp.Training;

/// <summary>
/// Trains the entity tagger with Microsoft.ML: one sparse row a token (hashed features, including the gold previous
/// label, as a maximum-entropy Markov model), multiclass maximum entropy by SDCA, weights exported to a
/// <see cref="SequenceModel"/> that the runtime scores with its own code. The document memory's features read the gold
/// labels of the document's earlier sentences (the runtime reads its own predictions there).
/// </summary>
internal sealed class NerTrainer(Gazetteer gazetteer, WordClasses wordClasses, int featureBits, TextWriter log)
{
    private sealed class Row
    {
        public string Label { get; set; } = "";
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>Whose labels the document memory reads while training.</summary>
    public enum MemoryLabels
    {
        /// <summary>The gold labels of the earlier sentences: one training, but the runtime never sees labels that clean.</summary>
        Gold,

        /// <summary>
        /// The labels a first model (the same features without the memory) predicts for the earlier sentences: two
        /// trainings, and the memory is as noisy in training as the runtime's own.
        /// </summary>
        Predicted,
    }

    public SequenceModel Train(IReadOnlyList<TaggedSentence> sentences, string[] labels, int passes, float? l2, MemoryLabels memoryLabels = MemoryLabels.Gold)
    {
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var matches = new List<GazetteerMatch>();
        var annotated = sentences.Select(s => AnnotatedSentence.Of(s, gazetteer, wordClasses, matches)).ToList();
        var gold = sentences.Select(s => s.Tags.Select(t => labelIndex.TryGetValue(t, out int l) ? l
            : throw new InvalidDataException($"tag '{t}' is not one of the labels {string.Join(", ", labels)}")).ToArray()).ToList();
        if (memoryLabels == MemoryLabels.Gold) return Fit(Rows(sentences, annotated, gold, labels, gold), labels, passes, l2);

        log.WriteLine("train: first pass, without the document memory");
        var first = Fit(Rows(sentences, annotated, gold, labels, memoryFrom: null), labels, passes, l2);
        var predicted = new List<int[]>(annotated.Count);
        foreach (var a in annotated)
        {
            var decoded = new int[a.Tokens.Length];
            SequenceDecoder.Decode(first, a.Context, decoded, new float[a.Tokens.Length]);
            predicted.Add(decoded);
        }
        log.WriteLine("train: second pass, the memory reading the first pass's labels");
        return Fit(Rows(sentences, annotated, gold, labels, predicted), labels, passes, l2);
    }

    /// <summary>One row a token; with <paramref name="memoryFrom"/>, the document memory's features read those labels of the earlier sentences.</summary>
    private List<Row> Rows(IReadOnlyList<TaggedSentence> sentences, List<AnnotatedSentence> annotated, List<int[]> gold, string[] labels, List<int[]>? memoryFrom)
    {
        int dim = 1 << featureBits;
        int mask = dim - 1;
        var rows = new List<Row>(sentences.Sum(s => s.Words.Length));
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures + 3];
        var memory = DocumentMemory.Rent();
        var memoryTypes = DocumentMemory.TypeIndexes(labels);
        var begins = DocumentMemory.Begins(labels);
        foreach (var (start, end) in Documents(sentences))
        {
            memory.Clear();
            if (memoryFrom is not null) SurveyDocument(memory, sentences, s => (annotated[s].Text, annotated[s].Tokens), start, end);
            foreach (int s in TaggingOrder(start, end, s => DocumentMemory.IsShouting(annotated[s].Text, annotated[s].Tokens)))
            {
                var sentence = annotated[s];
                var ctx = memoryFrom is null ? sentence.Context : sentence.ContextWith(memory);
                for (int i = 0; i < sentence.Tokens.Length; i++)
                {
                    int previous = i == 0 ? labels.Length : gold[s][i - 1];
                    int count = NerFeatures.Extract(ctx, i, mask, features);
                    var (alone, withShape, withWord) = NerFeatures.PreviousLabel(previous, ctx.Keys[i], mask);
                    features[count++] = alone;
                    features[count++] = withShape;
                    features[count++] = withWord;
                    var indices = features[..count].ToArray();
                    Array.Sort(indices);
                    int unique = 0;
                    for (int k = 0; k < indices.Length; k++) if (k == 0 || indices[k] != indices[k - 1]) indices[unique++] = indices[k];
                    var values = new float[unique];
                    Array.Fill(values, 1f);
                    rows.Add(new Row { Label = labels[gold[s][i]], Features = new VBuffer<float>(dim, unique, values, indices[..unique]) });
                }
                if (memoryFrom is not null) memory.Record(sentence.Text, sentence.Tokens, sentence.Keys, memoryFrom[s], memoryTypes, begins);
            }
        }
        DocumentMemory.Return(memory);
        log.WriteLine($"train: {sentences.Count} sentences, {rows.Count} tokens, {labels.Length} labels, 2^{featureBits} features");
        return rows;
    }

    /// <summary>The documents of a corpus as sentence ranges [start, end): each starts at a sentence marked
    /// <see cref="TaggedSentence.StartsDocument"/> (the first sentence starts one either way).</summary>
    internal static IEnumerable<(int Start, int End)> Documents(IReadOnlyList<TaggedSentence> sentences)
    {
        int start = 0;
        for (int s = 1; s <= sentences.Count; s++)
        {
            if (s < sentences.Count && !sentences[s].StartsDocument) continue;
            yield return (start, s);
            start = s;
        }
    }

    /// <summary>The order the runtime tags a document's sentences in: sentences in capitals last (<see cref="DocumentMemory.IsShouting"/>).</summary>
    internal static IEnumerable<int> TaggingOrder(int start, int end, Func<int, bool> shouting)
    {
        for (int pass = 0; pass < 2; pass++)
            for (int s = start; s < end; s++)
                if (shouting(s) == (pass == 1)) yield return s;
    }

    /// <summary>Surveys the sentences [<paramref name="start"/>, <paramref name="end"/>) of one document as the runtime does
    /// (<see cref="DocumentMemory.SurveyCapitals"/>, then <see cref="DocumentMemory.SurveyLowerCase"/>), each laid out by <paramref name="layout"/>.</summary>
    internal static void SurveyDocument(DocumentMemory memory, IReadOnlyList<TaggedSentence> sentences, Func<int, (string Text, Token[] Tokens)> layout, int start, int end)
    {
        for (int s = start; s < end; s++) if (!sentences[s].IsCopy) memory.SurveyCapitals(layout(s).Text, layout(s).Tokens);
        for (int s = start; s < end; s++) if (!sentences[s].IsCopy) memory.SurveyLowerCase(layout(s).Text, layout(s).Tokens);
    }

    private SequenceModel Fit(List<Row> rows, string[] labels, int passes, float? l2)
    {
        int dim = 1 << featureBits;
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        // The key order is the label order given, so class k of the weights is labels[k].
        var keyData = ml.Data.LoadFromEnumerable(labels.Select(l => new { Label = l }));
        var toKey = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label), keyData: keyData);
        var trainer = toKey.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = nameof(Row.Features),
            MaximumNumberOfIterations = passes,
            L2Regularization = l2 ?? 1e-6f,
            L1Regularization = 0f,
            Shuffle = true,
            // One thread: parallel SDCA updates race, and the shipped model must come out the same bit for bit.
            NumberOfThreads = 1,
        }));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var transformer = trainer.Fit(data).LastTransformer;
        log.WriteLine($"train: SDCA maximum entropy, {passes} passes, {watch.Elapsed.TotalSeconds:F1} s");

        VBuffer<float>[] weights = [];
        transformer.Model.GetWeights(ref weights, out int classes);
        if (classes != labels.Length) throw new InvalidOperationException($"trainer returned {classes} classes, expected {labels.Length}");
        var dense = new float[dim * classes];
        for (int c = 0; c < classes; c++)
        {
            foreach (var (index, value) in weights[c].Items()) dense[index * classes + c] = value;
        }
        var biases = transformer.Model.GetBiases().ToArray();
        int nonZero = dense.Count(w => w != 0);
        float maxAbs = dense.Max(Math.Abs);
        log.WriteLine($"train: {nonZero} non-zero weights, max |w| {maxAbs:G4}, mean |w| {dense.Where(w => w != 0).DefaultIfEmpty(0).Average(Math.Abs):G4}, biases {string.Join(' ', biases.Select(b => b.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        return new SequenceModel(featureBits, labels, dense, biases);
    }
}
