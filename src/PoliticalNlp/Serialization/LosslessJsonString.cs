using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoliticalNlp.Serialization;

/// <summary>
/// Writes and reads JSON strings without losing lone surrogates. <see cref="Utf8JsonWriter"/> replaces an unpaired
/// UTF-16 surrogate with U+FFFD and <see cref="Utf8JsonReader.GetString"/> throws on an escaped one, so a span of a
/// text holding one would name offsets whose characters differ from its JSON <c>text</c>. A lone surrogate is written
/// as a <c>\uDXXX</c> escape instead (valid JSON, RFC 8259 §8.2) and read back as that exact code unit.
/// </summary>
internal static class LosslessJsonString
{
    /// <summary>True when <paramref name="value"/> holds a surrogate that is not half of a well-formed pair.</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<char> value)
    {
        int i = value.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0)
        {
            if (!char.IsHighSurrogate(value[i]) || i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return true;
            i += 2;
            int next = value[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }
        return false;
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string value, escaping lone surrogates as <c>\uDXXX</c>.</summary>
    public static void Write(Utf8JsonWriter writer, string value)
    {
        if (!HasLoneSurrogate(value))
        {
#if NET10_0_OR_GREATER
            if (value.Length > SegmentLength)
            {
                WriteInSegments(writer, value);
                return;
            }
#endif
            writer.WriteStringValue(value);
            return;
        }
        writer.WriteRawValue(Escape(value), skipInputValidation: true);
    }

#if NET10_0_OR_GREATER
    // A long value (a document's echoed text) goes out in pieces: in one piece the writer asks its buffer for room for
    // the value fully escaped, six bytes a character (120 MB for a 20 MB document), however little of it is escaped.
    private const int SegmentLength = 1 << 15;

    private static void WriteInSegments(Utf8JsonWriter writer, ReadOnlySpan<char> value)
    {
        while (value.Length > SegmentLength)
        {
            int cut = SegmentLength;
            if (char.IsHighSurrogate(value[cut - 1])) cut--; // never split a surrogate pair
            writer.WriteStringValueSegment(value[..cut], isFinalSegment: false);
            value = value[cut..];
        }
        writer.WriteStringValueSegment(value, isFinalSegment: true);
    }
#endif

    /// <summary>The JSON string literal (with quotes) for a value that holds lone surrogates.</summary>
    private static string Escape(ReadOnlySpan<char> value)
    {
        var json = new StringBuilder(value.Length + 16).Append('"');
        int runStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            AppendEncoded(json, value[runStart..i]);
            json.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            runStart = i + 1;
        }
        AppendEncoded(json, value[runStart..]);
        return json.Append('"').ToString();
    }

    private static void AppendEncoded(StringBuilder json, ReadOnlySpan<char> run)
    {
        // The same escaping as the rest of the output: quotes, backslashes and control characters only.
        if (!run.IsEmpty) json.Append(JsonEncodedText.Encode(run, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value);
    }

    /// <summary>Reads the current string token exactly, lone surrogate escapes included; null for a JSON null.</summary>
    /// <exception cref="JsonException">The token is neither a string nor null.</exception>
    public static string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        if (!reader.ValueIsEscaped) return reader.GetString();
        byte[]? rented = null;
        ReadOnlySpan<byte> raw;
        if (reader.HasValueSequence)
        {
            rented = ArrayPool<byte>.Shared.Rent(checked((int)reader.ValueSequence.Length));
            reader.ValueSequence.CopyTo(rented);
            raw = rented.AsSpan(0, (int)reader.ValueSequence.Length);
        }
        else
        {
            raw = reader.ValueSpan;
        }
        try
        {
            return Unescape(raw);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Unescapes the UTF-8 bytes between a JSON string's quotes, keeping each <c>\uXXXX</c> as one code unit.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            int slash = raw.IndexOf((byte)'\\');
            var run = slash < 0 ? raw : raw[..slash];
            if (!run.IsEmpty) text.Append(Encoding.UTF8.GetString(run));
            if (slash < 0) break;
            if (slash + 1 >= raw.Length) throw new JsonException("A JSON string ends inside an escape.");
            byte kind = raw[slash + 1];
            int consumed = 2;
            switch (kind)
            {
                case (byte)'"': text.Append('"'); break;
                case (byte)'\\': text.Append('\\'); break;
                case (byte)'/': text.Append('/'); break;
                case (byte)'b': text.Append('\b'); break;
                case (byte)'f': text.Append('\f'); break;
                case (byte)'n': text.Append('\n'); break;
                case (byte)'r': text.Append('\r'); break;
                case (byte)'t': text.Append('\t'); break;
                case (byte)'u':
                    if (slash + 6 > raw.Length || !TryParseHex(raw.Slice(slash + 2, 4), out char unit))
                        throw new JsonException("A JSON \\u escape needs four hexadecimal digits.");
                    text.Append(unit);
                    consumed = 6;
                    break;
                default:
                    throw new JsonException($"'\\{(char)kind}' is not a JSON escape.");
            }
            raw = raw[(slash + consumed)..];
        }
        return text.ToString();
    }

    private static bool TryParseHex(ReadOnlySpan<byte> digits, out char unit)
    {
        int value = 0;
        foreach (byte b in digits)
        {
            int d = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                unit = default;
                return false;
            }
            value = value * 16 + d;
        }
        unit = (char)value;
        return true;
    }
}
