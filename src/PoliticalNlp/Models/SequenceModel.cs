using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace PoliticalNlp.Models;

/// <summary>
/// A linear sequence tagger over hashed features (a maximum-entropy Markov model): per-label weights for every
/// feature, including previous-label features, decoded over the whole sentence by Viterbi with BIO constraints.
/// The model is a read-only object shared by all threads.
/// </summary>
/// <remarks>
/// File format, version 5: the ASCII magic <c>PNLPSEQ1</c>, then a deflated body: int32 version, int32 feature bits,
/// int32 label count, the labels (length-prefixed UTF-8), float32 scale, the biases (float32 a label), then the weights
/// as int16 (weight = value × scale), feature-major. Version 2 has the layout of version 1 and other feature indices
/// (features hashed from <see cref="Entities.TokenKey"/>); version 3 has the layout of version 2 and adds the document
/// memory's features (<see cref="Entities.DocumentMemory"/>), whose templates version 2 weights never saw; version 4 adds
/// the capitalised-run and neighbour-class features (<see cref="Entities.NerFeatures"/>); version 5 adds the survey of
/// the whole document's casing (<see cref="Entities.DocumentMemory.SurveyCapitals"/>) and tags sentences in capitals last. An older
/// file would load and tag with weights learned for other features, so it is refused.
/// </remarks>
internal sealed class SequenceModel
{
    private static ReadOnlySpan<byte> Magic => "PNLPSEQ1"u8;
    private const int FormatVersion = 5;

    // Weights stay 16-bit in memory as on disk ([feature * labelCount + label], value × _scale): half the cache
    // footprint of floats, and the model scored is exactly the model shipped.
    // Padded by RowPadding zeros at the end, so that one 16-lane load at any row stays inside the array.
    private readonly short[] _weights;
    private const int RowPadding = 16;
    private readonly float _scale;
    private readonly float[] _biases;
    private readonly bool[] _allowed; // [previous (labelCount = start) × labelCount + current]

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
        _weights = new short[weights.Length + RowPadding];
        weights.CopyTo(_weights, 0);
        _scale = scale;
        _biases = biases;
        _allowed = new bool[(labels.Length + 1) * labels.Length];
        for (int p = 0; p <= labels.Length; p++)
        {
            for (int c = 0; c < labels.Length; c++)
            {
                _allowed[p * labels.Length + c] = !labels[c].StartsWith("I-", StringComparison.Ordinal)
                    || (p < labels.Length && labels[p].Length > 2 && labels[p].AsSpan(2).SequenceEqual(labels[c].AsSpan(2)));
            }
        }
    }

    public int FeatureBits { get; }

    public int FeatureMask => (1 << FeatureBits) - 1;

    /// <summary>The labels, BIO-style (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, …).</summary>
    public string[] Labels { get; }

    public int LabelCount => Labels.Length;

    /// <summary>
    /// Adds the 16-bit weights of <paramref name="features"/> to <paramref name="sums"/> (one a label, unscaled):
    /// integer sums, eight labels at a time, turned into scores once by <see cref="ToScores"/>.
    /// </summary>
    public void AddWeights(ReadOnlySpan<int> features, Span<int> sums)
    {
        int labels = LabelCount;
        if (sums.Length < labels) throw new ArgumentException("sums must hold one value a label", nameof(sums));
        ref short weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref int total = ref MemoryMarshal.GetReference(sums);
        if (labels == 9 && Vector128.IsHardwareAccelerated)
        {
            // Nine labels (BIO over four types): 18 bytes a row, read as 16 and 2 so that a read touches a second
            // cache line only when the row itself crosses one (a 32-byte read did so for half the rows).
            var low = Vector128<int>.Zero;
            var high = Vector128<int>.Zero;
            int ninth = 0;
            foreach (int f in features)
            {
                nuint at = (nuint)((uint)f * 9u);
                var (lower, upper) = Vector128.Widen(Vector128.LoadUnsafe(ref weights, at));
                low += lower;
                high += upper;
                ninth += Unsafe.Add(ref weights, at + 8);
            }
            (Vector128.LoadUnsafe(ref total) + low).StoreUnsafe(ref total);
            (Vector128.LoadUnsafe(ref total, 4) + high).StoreUnsafe(ref total, 4);
            sums[8] += ninth;
            return;
        }
        if (Vector256.IsHardwareAccelerated && labels is >= 8 and <= 16)
        {
            // One load a feature reads its whole row (and the start of the next, whose lanes are left out).
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            foreach (int f in features)
            {
                // Feature indices are masked to the feature space, so every row lies inside the (padded) weights.
                var row = Vector256.LoadUnsafe(ref weights, (nuint)((uint)f * (uint)labels));
                low += Vector256.WidenLower(row);
                high += Vector256.WidenUpper(row);
            }
            (Vector256.LoadUnsafe(ref total) + low).StoreUnsafe(ref total);
            for (int l = 8; l < labels; l++) sums[l] += high.GetElement(l - 8);
            return;
        }
        int k = 0;
        for (; k + 8 <= labels; k += 8)
        {
            var low = Vector128.LoadUnsafe(ref total, (nuint)k);
            var high = Vector128.LoadUnsafe(ref total, (nuint)(k + 4));
            foreach (int f in features)
            {
                // Feature indices are masked to the feature space, so every row lies inside the weights.
                var row = Vector128.LoadUnsafe(ref weights, (nuint)((uint)f * (uint)labels + (uint)k));
                low += Vector128.WidenLower(row);
                high += Vector128.WidenUpper(row);
            }
            low.StoreUnsafe(ref total, (nuint)k);
            high.StoreUnsafe(ref total, (nuint)(k + 4));
        }
        for (; k < labels; k++)
        {
            int sum = 0;
            foreach (int f in features) sum += _weights[f * labels + k];
            sums[k] += sum;
        }
    }

    /// <summary>
    /// Asks the processor to bring the weight rows of <paramref name="features"/> into cache ahead of
    /// <see cref="AddWeights"/>: the rows are scattered over a table larger than the cache, and fetching the next
    /// token's rows while this token's features are hashed hides most of the wait.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<int> features)
    {
        if (!Sse.IsSupported) return;
        int labels = LabelCount;
        fixed (short* weights = _weights)
        {
            foreach (int f in features) Sse.Prefetch0(weights + (uint)f * (uint)labels);
        }
    }

    /// <summary>The scores (<paramref name="scores"/>, one a label) of summed weights: bias + sum × scale.</summary>
    public void ToScores(ReadOnlySpan<int> sums, Span<float> scores)
    {
        for (int c = 0; c < LabelCount; c++) scores[c] = _biases[c] + sums[c] * _scale;
    }

    public bool IsAllowed(int previous, int current) => _allowed[previous * Labels.Length + current];

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
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"unsupported sequence model version {version} (this library reads {FormatVersion}"
                + (version is 1 or 2 or 3 or 4 ? $"; version {version} models were trained on other features: retrain with this version's trainer)" : ")"));
        }
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
        var raw = new byte[(_weights.Length - RowPadding) * 2];
        for (int i = 0; i < _weights.Length - RowPadding; i++)
        {
            short q = _weights[i];
            raw[2 * i] = (byte)q;
            raw[2 * i + 1] = (byte)(q >> 8);
        }
        deflate.Write(raw);
    }
}
