using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PoliticalNlp.Tests;

public class AnalyzerApiTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    [Fact]
    public void Null_text_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => new PoliticalTextAnalyzer(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\u00A0 ")]
    public void Empty_or_whitespace_text_gives_an_empty_document(string text)
    {
        var doc = Analyzer.Analyze(text);
        Assert.Empty(doc.Tokens);
        Assert.Empty(doc.Sentences);
        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Claims);
        Assert.Empty(doc.Links);
    }

    [Fact]
    public void Cancelled_token_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Analyzer.Analyze("Some text.", cts.Token));
    }

    [Fact]
    public void Json_follows_spec_section_6()
    {
        var doc = Analyzer.Analyze(TestData.SeedText, "seed");
        using var json = JsonDocument.Parse(doc.ToJson());
        var root = json.RootElement;
        Assert.Equal(["schemaVersion", "modelVersion", "id", "text", "entities", "claims", "links"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("seed", root.GetProperty("id").GetString());
        Assert.Equal(TestData.SeedText, root.GetProperty("text").GetString());
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            Assert.Equal(["start", "end", "type", "text", "canonical", "iso", "resolvedState", "confidence"], e.EnumerateObject().Select(p => p.Name));
            Assert.Contains(e.GetProperty("type").GetString(), new[] { "Person", "State", "Agency", "Place" });
        }
        foreach (var c in root.GetProperty("claims").EnumerateArray())
            Assert.Equal(["id", "speaker", "speakerCanonical", "cue", "content", "via", "kind", "direct"], c.EnumerateObject().Select(p => p.Name));
        foreach (var l in root.GetProperty("links").EnumerateArray())
            Assert.Equal(["from", "to", "toSpan", "kind"], l.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_span_text_equals_the_text_at_its_offsets()
    {
        foreach (var text in TestData.DevDocuments().Select(d => d.Text).Append(TestData.SeedText))
        {
            using var json = JsonDocument.Parse(Analyzer.Analyze(text).ToJson());
            foreach (var span in Spans(json.RootElement))
            {
                int start = span.GetProperty("start").GetInt32(), end = span.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text[start..end], span.GetProperty("text").GetString());
            }
        }
    }

    private static IEnumerable<JsonElement> Spans(JsonElement root)
    {
        foreach (var e in root.GetProperty("entities").EnumerateArray()) yield return e;
        foreach (var c in root.GetProperty("claims").EnumerateArray())
            foreach (var name in new[] { "speaker", "cue", "content", "via" })
                if (c.GetProperty(name).ValueKind == JsonValueKind.Object) yield return c.GetProperty(name);
        foreach (var l in root.GetProperty("links").EnumerateArray())
            if (l.GetProperty("toSpan").ValueKind == JsonValueKind.Object) yield return l.GetProperty("toSpan");
    }

    [Fact]
    public void AddPoliticalNlp_registers_one_shared_analyzer()
    {
        var services = new ServiceCollection();
        services.AddPoliticalNlp(o => o.ExtraAgencies.Add("Ministry of Silly Walks"));
        using var provider = services.BuildServiceProvider();
        var a = provider.GetRequiredService<PoliticalTextAnalyzer>();
        Assert.Same(a, provider.GetRequiredService<PoliticalTextAnalyzer>());
        Assert.Contains("Ministry of Silly Walks", provider.GetRequiredService<PoliticalNlpOptions>().ExtraAgencies);
    }

    [Fact]
    public void Analysis_is_deterministic_across_threads()
    {
        var text = TestData.SeedText;
        var expected = Analyzer.Analyze(text).ToJson();
        var results = new string[32];
        Parallel.For(0, results.Length, i => results[i] = Analyzer.Analyze(text).ToJson());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
