using System.Text.Json;

namespace PoliticalNlp.Tests.Serialization;

/// <summary>Issue 12 point 6: ToJson wrote each lone surrogate as U+FFFD, so a span's JSON text differed from its slice.</summary>
public class LoneSurrogateJsonTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    // Built in code: attribute arguments are stored as UTF-8, which would turn a lone surrogate into U+FFFD.
    public static TheoryData<string, string> LoneSurrogateTexts => new()
    {
        { "Vladimir Putin said " + '\uD800' + " the war was over.", "\\uD800" },
        { "Vladimir Putin" + '\uDC01' + " said the war was over.", "\\uDC01" },
        { "Vladimir Putin said the war was over " + '\uDBFF', "\\uDBFF" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogateTexts), DisableDiscoveryEnumeration = true)] // not serialised through UTF-8 either
    public void Lone_surrogate_is_written_as_an_escape_and_read_back_exactly(string text, string escape)
    {
        var doc = Analyzer.Analyze(text, "s\uD800");
        var json = doc.ToJson();
        Assert.Contains(escape, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uFFFD", json, StringComparison.OrdinalIgnoreCase);
        var back = AnalyzedDocument.FromJson(json);
        Assert.Equal(text, back.Text);
        Assert.Equal("s\uD800", back.Id);
        Assert.Equal(doc, back);
        Assert.Equal(json, back.ToJson());
    }

    [Fact]
    public void Lone_surrogate_inside_a_claim_content_keeps_the_span_text_equal_to_its_slice()
    {
        const string text = "Vladimir Putin said the \uDC00 convoy carried food.";
        var doc = Analyzer.Analyze(text);
        var claim = Assert.Single(doc.Claims);
        Assert.Contains('\uDC00', claim.Content.Text);
        var back = AnalyzedDocument.FromJson(doc.ToJson());
        var content = back.Claims[0].Content;
        Assert.Equal(text[content.Start..content.End], content.Text);
        Assert.Equal(claim, back.Claims[0]);
    }

    [Fact]
    public void Paired_surrogates_and_escapes_are_left_to_the_ordinary_writer()
    {
        const string text = "Vladimir Putin said \"the 😀 convoy\"\tcarried\\food.\u0001";
        var doc = Analyzer.Analyze(text);
        var json = doc.ToJson();
        Assert.Equal(doc, AnalyzedDocument.FromJson(json));
        Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Escaped_pair_and_escaped_lone_surrogate_read_as_the_same_code_units()
    {
        var doc = AnalyzedDocument.FromJson("{\"text\":\"a\\ud83d\\ude00b\\ud800c\\u00e9\\n\\\"\\/\"}");
        Assert.Equal("a😀b\uD800cé\n\"/", doc.Text);
    }
}
