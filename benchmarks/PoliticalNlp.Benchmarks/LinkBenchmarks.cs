using BenchmarkDotNet.Attributes;
using PoliticalNlp.Claims.Links;

namespace PoliticalNlp.Benchmarks;

/// <summary>
/// The link stage alone (rules, claim facts, candidate features, the learned scorer, the decision) on the claims of a
/// 10 KB news document, analysed once at setup. Pairs a second = pairs scored / Mean.
/// </summary>
[MemoryDiagnoser]
public class LinkBenchmarks
{
    private readonly ClaimLinkStage _stage = new(ClaimLinkStage.EmbeddedModel, ClaimWords.Embedded);
    private AnalyzedDocument _doc = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = NewsCorpus.Load(10_000)[..10_000];
        _doc = new PoliticalTextAnalyzer().Analyze(text);
        Console.WriteLine($"// {_doc.Claims.Length} claims, {_doc.Links.Length} links");
    }

    /// <summary>The rules alone (a part of <see cref="Document"/>).</summary>
    [Benchmark]
    public int Rules() => PoliticalNlp.Claims.ClaimLinker.Link(_doc.Text, _doc.Sentences.AsSpan(), _doc.Claims, _doc.Entities).Length;

    /// <summary>Facts, profiles and rules: what <see cref="Link"/> builds before it scores pairs.</summary>
    [Benchmark]
    public int Document() => LinkDocument.Build(_doc.Text, _doc.Tokens.AsSpan(), _doc.Sentences.AsSpan(), _doc.Claims, _doc.Entities, ClaimWords.Embedded).Facts.Length;

    [Benchmark]
    public int Link() => _stage.Link(_doc.Text, _doc.Tokens.AsSpan(), _doc.Sentences.AsSpan(), _doc.Claims, _doc.Entities).Length;
}
