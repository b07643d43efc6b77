using PoliticalNlp.Lexicons;
using PoliticalNlp.Text;

namespace PoliticalNlp.Training;

/// <summary>
/// Learns word classes from unlabelled text: each frequent word is described by the words seen just before and after
/// it (positive PMI, unit length), and spherical k-means groups words with similar contexts. Alongside, how often each
/// word is lower case where case is free (not opening a sentence). Deterministic: fixed initialisation, no sampling.
/// </summary>
internal static class WordClusterer
{
    public static Dictionary<string, int> Learn(IEnumerable<string> sentences, int clusters, int minCount, int contextWords, int iterations, TextWriter log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        var buffer = new TokenBuffer();
        Span<char> scratch = stackalloc char[64];
        foreach (var sentence in sentences)
        {
            buffer.Clear();
            Tokenizer.Tokenize(sentence, buffer);
            var words = new string[buffer.Count];
            for (int i = 0; i < buffer.Count; i++)
            {
                var raw = buffer[i].AsSpan(sentence);
                string word = raw.Length <= scratch.Length ? WordClasses.Normalize(raw, scratch).ToString() : raw.ToString().ToLowerInvariant();
                words[i] = word;
                counts[word] = counts.GetValueOrDefault(word) + 1;
                if (i > 0 && char.IsLetter(raw[0]))
                {
                    var bucket = char.IsLower(raw[0]) ? lower : upper;
                    bucket[word] = bucket.GetValueOrDefault(word) + 1;
                }
            }
            corpus.Add(words);
        }

        var vocabulary = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        int contexts = Math.Min(contextWords, vocabulary.Length);
        log.WriteLine($"clusters: {corpus.Count} sentences, {counts.Count} word types, {vocabulary.Length} with ≥ {minCount} occurrences, {contexts} context words");

        // Co-occurrence with the most frequent words, left and right separately (dimension d and contexts + d).
        var cooc = new Dictionary<int, float>[vocabulary.Length];
        for (int v = 0; v < cooc.Length; v++) cooc[v] = [];
        foreach (var words in corpus)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (!index.TryGetValue(words[i], out int v)) continue;
                if (i > 0 && index.TryGetValue(words[i - 1], out int l) && l < contexts) Bump(cooc[v], l);
                else if (i == 0) Bump(cooc[v], 2 * contexts); // sentence start
                if (i + 1 < words.Length && index.TryGetValue(words[i + 1], out int r) && r < contexts) Bump(cooc[v], contexts + r);
            }
        }
        int dimensions = 2 * contexts + 1;
        var columnTotals = new double[dimensions];
        double total = 0;
        foreach (var row in cooc)
            foreach (var (d, c) in row) { columnTotals[d] += c; total += c; }
        var vectors = new (int[] Dims, float[] Values)[vocabulary.Length];
        for (int v = 0; v < vocabulary.Length; v++)
        {
            double rowTotal = cooc[v].Values.Sum();
            var entries = cooc[v]
                .Select(kv => (Dim: kv.Key, Value: (float)Math.Max(0, Math.Log(kv.Value * total / (rowTotal * columnTotals[kv.Key])))))
                .Where(e => e.Value > 0).OrderBy(e => e.Dim).ToArray();
            float norm = MathF.Sqrt(entries.Sum(e => e.Value * e.Value));
            vectors[v] = (entries.Select(e => e.Dim).ToArray(), entries.Select(e => norm > 0 ? e.Value / norm : 0).ToArray());
        }

        // Spherical k-means, seeded with words spread evenly over the frequency ranking.
        int k = Math.Min(clusters, vocabulary.Length);
        var centroids = new float[k][];
        for (int c = 0; c < k; c++)
        {
            centroids[c] = new float[dimensions];
            var (dims, values) = vectors[(int)((long)c * vocabulary.Length / k)];
            for (int j = 0; j < dims.Length; j++) centroids[c][dims[j]] = values[j];
        }
        var assignment = new int[vocabulary.Length];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            int moved = 0;
            Parallel.For(0, vocabulary.Length, () => 0, (v, _, local) =>
            {
                var (dims, values) = vectors[v];
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = 0;
                    var centroid = centroids[c];
                    for (int j = 0; j < dims.Length; j++) dot += centroid[dims[j]] * values[j];
                    if (dot > bestScore) { bestScore = dot; best = c; }
                }
                if (assignment[v] != best || iteration == 0) local++;
                assignment[v] = best;
                return local;
            }, local => Interlocked.Add(ref moved, local));
            foreach (var centroid in centroids) Array.Clear(centroid);
            for (int v = 0; v < vocabulary.Length; v++)
            {
                var (dims, values) = vectors[v];
                var centroid = centroids[assignment[v]];
                for (int j = 0; j < dims.Length; j++) centroid[dims[j]] += values[j];
            }
            foreach (var centroid in centroids)
            {
                float norm = MathF.Sqrt(centroid.Sum(x => x * x));
                if (norm > 0) for (int j = 0; j < centroid.Length; j++) centroid[j] /= norm;
            }
            log.WriteLine($"clusters: iteration {iteration + 1}, {moved} words moved");
            if (moved == 0) break;
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int v = 0; v < vocabulary.Length; v++)
        {
            string w = vocabulary[v];
            int lo = lower.GetValueOrDefault(w), up = upper.GetValueOrDefault(w);
            int bucket = lo + up == 0 ? 5 : WordClasses.CaseBucket((double)lo / (lo + up));
            result[w] = WordClasses.Pack(assignment[v], bucket);
        }
        return result;
    }

    private static void Bump(Dictionary<int, float> row, int dim) => row[dim] = row.GetValueOrDefault(dim) + 1;
}
