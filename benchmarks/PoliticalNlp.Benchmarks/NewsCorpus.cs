using PoliticalNlp.Text;

namespace PoliticalNlp.Benchmarks;

/// <summary>The benchmark corpus: the bundled news samples (seed, Wikinews, VOA), concatenated.</summary>
internal static class NewsCorpus
{
    public static string Load(int minimumLength = 0)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "corpus");
        var texts = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var text = string.Join("\n\n", texts);
        var builder = new System.Text.StringBuilder(text);
        while (builder.Length < minimumLength) builder.Append("\n\n").Append(text);
        return builder.ToString();
    }

    /// <summary>The text tokenized into a buffer large enough to be reused by every operation without growing.</summary>
    public static TokenBuffer Tokenize(string text)
    {
        var buffer = new TokenBuffer(1 << 16);
        Tokenizer.Tokenize(text, buffer);
        return buffer;
    }
}
