using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalNlp.Serialization;

/// <summary>
/// The string converter of the library's own JSON context: every string (span texts, canonical names, ids) is written
/// and read through <see cref="LosslessJsonString"/>, so lone surrogates survive the round trip.
/// </summary>
internal sealed class LosslessStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LosslessJsonString.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        LosslessJsonString.Write(writer, value);
}
