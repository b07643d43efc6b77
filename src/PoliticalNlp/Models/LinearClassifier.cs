using System.Text;

namespace PoliticalNlp.Models;

/// <summary>
/// A multiclass linear model over named dense features (the weights a Microsoft.ML maximum-entropy trainer learned,
/// exported by <c>PoliticalNlp.Training</c>): the model data only, with its own small binary format. Scoring is a dot
/// product a class and a softmax, without allocating. The feature names are stored so a model can be checked against
/// the features the runtime computes: a model trained on another feature layout is refused when loaded.
/// </summary>
internal sealed class LinearClassifier
{
    private const uint Magic = 0x434C4E50; // "PNLC"
    private const int FormatVersion = 1;

    public LinearClassifier(string name, string[] features, string[] classes, float[] weights, float[] biases, IReadOnlyDictionary<string, float> settings)
    {
        if (weights.Length != features.Length * classes.Length) throw new ArgumentException($"expected {features.Length * classes.Length} weights, got {weights.Length}", nameof(weights));
        if (biases.Length != classes.Length) throw new ArgumentException($"expected {classes.Length} biases, got {biases.Length}", nameof(biases));
        Name = name;
        Features = features;
        Classes = classes;
        Weights = weights;
        Biases = biases;
        Settings = settings;
    }

    /// <summary>What the model is for and which training run made it (written into the file).</summary>
    public string Name { get; }

    public string[] Features { get; }

    public string[] Classes { get; }

    /// <summary>Class-major: the weights of class c are <c>Weights[c * Features.Length ..]</c>.</summary>
    public float[] Weights { get; }

    public float[] Biases { get; }

    /// <summary>Named decision settings chosen with the model (thresholds), e.g. <c>threshold.counter</c>.</summary>
    public IReadOnlyDictionary<string, float> Settings { get; }

    public float Setting(string name, float fallback) => Settings.TryGetValue(name, out var v) ? v : fallback;

    public int ClassIndex(string name) => Array.IndexOf(Classes, name);

    /// <summary>Class probabilities (softmax of the linear scores) for one feature vector.</summary>
    public void Predict(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        var scores = probabilities[..Classes.Length];
        scores.Clear();
        AddScores(0, features[..Features.Length], scores);
        ToProbabilities(scores);
    }

    /// <summary>
    /// Adds to each class's score (<paramref name="scores"/>, one a class) the dot product of <paramref name="values"/>
    /// with that class's weights for the features <paramref name="firstFeature"/> onwards. A caller whose feature vector
    /// is made of parts (a block per item, then the features of a pair of items) scores each part once and adds.
    /// </summary>
    public void AddScores(int firstFeature, ReadOnlySpan<float> values, Span<float> scores)
    {
        int n = Features.Length;
        if ((uint)firstFeature > (uint)n || values.Length > n - firstFeature) throw new ArgumentOutOfRangeException(nameof(values), $"features {firstFeature}..{firstFeature + values.Length} are outside the model's {n}");
        // A dense dot product a class: with vector instructions it is faster than skipping the zero features one by one
        // (a row of about 230 features has about 20 non-zero ones, scattered, so the branch mispredicts).
        for (int c = 0; c < Classes.Length; c++) scores[c] += Dot(Weights.AsSpan(c * n + firstFeature, values.Length), values);
    }

    /// <summary>Turns the summed scores of <see cref="AddScores"/> into class probabilities, in place: adds each class's
    /// bias and takes the softmax.</summary>
    public void ToProbabilities(Span<float> scores)
    {
        int classes = Classes.Length;
        float max = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            float score = scores[c] + Biases[c];
            scores[c] = score;
            if (score > max) max = score;
        }
        float sum = 0;
        for (int c = 0; c < classes; c++) sum += scores[c] = MathF.Exp(scores[c] - max);
        for (int c = 0; c < classes; c++) scores[c] /= sum;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int i = 0;
        var acc = System.Numerics.Vector<float>.Zero;
        int width = System.Numerics.Vector<float>.Count;
        for (; i <= a.Length - width; i += width)
            acc += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
        float sum = System.Numerics.Vector.Sum(acc);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>Throws unless the model was trained on exactly <paramref name="runtimeFeatures"/>, in that order (or,
    /// with <paramref name="prefixOnly"/>, on them followed by features the model itself names, such as its vocabulary).</summary>
    public LinearClassifier RequireFeatures(string[] runtimeFeatures, bool prefixOnly = false)
    {
        bool same = prefixOnly
            ? Features.Length >= runtimeFeatures.Length && Features.AsSpan(0, runtimeFeatures.Length).SequenceEqual(runtimeFeatures)
            : Features.AsSpan().SequenceEqual(runtimeFeatures);
        if (!same)
        {
            int at = 0;
            while (at < Math.Min(Features.Length, runtimeFeatures.Length) && Features[at] == runtimeFeatures[at]) at++;
            throw new InvalidDataException(
                $"The model '{Name}' was trained on another feature layout ({Features.Length} features; the runtime computes {runtimeFeatures.Length}; first difference at {at}: " +
                $"'{(at < Features.Length ? Features[at] : "(end)")}' vs '{(at < runtimeFeatures.Length ? runtimeFeatures[at] : "(end)")}'). Retrain it with PoliticalNlp.Training.");
        }
        return this;
    }

    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Name);
        w.Write(Features.Length);
        foreach (var f in Features) w.Write(f);
        w.Write(Classes.Length);
        foreach (var c in Classes) w.Write(c);
        foreach (var x in Weights) w.Write(x);
        foreach (var b in Biases) w.Write(b);
        w.Write(Settings.Count);
        foreach (var (key, value) in Settings.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write(value);
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold a model of this format.</exception>
    public static LinearClassifier Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a PoliticalNlp linear model (bad magic number)");
            int version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"linear model format {version} is not supported (expected {FormatVersion})");
            string name = r.ReadString();
            var features = new string[Count(r.ReadInt32(), "features")];
            for (int i = 0; i < features.Length; i++) features[i] = r.ReadString();
            var classes = new string[Count(r.ReadInt32(), "classes")];
            for (int i = 0; i < classes.Length; i++) classes[i] = r.ReadString();
            var weights = new float[features.Length * classes.Length];
            for (int i = 0; i < weights.Length; i++) weights[i] = r.ReadSingle();
            var biases = new float[classes.Length];
            for (int i = 0; i < biases.Length; i++) biases[i] = r.ReadSingle();
            int settingCount = Count(r.ReadInt32(), "settings");
            var settings = new Dictionary<string, float>(settingCount, StringComparer.Ordinal);
            for (int i = 0; i < settingCount; i++) settings[r.ReadString()] = r.ReadSingle();
            return new LinearClassifier(name, features, classes, weights, biases, settings);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("linear model file is truncated", e);
        }
    }

    private static int Count(int value, string what) =>
        value is >= 0 and <= 1 << 20 ? value : throw new InvalidDataException($"linear model: implausible number of {what} ({value})");
}
