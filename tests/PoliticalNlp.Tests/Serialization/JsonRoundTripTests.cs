using System.Text.Json;
using System.Text.Json.Serialization;
using PoliticalNlp.Serialization;

namespace PoliticalNlp.Tests.Serialization;

public class JsonRoundTripTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    private const string TwoSidedText =
        "Ruritania's foreign minister Anna Vogel said the convoy carried only food. " +
        "The Interior Ministry of Freedonia denied that the convoy carried only food. " +
        "There was no confirmation from Paris of Ms Vogel's claim.";

    [Fact]
    public void Seed_document_round_trips_to_an_equal_document()
    {
        var doc = Analyzer.Analyze(TestData.SeedText, "seed");
        Assert.NotEmpty(doc.Claims);
        Assert.NotEmpty(doc.Links);
        var json = doc.ToJson();
        var back = AnalyzedDocument.FromJson(json);
        Assert.Equal(doc, back);
        Assert.Equal(doc.GetHashCode(), back.GetHashCode());
        Assert.Equal(json, back.ToJson());
        Assert.True(doc.Tokens.SequenceEqual(back.Tokens));
        Assert.True(doc.Sentences.SequenceEqual(back.Sentences));
    }

    [SkippableFact]
    public void Every_dev_text_round_trips_to_an_equal_document()
    {
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        var dev = TestData.DevDocuments();
        Assert.NotEmpty(dev);
        foreach (var (id, text, _) in dev)
        {
            var doc = Analyzer.Analyze(text, id);
            Assert.Equal(doc, AnalyzedDocument.FromJson(doc.ToJson()));
        }
    }

    [SkippableFact]
    public void Gold_files_are_read_as_documents()
    {
        // The gold files are spec section 6 documents with an extra "optional" flag and no version fields.
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        foreach (var (id, _, gold) in TestData.DevDocuments())
        {
            var doc = AnalyzedDocument.FromJson(gold.GetRawText());
            Assert.Equal(id, doc.Id);
            Assert.Equal(AnalyzedDocument.CurrentSchemaVersion, doc.SchemaVersion);
            Assert.Null(doc.ModelVersion);
            Assert.Equal(gold.GetProperty("claims").GetArrayLength(), doc.Claims.Length);
        }
    }

    [Fact]
    public void Output_carries_schema_and_model_version_first()
    {
        using var json = JsonDocument.Parse(Analyzer.Analyze(TwoSidedText, "d").ToJson());
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["schemaVersion", "modelVersion", "id", "text", "entities", "claims", "links"], names);
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+.*\+models\.[0-9a-f]{12}$", json.RootElement.GetProperty("modelVersion").GetString());
    }

    [Fact]
    public void Model_version_changes_with_the_lexicon_and_not_between_analyzers()
    {
        var extra = new PoliticalNlpOptions();
        extra.ExtraAgencies.Add("Ministry of Silly Walks");
        var plain = Analyzer.Analyze("x").ModelVersion;
        Assert.Equal(plain, new PoliticalTextAnalyzer().Analyze("y").ModelVersion);
        Assert.NotEqual(plain, new PoliticalTextAnalyzer(extra).Analyze("x").ModelVersion);
    }

    [Fact]
    public void Stj_with_default_options_reads_and_writes_the_contract_format()
    {
        var doc = Analyzer.Analyze(TwoSidedText, "d");
        // Deserialize<AnalyzedDocument> used to throw (no usable constructor).
        var back = JsonSerializer.Deserialize<AnalyzedDocument>(doc.ToJson());
        Assert.Equal(doc, back);
        Assert.Equal(doc.ToJson(), JsonSerializer.Serialize(doc, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Caller_options_write_enum_names_not_numbers()
    {
        var doc = Analyzer.Analyze(TestData.SeedText);
        var callerOptions = new JsonSerializerOptions(); // PascalCase, no enum converter
        var entity = JsonSerializer.Serialize(doc.Entities.First(e => e.Type == EntityType.State), callerOptions);
        Assert.Contains("\"Type\":\"State\"", entity);
        var claim = JsonSerializer.Serialize(doc.Claims[0], callerOptions);
        Assert.Matches("\"Kind\":\"[A-Z][a-z]+\"", claim);
        var link = JsonSerializer.Serialize(doc.Links[0], callerOptions);
        Assert.Matches("\"Kind\":\"[A-Z][A-Za-z]+\"", link);
        Assert.Contains("\"Kind\":\"Word\"", JsonSerializer.Serialize(doc.Tokens[0], callerOptions));
    }

    [Fact]
    public void Every_public_result_type_deserialises_with_the_source_generated_context_and_with_reflection()
    {
        var doc = Analyzer.Analyze(TestData.SeedText);
        var context = DocumentJson.Context;
        AssertRoundTrip(doc.Entities[0], context.Entity);
        AssertRoundTrip(doc.Claims.First(c => c.Speaker is not null), context.Claim);
        AssertRoundTrip(doc.Links[0], context.ClaimLink);
        AssertRoundTrip(doc.Claims[0].Content, context.TextSpan);
        AssertRoundTrip(doc.Tokens[3], context.Token);
        AssertRoundTrip(doc.Sentences[1], context.Sentence);
    }

    private static void AssertRoundTrip<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        Assert.Equal(value, JsonSerializer.Deserialize(JsonSerializer.Serialize(value, info), info));
        var reflection = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        Assert.Equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, reflection), reflection));
    }

    [Fact]
    public void Claims_read_back_are_equal_although_the_internal_cue_kind_is_not_written()
    {
        var claim = Analyzer.Analyze(TwoSidedText).Claims.First(c => c.Kind == ClaimKind.Denial);
        Assert.Equal(ClaimKind.Denial, claim.CueKind);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(claim, DocumentJson.Context.Claim), DocumentJson.Context.Claim)!;
        Assert.Equal(ClaimKind.Statement, back.CueKind); // not in the JSON
        Assert.Equal(claim, back);
        Assert.Equal(claim.GetHashCode(), back.GetHashCode());
        Assert.Equal(claim with { CueKind = ClaimKind.Warning }, claim);
        Assert.NotEqual(claim with { Kind = ClaimKind.Warning }, claim);
    }

    [Fact]
    public void A_document_differs_when_a_public_field_differs()
    {
        var a = Analyzer.Analyze(TwoSidedText, "a");
        Assert.NotEqual(a, Analyzer.Analyze(TwoSidedText, "b"));
        Assert.NotEqual(a, Analyzer.Analyze(TwoSidedText + " More.", "a"));
        Assert.Equal(a, Analyzer.Analyze(TwoSidedText, "a"));
    }

    [Fact]
    public void FromJson_rejects_a_span_that_disagrees_with_the_text()
    {
        var json = Analyzer.Analyze(TwoSidedText, "d").ToJson();
        var tampered = json.Replace("\"text\":\"Anna Vogel\"", "\"text\":\"Anna Vogle\"", StringComparison.Ordinal);
        Assert.NotEqual(json, tampered);
        Assert.Throws<JsonException>(() => AnalyzedDocument.FromJson(tampered));
        Assert.Throws<JsonException>(() => AnalyzedDocument.FromJson("""{"text":"abc","entities":[{"start":1,"end":9,"type":"Person","text":"bc","canonical":"bc"}]}"""));
    }

    [Theory]
    [InlineData("""{"from":"c9","to":"c1","toSpan":null,"kind":"Denial"}""")]
    [InlineData("""{"from":"c1","to":"c9","toSpan":null,"kind":"Denial"}""")]
    [InlineData("""{"from":"c1","to":null,"toSpan":null,"kind":"Denial"}""")]
    public void FromJson_rejects_a_link_whose_ends_are_not_claims(string link)
    {
        string json = """{"text":"Bob said no.","claims":[{"id":"c1","speaker":null,"speakerCanonical":null,"cue":{"start":4,"end":8,"text":"said"},"content":{"start":9,"end":11,"text":"no"},"via":null,"kind":"Statement","direct":false}],"links":[LINK]}""";
        Assert.Single(AnalyzedDocument.FromJson(json.Replace("LINK", "", StringComparison.Ordinal)).Claims);
        Assert.Throws<JsonException>(() => AnalyzedDocument.FromJson(json.Replace("LINK", link, StringComparison.Ordinal)));
    }

    [Fact]
    public void FromJson_rejects_another_major_schema_version_and_a_missing_text()
    {
        Assert.Throws<JsonException>(() => AnalyzedDocument.FromJson("""{"schemaVersion":"2.0","text":"abc"}"""));
        Assert.Throws<JsonException>(() => AnalyzedDocument.FromJson("""{"id":"x"}"""));
        Assert.Throws<JsonException>(() => AnalyzedDocument.FromJson("null"));
        Assert.Equal("1.7", AnalyzedDocument.FromJson("""{"schemaVersion":"1.7","text":"abc","later":[1,{"a":2}]}""").SchemaVersion);
    }

    [Fact]
    public void A_numeric_id_is_read_as_its_json_text()
    {
        Assert.Equal("7", AnalyzedDocument.FromJson("""{"id":7,"text":"abc"}""").Id);
        Assert.Null(AnalyzedDocument.FromJson("""{"id":null,"text":"abc"}""").Id);
    }
}
