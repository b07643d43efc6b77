using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoliticalNlp.Tests.Serialization;

/// <summary>
/// Issue 12 point 7: a long document's echoed text is written in pieces (in one piece the JSON writer reserved six
/// bytes a character, 120 MB for a 20 MB document). The pieces must join to exactly what one piece would have written.
/// </summary>
public class LongTextJsonTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    /// <summary>About 100,000 characters with quotes, backslashes, control characters and a surrogate pair at every
    /// piece boundary the writer could cut (one straddles each multiple of 4,096).</summary>
    private static string LongText()
    {
        var b = new StringBuilder();
        while (b.Length < 100_000) b.Append("The minister said \"the \\ border\tis closed\" on Friday.\n");
        for (int at = 4095; at < b.Length - 1; at += 4096) { b[at] = '\uD83C'; b[at + 1] = '\uDF0D'; }
        return b.ToString();
    }

    [Fact]
    public void Long_text_written_in_pieces_is_the_same_json_as_written_whole()
    {
        string text = LongText();
        var doc = Analyzer.Analyze(text, "long");
        string json = doc.ToJson();

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(text, parsed.RootElement.GetProperty("text").GetString());

        // The same value written whole by a writer with the output's encoder.
        var whole = new MemoryStream();
        using (var writer = new Utf8JsonWriter(whole, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            writer.WriteStringValue(text);
        string expected = "\"text\":" + Encoding.UTF8.GetString(whole.ToArray());
        Assert.Contains(expected, json, StringComparison.Ordinal);

        var back = AnalyzedDocument.FromJson(json);
        Assert.Equal(doc, back);
    }
}
