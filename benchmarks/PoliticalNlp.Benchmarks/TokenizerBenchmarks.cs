using BenchmarkDotNet.Attributes;
using PoliticalNlp.Text;

namespace PoliticalNlp.Benchmarks;

/// <summary>
/// Tokenization and sentence splitting over ~27k characters of news. Tokens a second = TokenCount / Mean.
/// The buffer is reused as in the analyzer, so allocations should be zero for tokenization.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string _text = "";
    private TokenBuffer _buffer = new();

    /// <summary>How many tokens one operation produces (printed at setup, for tokens/s).</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Load();
        _buffer = NewsCorpus.Tokenize(_text);
        TokenCount = _buffer.Count;
        Console.WriteLine($"// corpus: {_text.Length} chars, {TokenCount} tokens");
    }

    [Benchmark]
    public int Tokenize()
    {
        _buffer.Clear();
        Tokenizer.Tokenize(_text, _buffer);
        return _buffer.Count;
    }

    [Benchmark]
    public int TokenizeAndSplitSentences()
    {
        _buffer.Clear();
        Tokenizer.Tokenize(_text, _buffer);
        return SentenceSplitter.Split(_text, _buffer.Tokens).Length;
    }
}
