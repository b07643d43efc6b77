using System.IO.Compression;
using System.Text;
using PoliticalNlp.Entities;

namespace PoliticalNlp.Lexicons;

/// <summary>
/// What unlabelled news text says of a word: its distributional cluster (words used in the same contexts share one:
/// <c>minister</c>, <c>spokesman</c>, <c>envoy</c>) and how often it is written in lower case where case is free (so a
/// capitalised sentence opener that is usually lower case is not a name). Compiled by the trainer from
/// <c>raw-text/</c> into an embedded resource; the entity tagger reads both as features.
/// </summary>
internal sealed class WordClasses
{
    public const string ResourceName = "PoliticalNlp.Models.wordclasses.bin";

    /// <summary>The value <see cref="Annotate"/> writes for a word the text never showed.</summary>
    public const int Unknown = -1;

    /// <summary>How many lower-case-ratio buckets <see cref="Pack"/> leaves room for.</summary>
    public const int CaseBuckets = 8;

    /// <summary>How many coarse classes <see cref="Pack"/> leaves room for; the fine class is packed above them.</summary>
    public const int MaxCoarseClasses = 1024;

    private const int MaxWordLength = 48;

    private readonly SpanLexicon<int> _classes; // normalized word → (fine * MaxCoarseClasses + coarse) * CaseBuckets + case bucket

    public WordClasses(IEnumerable<KeyValuePair<string, int>> classes) => _classes = new SpanLexicon<int>(classes, ignoreCase: false);

    public int Count => _classes.Count;

    /// <summary>One word's coarse class, fine class (two clusterings of the same contexts) and lower-case bucket as one value.</summary>
    public static int Pack(int coarse, int fine, int caseBucket) => (fine * MaxCoarseClasses + coarse) * CaseBuckets + caseBucket;

    public static int ClusterOf(int packed) => packed / CaseBuckets % MaxCoarseClasses;

    public static int FineClusterOf(int packed) => packed / CaseBuckets / MaxCoarseClasses;

    public static int CaseBucketOf(int packed) => packed % CaseBuckets;

    /// <summary>The bucket of a lower-case ratio: rarely, sometimes, evenly, mostly or almost always lower case.</summary>
    public static int CaseBucket(double lowerRatio) => lowerRatio switch
    {
        < 0.05 => 0,
        < 0.3 => 1,
        < 0.7 => 2,
        < 0.95 => 3,
        _ => 4,
    };

    /// <summary>Writes each token's packed class, or <see cref="Unknown"/>.</summary>
    public void Annotate(string text, ReadOnlySpan<Token> tokens, Span<int> classes)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].AsSpan(text);
            classes[i] = word.Length <= MaxWordLength && _classes.TryGetValue(Normalize(word, buffer), out int packed) ? packed : Unknown;
        }
    }

    /// <summary>The key a word is stored under: the tagger's own normalization (lower case, digits as 0).</summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (int k = 0; k < word.Length; k++) buffer[k] = FeatureHasher.Normalize(word[k]);
        return buffer[..word.Length];
    }

    public static WordClasses LoadEmbedded()
    {
        using var stream = typeof(WordClasses).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word classes '{ResourceName}' are missing from the PoliticalNlp assembly.");
        return Read(stream);
    }

    /// <summary>Reads the deflated <c>word\tpacked</c> lines written by <see cref="Write"/>.</summary>
    public static WordClasses Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        var entries = new List<KeyValuePair<string, int>>();
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int packed))
                entries.Add(new(line[..tab], packed));
        }
        return new WordClasses(entries);
    }

    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, int>> classes)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(deflate, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, packed) in classes) writer.WriteLine($"{word}\t{packed.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
