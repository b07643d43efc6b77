using BenchmarkDotNet.Attributes;

namespace PoliticalNlp.Benchmarks;

/// <summary>
/// The full pipeline (tokens, entities, claims, links) and entity-only analysis over news text, at two document
/// sizes: per-character cost at 1 MB should match 10 KB (linear time). Tokens a second = tokens / Mean.
/// </summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private readonly PoliticalTextAnalyzer _full = new();
    private readonly PoliticalTextAnalyzer _entitiesOnly = new(new PoliticalNlpOptions { ExtractClaims = false });
    private string _text = "";

    /// <summary>Document length in characters.</summary>
    [Params(10_000, 1_000_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Load(Length)[..Length];
        var doc = _full.Analyze(_text);
        Console.WriteLine($"// {Length} chars: {doc.Tokens.Length} tokens, {doc.Entities.Length} entities, {doc.Claims.Length} claims");
    }

    [Benchmark]
    public int Analyze() => _full.Analyze(_text).Claims.Length;

    [Benchmark]
    public int TokenizeAndTagEntities() => _entitiesOnly.Analyze(_text).Entities.Length;
}
