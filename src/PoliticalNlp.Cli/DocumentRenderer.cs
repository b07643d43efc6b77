using System.Text;
using System.Text.Json;

namespace PoliticalNlp.Cli;

/// <summary>One analysed document as the bytes the chosen format writes for it.</summary>
internal static class DocumentRenderer
{
    /// <summary>The document in <paramref name="format"/>: its JSON (no line ending) or its text report.</summary>
    /// <param name="doc">The analysis.</param>
    /// <param name="rawId">The id exactly as the input gave it, when it was not a string; replaces the JSON's id.</param>
    /// <param name="format">jsonl, json or text.</param>
    /// <param name="omitText">Leave the echoed text out of the JSON.</param>
    /// <param name="explain">In the text report, the trace of each claim and link.</param>
    public static byte[] Render(AnalyzedDocument doc, byte[]? rawId, string format, bool omitText, bool explain = false)
    {
        if (format == "text")
        {
            var report = new StringWriter();
            TextReport.Write(doc, report, explain);
            return Encoding.UTF8.GetBytes(report.ToString());
        }
        var json = Encoding.UTF8.GetBytes(doc.ToJson());
        return rawId is null && !omitText ? json : Rewrite(json, rawId, omitText);
    }

    /// <summary>
    /// Puts the input's own id token in place of the JSON's id value and drops the top-level "text" property, by
    /// splicing the serialised bytes: the library writes ids as strings and always echoes the text.
    /// </summary>
    private static byte[] Rewrite(byte[] json, byte[]? rawId, bool omitText)
    {
        (int Start, int End)? idValue = null, textProperty = null;
        var reader = new Utf8JsonReader(json);
        reader.Read(); // the document's StartObject
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int nameStart = (int)reader.TokenStartIndex;
            bool isId = reader.ValueTextEquals("id"u8);
            bool isText = reader.ValueTextEquals("text"u8);
            reader.Read();
            int valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            int valueEnd = (int)reader.BytesConsumed;
            if (isId) idValue = (valueStart, valueEnd);
            if (isText) textProperty = (nameStart, valueEnd);
        }

        var edits = new List<(int Start, int End, byte[] Replacement)>(2);
        if (rawId is not null && idValue is { } id) edits.Add((id.Start, id.End, rawId));
        if (omitText && textProperty is { } text)
        {
            // Take the comma that joined the property to its neighbour with it.
            var (start, end) = text;
            if (end < json.Length && json[end] == (byte)',') end++;
            else if (start > 0 && json[start - 1] == (byte)',') start--;
            edits.Add((start, end, []));
        }
        edits.Sort((x, y) => x.Start.CompareTo(y.Start));

        var result = new MemoryStream(json.Length + (rawId?.Length ?? 0));
        int at = 0;
        foreach (var (start, end, replacement) in edits)
        {
            result.Write(json, at, start - at);
            result.Write(replacement);
            at = end;
        }
        result.Write(json, at, json.Length - at);
        return result.ToArray();
    }
}
