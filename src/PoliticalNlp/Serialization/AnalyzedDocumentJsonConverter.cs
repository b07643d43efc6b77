using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalNlp.Serialization;

/// <summary>
/// The JSON of an <see cref="AnalyzedDocument"/> (spec section 6 plus <c>schemaVersion</c> and <c>modelVersion</c>),
/// fixed on the type: whatever options a caller serialises with, the document is written in the format of the
/// contract and can be read back. Tokens and sentences are not written; reading recomputes them from the text.
/// </summary>
internal sealed class AnalyzedDocumentJsonConverter : JsonConverter<AnalyzedDocument>
{
    public override AnalyzedDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected a JSON object for a document, found {reader.TokenType}.");
        var context = DocumentJson.Context;
        string? schemaVersion = null, modelVersion = null, id = null, text = null;
        ImmutableArray<Entity> entities = [];
        ImmutableArray<Claim> claims = [];
        ImmutableArray<ClaimLink> links = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "schemaVersion": schemaVersion = LosslessJsonString.Read(ref reader); break;
                case "modelVersion": modelVersion = LosslessJsonString.Read(ref reader); break;
                case "id": id = ReadId(ref reader); break;
                case "text": text = LosslessJsonString.Read(ref reader); break;
                case "entities": entities = ReadArray(ref reader, context.ImmutableArrayEntity); break;
                case "claims": claims = ReadArray(ref reader, context.ImmutableArrayClaim); break;
                case "links": links = ReadArray(ref reader, context.ImmutableArrayClaimLink); break;
                default: reader.Skip(); break; // fields of later minor versions, or a gold file's "optional"
            }
        }
        if (text is null) throw new JsonException("A document needs a \"text\".");
        schemaVersion ??= AnalyzedDocument.CurrentSchemaVersion; // spec section 6 documents (gold files) carry none
        if (!IsSupported(schemaVersion))
            throw new JsonException($"schemaVersion {schemaVersion} is not supported: this library reads {AnalyzedDocument.CurrentSchemaVersion} and its minor revisions.");
        return AnalyzedDocument.Restore(schemaVersion, modelVersion, id, text, entities, claims, links);
    }

    private static bool IsSupported(string schemaVersion)
    {
        string major = AnalyzedDocument.CurrentSchemaVersion[..(AnalyzedDocument.CurrentSchemaVersion.IndexOf('.') + 1)];
        return schemaVersion.StartsWith(major, StringComparison.Ordinal);
    }

    /// <summary>An id is a string; a number is kept as its JSON text (<c>7</c> → <c>"7"</c>) rather than rejected.</summary>
    private static string? ReadId(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
        _ => LosslessJsonString.Read(ref reader),
    };

    private static ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImmutableArray<T>> info)
    {
        if (reader.TokenType == JsonTokenType.Null) return [];
        var items = JsonSerializer.Deserialize(ref reader, info);
        if (items.IsDefault) return [];
        foreach (var item in items)
            if (item is null) throw new JsonException($"A null {typeof(T).Name} in a document.");
        return items;
    }

    public override void Write(Utf8JsonWriter writer, AnalyzedDocument value, JsonSerializerOptions options)
    {
        var context = DocumentJson.Context;
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", value.SchemaVersion);
        writer.WritePropertyName("modelVersion");
        WriteNullable(writer, value.ModelVersion);
        writer.WritePropertyName("id");
        WriteNullable(writer, value.Id);
        writer.WritePropertyName("text");
        LosslessJsonString.Write(writer, value.Text);
        writer.WritePropertyName("entities");
        JsonSerializer.Serialize(writer, value.Entities, context.ImmutableArrayEntity);
        writer.WritePropertyName("claims");
        JsonSerializer.Serialize(writer, value.Claims, context.ImmutableArrayClaim);
        writer.WritePropertyName("links");
        JsonSerializer.Serialize(writer, value.Links, context.ImmutableArrayClaimLink);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string? value)
    {
        if (value is null) writer.WriteNullValue();
        else LosslessJsonString.Write(writer, value);
    }
}
