using System.Text.Json;

namespace PoliticalNlp.Cli;

/// <summary>
/// Turns the command line's inputs into documents: a .txt file is one document, a .jsonl file or standard input one
/// document a line. A byte order mark is skipped; invalid UTF-8, bad JSON or an undecodable string is reported for its
/// own line (the document fails, the others go on).
/// </summary>
internal static class InputReader
{
    public const string StandardInput = "-";

    /// <summary>Resolves directories to the .txt and .jsonl files in them and checks that every input exists.</summary>
    /// <exception cref="UsageException">An input does not exist, is a .json file, or is a directory with nothing to read.</exception>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0) return [StandardInput];
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input).Where(f => IsJsonLines(f) || HasExtension(f, ".txt")).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new UsageException($"{input}: a directory with no .txt or .jsonl files in it");
                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                if (HasExtension(input, ".json"))
                    throw new UsageException($"{input}: a .json file is not an input; give a .txt file (one document) or a .jsonl file (one {{\"id\": ..., \"text\": ...}} object a line)");
                files.Add(input);
            }
            else
            {
                throw new UsageException($"no such file or directory: {input}");
            }
        }
        return files;
    }

    /// <summary>The total size of the inputs in bytes, or null when standard input is one of them.</summary>
    public static long? TotalBytes(IReadOnlyList<string> files)
    {
        long total = 0;
        foreach (var file in files)
        {
            if (file == StandardInput) return null;
            total += new FileInfo(file).Length;
        }
        return total;
    }

    /// <summary>The documents of every input, in order.</summary>
    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> files, Stream stdin)
    {
        foreach (var file in files)
        {
            var documents = file == StandardInput ? ReadJsonLines("<stdin>", stdin)
                : IsJsonLines(file) ? ReadJsonLinesFile(file)
                : [ReadTextFile(file)];
            foreach (var document in documents) yield return document;
        }
    }

    private static bool HasExtension(string path, string extension) => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonLines(string path) => HasExtension(path, ".jsonl") || HasExtension(path, ".ndjson");

    private static InputDocument ReadTextFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputDocument.Failed(path, $"cannot read: {e.Message}", 0);
        }
        var content = bytes.AsSpan();
        if (content.StartsWith(Utf8Text.ByteOrderMark)) content = content[Utf8Text.ByteOrderMark.Length..];
        var text = Utf8Text.TryDecode(content, out int invalidAt);
        if (text is null)
        {
            int line = 1 + content[..invalidAt].Count((byte)'\n');
            return InputDocument.Failed($"{path} line {line}", $"invalid UTF-8 (byte 0x{content[invalidAt]:X2} at byte offset {invalidAt + bytes.Length - content.Length})", bytes.Length);
        }
        return new InputDocument(path, Path.GetFileNameWithoutExtension(path), null, text, null, bytes.Length);
    }

    private static IEnumerable<InputDocument> ReadJsonLinesFile(string path)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputDocument.Failed(path, $"cannot read: {e.Message}", 0)];
        }
        return ReadJsonLines(path, stream, ownsStream: true);
    }

    private static IEnumerable<InputDocument> ReadJsonLines(string source, Stream stream, bool ownsStream = false)
    {
        try
        {
            var reader = new Utf8LineReader(stream);
            int lineNumber = 0;
            while (true)
            {
                InputDocument? document;
                try
                {
                    if (!reader.TryReadLine(out var line)) yield break;
                    lineNumber++;
                    document = ParseLine($"{source} line {lineNumber}", line, lineNumber);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    document = InputDocument.Failed($"{source} line {lineNumber + 1}", $"cannot read: {e.Message}", 0);
                    lineNumber = -1;
                }
                if (document is not null) yield return document;
                if (lineNumber < 0) yield break;
            }
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    /// <summary>One JSON Lines line as a document, or null for a blank line.</summary>
    internal static InputDocument? ParseLine(string source, ReadOnlyMemory<byte> line, int lineNumber)
    {
        if (line.Span.IndexOfAnyExcept(" \t\r"u8) < 0) return null;
        int invalidAt = Utf8Text.FirstInvalidByte(line.Span);
        if (invalidAt >= 0) return InputDocument.Failed(source, $"invalid UTF-8 (byte 0x{line.Span[invalidAt]:X2} at byte {invalidAt + 1} of the line)", line.Length);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return InputDocument.Failed(source, "expected a JSON object {\"id\": ..., \"text\": ...}", line.Length);
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return InputDocument.Failed(source, "missing string property \"text\"", line.Length);
            string? id = $"line-{lineNumber}";
            byte[]? rawId = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind == JsonValueKind.String)
                {
                    id = Decode(idElement, "id");
                }
                else
                {
                    // A number stays a number and null stays null: the id is written back as the input gave it.
                    rawId = JsonSerializer.SerializeToUtf8Bytes(idElement);
                    id = idElement.ValueKind == JsonValueKind.Null ? null : System.Text.Encoding.UTF8.GetString(rawId);
                }
            }
            return new InputDocument(source, id, rawId, Decode(text, "text"), null, line.Length);
        }
        catch (JsonException e)
        {
            return InputDocument.Failed(source, $"not valid JSON: {e.Message}", line.Length);
        }
        catch (UndecodableStringException e)
        {
            return InputDocument.Failed(source, e.Message, line.Length);
        }
    }

    private static string Decode(JsonElement element, string property)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // "\ud800": an escaped lone surrogate is valid JSON but no valid Unicode string.
            throw new UndecodableStringException($"\"{property}\" cannot be decoded (a lone surrogate escape such as \\ud800?): {e.Message}");
        }
    }

    private sealed class UndecodableStringException(string message) : Exception(message);
}
