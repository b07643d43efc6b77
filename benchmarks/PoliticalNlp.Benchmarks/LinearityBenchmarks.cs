using BenchmarkDotNet.Attributes;

namespace PoliticalNlp.Benchmarks;

/// <summary>
/// Linear time, shown on identical text: the same 1 MB of news analysed as one document and as a hundred documents
/// of about 10 KB (cut at paragraph breaks). A ratio near 1 means a long document costs no more per character.
/// </summary>
[MemoryDiagnoser]
public class LinearityBenchmarks
{
    private const int Total = 1_000_000;
    private const int Piece = 10_000;

    private readonly PoliticalTextAnalyzer _analyzer = new();
    private string _whole = "";
    private string[] _pieces = [];

    [GlobalSetup]
    public void Setup()
    {
        _whole = NewsCorpus.Load(Total)[..Total];
        var pieces = new List<string>();
        int start = 0;
        while (start < _whole.Length)
        {
            int end = Math.Min(_whole.Length, start + Piece);
            int para = end < _whole.Length ? _whole.IndexOf("\n\n", end, StringComparison.Ordinal) : -1;
            end = para < 0 ? _whole.Length : para;
            pieces.Add(_whole[start..end]);
            start = end;
        }
        _pieces = [.. pieces];
        Console.WriteLine($"// {_whole.Length} chars as 1 document and as {_pieces.Length} documents");
    }

    /// <summary>The text as about a hundred 10 KB documents.</summary>
    [Benchmark(Baseline = true)]
    public int HundredDocumentsOf10KB()
    {
        int claims = 0;
        foreach (var piece in _pieces) claims += _analyzer.Analyze(piece).Claims.Length;
        return claims;
    }

    /// <summary>The same text as one 1 MB document.</summary>
    [Benchmark]
    public int OneDocumentOf1MB() => _analyzer.Analyze(_whole).Claims.Length;
}
