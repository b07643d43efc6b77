using System.Text.Json.Nodes;
using Json.Schema;

namespace PoliticalNlp.Tests.Serialization;

/// <summary>The library's JSON validates against the published schema, docs/politicalnlp.schema.json.</summary>
public class JsonSchemaTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestData.RepoRoot, "docs", "politicalnlp.schema.json"))));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static void AssertValid(string json, string what)
    {
        var result = Evaluate(json);
        var errors = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        Assert.True(result.IsValid, $"{what}: " + string.Join("; ", errors.Take(10)));
    }

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.RepoRoot, "samples"), "*.txt").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_validates(string sample)
    {
        var doc = Analyzer.Analyze(File.ReadAllText(Path.Combine(TestData.RepoRoot, "samples", sample)), Path.GetFileNameWithoutExtension(sample));
        Assert.NotEmpty(doc.Entities);
        AssertValid(doc.ToJson(), sample);
    }

    [Fact]
    public void Seed_output_uses_every_kind_of_value_the_schema_describes()
    {
        // A schema test is only as good as what it sees: the seed has claims with and without speaker and cue,
        // direct and reported, and links to claims and to statements.
        var doc = Analyzer.Analyze(TestData.SeedText, "seed");
        Assert.Contains(doc.Claims, c => c.Cue is null);
        Assert.Contains(doc.Claims, c => c.Via is not null);
        Assert.Contains(doc.Links, l => l.To is not null);
        Assert.Contains(doc.Links, l => l.ToSpan is not null);
        AssertValid(doc.ToJson(), "seed");
    }

    [Fact]
    public void Edge_documents_validate()
    {
        AssertValid(Analyzer.Analyze("").ToJson(), "empty");
        AssertValid(Analyzer.Analyze("Vladimir Putin said " + '\uD800' + " the war was over.", "surrogate").ToJson(), "lone surrogate");
    }

    [SkippableFact]
    public void Every_dev_text_validates()
    {
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        foreach (var (id, text, _) in TestData.DevDocuments()) AssertValid(Analyzer.Analyze(text, id).ToJson(), id);
    }

    [SkippableFact]
    public void The_tools_json_lines_for_every_dev_text_validate_and_read_back_equal()
    {
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        var dev = TestData.DevDocuments();
        var input = string.Join('\n', dev.Select(d => System.Text.Json.JsonSerializer.Serialize(new { id = d.Id, text = d.Text })));
        var result = CliProcess.Run(input + "\n", "analyze", "--format", "jsonl");
        Assert.True(result.Code == 0, result.Err);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(dev.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            AssertValid(lines[i], dev[i].Id);
            Assert.Equal(Analyzer.Analyze(dev[i].Text, dev[i].Id), AnalyzedDocument.FromJson(lines[i]));
        }
    }

    [Theory]
    [InlineData("\"type\":\"Person\"", "\"type\":0")]
    [InlineData("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"")]
    [InlineData("\"direct\":false", "\"direct\":\"no\"")]
    [InlineData("\"canonical\":", "\"canonicalName\":")]
    [InlineData("\"toSpan\":null", "\"toSpan\":null,\"optional\":true")]
    public void The_schema_rejects_what_the_library_never_writes(string from, string to)
    {
        var json = Analyzer.Analyze(TestData.SeedText, "seed").ToJson();
        int at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        var broken = string.Concat(json.AsSpan(0, at), to, json.AsSpan(at + from.Length));
        Assert.False(Evaluate(broken).IsValid);
    }
}
