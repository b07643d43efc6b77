using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalNlp.Serialization;

/// <summary>Source-generated JSON metadata for the spec section 6 format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnalyzedDocument))]
internal sealed partial class DocumentJson : JsonSerializerContext
{
    /// <summary>The shared context: non-ASCII text is written as is (valid JSON, readable quotes and dashes).</summary>
    public static DocumentJson Context { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter<EntityType>(), new JsonStringEnumConverter<ClaimKind>(), new JsonStringEnumConverter<LinkKind>() },
    });
}
