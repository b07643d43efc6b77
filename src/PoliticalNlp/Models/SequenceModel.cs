using System.IO.Compression;
using System.Text;

namespace PoliticalNlp.Models;

/// <summary>
/// A linear sequence tagger over hashed features (a maximum-entropy Markov model): per-label weights for every
/// feature, including previous-label features, decoded over the whole sentence by Viterbi with BIO constraints.
/// The model is a read-only object shared by all threads.
/// </summary>
/// <remarks>
/// File format, version 1: the ASCII magic <c>PNLPSEQ1</c>, then a deflated body: int32 version, int32 feature bits,
/// int32 label count, the labels (length-prefixed UTF-8), float32 scale, the biases (float32 a label), then the weights
/// as int16 (weight = value × scale), feature-major.
/// </remarks>
internal sealed class SequenceModel
{
    private static ReadOnlySpan<byte> Magic => "PNLPSEQ1"u8;
    private const int FormatVersion = 1;

    // Weights stay 16-bit in memory as on disk ([feature * labelCount + label], value × _scale): half the cache
    // footprint of floats, and the model scored is exactly the model shipped.
    private readonly short[] _weights;
    private readonly float _scale;
    private readonly float[] _biases;
    private readonly bool[,] _allowed; // [previous (labelCount = start), current]

    /// <summary>A model from trained weights, quantised to 16 bits (weights below half a quantum become zero).</summary>
    public SequenceModel(int featureBits, string[] labels, float[] weights, float[] biases)
        : this(featureBits, labels, Quantize(weights, out float scale), scale, biases)
    {
    }

    private static short[] Quantize(float[] weights, out float scale)
    {
        float max = 1e-6f;
        foreach (float w in weights) max = Math.Max(max, Math.Abs(w));
        scale = max / short.MaxValue;
        var quantized = new short[weights.Length];
        for (int i = 0; i < weights.Length; i++) quantized[i] = (short)Math.Clamp(MathF.Round(weights[i] / scale), short.MinValue, short.MaxValue);
        return quantized;
    }

    private SequenceModel(int featureBits, string[] labels, short[] weights, float scale, float[] biases)
    {
        if (featureBits is < 10 or > 26) throw new ArgumentOutOfRangeException(nameof(featureBits), featureBits, "expected 10 to 26 feature bits");
        if (labels.Length < 2) throw new ArgumentException("a model needs at least two labels", nameof(labels));
        if (weights.Length != (1 << featureBits) * labels.Length) throw new ArgumentException("weights must hold one value a feature and label", nameof(weights));
        if (biases.Length != labels.Length) throw new ArgumentException("biases must hold one value a label", nameof(biases));
        FeatureBits = featureBits;
        Labels = labels;
        _weights = weights;
        _scale = scale;
        _biases = biases;
        _allowed = new bool[labels.Length + 1, labels.Length];
        for (int p = 0; p <= labels.Length; p++)
        {
            for (int c = 0; c < labels.Length; c++)
            {
                _allowed[p, c] = !labels[c].StartsWith("I-", StringComparison.Ordinal)
                    || (p < labels.Length && labels[p].Length > 2 && labels[p].AsSpan(2).SequenceEqual(labels[c].AsSpan(2)));
            }
        }
    }

    public int FeatureBits { get; }

    public int FeatureMask => (1 << FeatureBits) - 1;

    /// <summary>The labels, BIO-style (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, …).</summary>
    public string[] Labels { get; }

    public int LabelCount => Labels.Length;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one per label).</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        int labels = LabelCount;
        Span<int> sums = stackalloc int[labels];
        sums.Clear();
        foreach (int f in features)
        {
            var row = _weights.AsSpan(f * labels, labels);
            for (int c = 0; c < row.Length; c++) sums[c] += row[c];
        }
        for (int c = 0; c < labels; c++) scores[c] = _biases[c] + sums[c] * _scale;
    }

    public void Add(int feature, Span<float> scores)
    {
        var row = _weights.AsSpan(feature * LabelCount, LabelCount);
        for (int c = 0; c < row.Length; c++) scores[c] += row[c] * _scale;
    }

    public bool IsAllowed(int previous, int current) => _allowed[previous, current];

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a PoliticalNlp sequence model.</exception>
    public static SequenceModel Load(Stream stream)
    {
        Span<byte> magic = stackalloc byte[8];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic)) throw new InvalidDataException("not a PoliticalNlp sequence model (bad magic)");
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(deflate, Encoding.UTF8);
        int version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"unsupported sequence model version {version} (this library reads {FormatVersion})");
        int bits = reader.ReadInt32();
        int labelCount = reader.ReadInt32();
        if (bits is < 10 or > 26 || labelCount is < 2 or > 256) throw new InvalidDataException("corrupt sequence model header");
        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++) labels[i] = reader.ReadString();
        float scale = reader.ReadSingle();
        var biases = new float[labelCount];
        for (int i = 0; i < labelCount; i++) biases[i] = reader.ReadSingle();
        var weights = new short[(1 << bits) * labelCount];
        var raw = new byte[weights.Length * 2];
        deflate.ReadExactly(raw);
        for (int i = 0; i < weights.Length; i++) weights[i] = (short)(raw[2 * i] | (raw[2 * i + 1] << 8));
        if (!(scale > 0) || float.IsInfinity(scale)) throw new InvalidDataException("corrupt sequence model scale");
        return new SequenceModel(bits, labels, weights, scale, biases);
    }

    /// <summary>Saves the model: its 16-bit weights and their scale.</summary>
    public void Save(Stream stream)
    {
        stream.Write(Magic);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8);
        writer.Write(FormatVersion);
        writer.Write(FeatureBits);
        writer.Write(LabelCount);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(_scale);
        foreach (float b in _biases) writer.Write(b);
        writer.Flush();
        var raw = new byte[_weights.Length * 2];
        for (int i = 0; i < _weights.Length; i++)
        {
            short q = _weights[i];
            raw[2 * i] = (byte)q;
            raw[2 * i + 1] = (byte)(q >> 8);
        }
        deflate.Write(raw);
    }
}
