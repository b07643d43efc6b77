using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalNlp.Serialization;

/// <summary>
/// Source-generated JSON metadata for every public result type, in the format of spec section 6 (camelCase,
/// enums as names). Trimming- and AOT-safe; the document itself goes through <see cref="AnalyzedDocumentJsonConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnalyzedDocument))]
[JsonSerializable(typeof(ImmutableArray<Entity>))]
[JsonSerializable(typeof(ImmutableArray<Claim>))]
[JsonSerializable(typeof(ImmutableArray<ClaimLink>))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(ClaimLink))]
[JsonSerializable(typeof(TextSpan))]
[JsonSerializable(typeof(Token))]
[JsonSerializable(typeof(Sentence))]
internal sealed partial class DocumentJson : JsonSerializerContext
{
    /// <summary>
    /// The shared context: non-ASCII text is written as is (valid JSON, readable quotes and dashes), and every string
    /// goes through <see cref="LosslessStringConverter"/> so a lone surrogate is escaped rather than replaced.
    /// </summary>
    public static DocumentJson Context { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new LosslessStringConverter() },
    });
}
