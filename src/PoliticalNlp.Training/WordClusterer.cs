using System.Numerics;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Text;

namespace PoliticalNlp.Training;

/// <summary>
/// Learns word classes from unlabelled text: each frequent word is described by the words seen just before and after
/// it (positive PMI, unit length), and spherical k-means groups words with similar contexts, once coarsely and once
/// finely (the tagger reads both). Alongside, how often each word is lower case where case is free (not opening a
/// sentence). Deterministic: fixed initialisation, no sampling, every sum taken in one fixed order.
/// </summary>
internal static class WordClusterer
{
    /// <summary>Longer words are never looked up by the tagger (<see cref="WordClasses"/>), so they are not counted.</summary>
    private const int MaxWordLength = 48;

    /// <summary>The clustering settings: class counts, the vocabulary threshold and the context width.</summary>
    public sealed record Settings(int CoarseClasses, int FineClasses, int MinCount, int ContextWords, int Iterations);

    /// <summary>Word → packed classes (<see cref="WordClasses.Pack"/>) for every word seen at least MinCount times.</summary>
    public static Dictionary<string, int> Learn(IEnumerable<string> texts, Settings settings, TextWriter log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (vocabulary, corpus, lower, upper) = Read(texts, settings.MinCount, log);
        int contexts = Math.Min(settings.ContextWords, vocabulary.Length);
        var vectors = ContextVectors(vocabulary.Length, corpus, contexts);
        int dimensions = 2 * contexts + 1;
        log.WriteLine($"clusters: {vocabulary.Length} words ≥ {settings.MinCount} occurrences, {contexts} context words ({clock.Elapsed.TotalSeconds:F0} s)");

        var coarse = SphericalKMeans(vectors, dimensions, settings.CoarseClasses, settings.Iterations, log);
        log.WriteLine($"clusters: {settings.CoarseClasses} coarse classes ({clock.Elapsed.TotalSeconds:F0} s)");
        var fine = settings.FineClasses > 0 ? SphericalKMeans(vectors, dimensions, settings.FineClasses, settings.Iterations, log) : new int[vocabulary.Length];
        log.WriteLine($"clusters: {settings.FineClasses} fine classes ({clock.Elapsed.TotalSeconds:F0} s)");

        var result = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int v = 0; v < vocabulary.Length; v++)
        {
            int lo = lower[v], up = upper[v];
            int bucket = lo + up == 0 ? 5 : WordClasses.CaseBucket((double)lo / (lo + up));
            result[vocabulary[v]] = WordClasses.Pack(coarse[v], fine[v], bucket);
        }
        return result;
    }

    /// <summary>
    /// Tokenises and sentence-splits every text with the library's own tokenizer and splitter, normalises words as the
    /// tagger does, and keeps the corpus as vocabulary indices (ranked by frequency; -1 a sentence break, -2 a rare word).
    /// </summary>
    private static (string[] Vocabulary, int[] Corpus, int[] Lower, int[] Upper) Read(IEnumerable<string> texts, int minCount, TextWriter log)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new List<int>();
        var lower = new List<int>();
        var upper = new List<int>();
        var corpus = new List<int>(1 << 24);
        var buffer = new TokenBuffer(4096);
        Span<char> scratch = stackalloc char[MaxWordLength];
        long textCount = 0;
        foreach (var text in texts)
        {
            textCount++;
            buffer.Clear();
            Tokenizer.Tokenize(text, buffer);
            foreach (var sentence in SentenceSplitter.Split(text, buffer.Tokens))
            {
                for (int i = 0; i < sentence.TokenCount; i++)
                {
                    var raw = buffer[sentence.FirstToken + i].AsSpan(text);
                    if (raw.Length > MaxWordLength) { corpus.Add(-2); continue; }
                    var word = WordClasses.Normalize(raw, scratch);
                    if (!lookup.TryGetValue(word, out int id))
                    {
                        id = ids.Count;
                        lookup[word] = id;
                        counts.Add(0); lower.Add(0); upper.Add(0);
                    }
                    counts[id]++;
                    if (i > 0 && char.IsLetter(raw[0]))
                    {
                        if (char.IsLower(raw[0])) lower[id]++;
                        else upper[id]++;
                    }
                    corpus.Add(id);
                }
                corpus.Add(-1);
            }
        }

        var words = new string[ids.Count];
        foreach (var (word, id) in ids) words[id] = word;
        var ranked = Enumerable.Range(0, words.Length).Where(id => counts[id] >= minCount)
            .OrderByDescending(id => counts[id]).ThenBy(id => words[id], StringComparer.Ordinal).ToArray();
        var rank = new int[words.Length];
        Array.Fill(rank, -2);
        for (int r = 0; r < ranked.Length; r++) rank[ranked[r]] = r;
        var ranks = new int[corpus.Count];
        for (int t = 0; t < ranks.Length; t++) ranks[t] = corpus[t] < 0 ? corpus[t] : rank[corpus[t]];
        log.WriteLine($"clusters: {textCount} texts, {ranks.Length - ranks.Count(x => x == -1)} tokens, {words.Length} word types");
        return (ranked.Select(id => words[id]).ToArray(), ranks, ranked.Select(id => lower[id]).ToArray(), ranked.Select(id => upper[id]).ToArray());
    }

    /// <summary>
    /// Each word's positive PMI with the <paramref name="contexts"/> most frequent words just before it (dimensions
    /// 0..c-1), just after it (c..2c-1), and the sentence start (2c), at unit length; sparse, dimensions ascending.
    /// </summary>
    private static (int[] Dims, float[] Values)[] ContextVectors(int words, int[] corpus, int contexts)
    {
        var cooc = new Dictionary<int, int>[words];
        for (int v = 0; v < words; v++) cooc[v] = [];
        for (int t = 0; t < corpus.Length; t++)
        {
            int v = corpus[t];
            if (v < 0) continue;
            int left = t > 0 ? corpus[t - 1] : -1;
            if (left == -1) Bump(cooc[v], 2 * contexts);
            else if (left >= 0 && left < contexts) Bump(cooc[v], left);
            int right = t + 1 < corpus.Length ? corpus[t + 1] : -1;
            if (right >= 0 && right < contexts) Bump(cooc[v], contexts + right);
        }
        var columnTotals = new double[2 * contexts + 1];
        double total = 0;
        foreach (var row in cooc)
            foreach (var (d, c) in row) { columnTotals[d] += c; total += c; }
        var vectors = new (int[] Dims, float[] Values)[words];
        for (int v = 0; v < words; v++)
        {
            double rowTotal = 0;
            foreach (var c in cooc[v].Values) rowTotal += c;
            var entries = cooc[v]
                .Select(kv => (Dim: kv.Key, Value: (float)Math.Max(0, Math.Log(kv.Value * total / (rowTotal * columnTotals[kv.Key])))))
                .Where(e => e.Value > 0).OrderBy(e => e.Dim).ToArray();
            float norm = 0;
            foreach (var e in entries) norm += e.Value * e.Value;
            norm = MathF.Sqrt(norm);
            vectors[v] = (entries.Select(e => e.Dim).ToArray(), entries.Select(e => norm > 0 ? e.Value / norm : 0).ToArray());
        }
        return vectors;
    }

    /// <summary>
    /// Spherical k-means seeded with words spread evenly over the frequency ranking. Centroids are stored dimension-major
    /// so that one word's scores against all k centroids are a few vector multiply-adds per context it has.
    /// </summary>
    private static int[] SphericalKMeans((int[] Dims, float[] Values)[] vectors, int dimensions, int clusters, int iterations, TextWriter log)
    {
        int words = vectors.Length;
        int k = Math.Min(clusters, words);
        int stride = (k + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var centroids = new float[dimensions * stride]; // [dimension, cluster]
        for (int c = 0; c < k; c++)
        {
            var (dims, values) = vectors[(int)((long)c * words / k)];
            for (int j = 0; j < dims.Length; j++) centroids[dims[j] * stride + c] = values[j];
        }
        var assignment = new int[words];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            int moved = 0;
            Parallel.For(0, words, () => (Scores: new float[stride], Moved: 0), (v, _, local) =>
            {
                var scores = local.Scores;
                Array.Clear(scores);
                var (dims, values) = vectors[v];
                var scoreSpan = scores.AsSpan();
                for (int j = 0; j < dims.Length; j++)
                {
                    var row = centroids.AsSpan(dims[j] * stride, stride);
                    var weight = new Vector<float>(values[j]);
                    for (int c = 0; c < stride; c += Vector<float>.Count)
                    {
                        var s = new Vector<float>(scoreSpan[c..]);
                        (s + weight * new Vector<float>(row[c..])).CopyTo(scoreSpan[c..]);
                    }
                }
                int best = 0;
                for (int c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
                if (assignment[v] != best || iteration == 0) local.Moved++;
                assignment[v] = best;
                return local;
            }, local => Interlocked.Add(ref moved, local.Moved));

            Array.Clear(centroids);
            for (int v = 0; v < words; v++)
            {
                var (dims, values) = vectors[v];
                int c = assignment[v];
                for (int j = 0; j < dims.Length; j++) centroids[dims[j] * stride + c] += values[j];
            }
            var norms = new float[stride];
            for (int d = 0; d < dimensions; d++)
                for (int c = 0; c < k; c++) { float x = centroids[d * stride + c]; norms[c] += x * x; }
            for (int c = 0; c < k; c++) norms[c] = norms[c] > 0 ? 1 / MathF.Sqrt(norms[c]) : 0;
            for (int d = 0; d < dimensions; d++)
                for (int c = 0; c < k; c++) centroids[d * stride + c] *= norms[c];
            log.WriteLine($"clusters: k={k} iteration {iteration + 1}, {moved} words moved");
            if (moved == 0) break;
        }
        return assignment;
    }

    private static void Bump(Dictionary<int, int> row, int dim) => row[dim] = row.GetValueOrDefault(dim) + 1;
}
