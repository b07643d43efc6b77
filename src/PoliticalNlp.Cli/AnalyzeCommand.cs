using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoliticalNlp.Cli;

/// <summary><c>politicalnlp analyze</c>: documents in, spec section 6 JSON (or a readable summary) out, in input order.</summary>
internal static class AnalyzeCommand
{
    private sealed record InputDocument(string Source, string? Id, string? Text, string? Error);

    public static int Run(ReadOnlySpan<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string format = "jsonl";
        string? output = null;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" or "-f":
                    format = i + 1 < args.Length ? args[++i] : throw new UsageException("--format needs a value: jsonl, json or text");
                    if (format is not ("jsonl" or "json" or "text")) throw new UsageException($"unknown format '{format}': use jsonl, json or text");
                    break;
                case "--output" or "-o":
                    output = i + 1 < args.Length ? args[++i] : throw new UsageException("--output needs a path");
                    break;
                default:
                    if (args[i].StartsWith('-') && args[i] != "-") throw new UsageException($"unknown option '{args[i]}'");
                    files.Add(args[i]);
                    break;
            }
        }

        foreach (var file in files)
        {
            if (file != "-" && !File.Exists(file))
            {
                stderr.WriteLine($"politicalnlp: no such file: {file}");
                return 2;
            }
        }

        var analyzer = new PoliticalTextAnalyzer();
        TextWriter writer = output is null ? stdout : new StreamWriter(output, false, new UTF8Encoding(false));
        int failures = 0;
        try
        {
            var inputs = files.Count == 0 ? ReadJsonLines("<stdin>", stdin) : files.SelectMany(ReadFile);
            // Analyse in parallel, write in input order: a bad line is reported and skipped, the rest still written.
            var results = inputs
                .AsParallel().AsOrdered()
                .Select(d => (Input: d, Doc: d.Error is null ? analyzer.Analyze(d.Text!, d.Id) : null));
            bool first = true;
            if (format == "json") writer.Write('[');
            foreach (var (input, doc) in results)
            {
                if (doc is null)
                {
                    failures++;
                    stderr.WriteLine($"politicalnlp: {input.Source}: {input.Error}");
                    continue;
                }
                switch (format)
                {
                    case "jsonl":
                        writer.WriteLine(doc.ToJson());
                        break;
                    case "json":
                        writer.WriteLine(first ? "" : ",");
                        writer.Write(doc.ToJson());
                        break;
                    default:
                        TextReport.Write(doc, writer);
                        break;
                }
                first = false;
            }
            if (format == "json") writer.WriteLine(first ? "]" : "\n]");
        }
        finally
        {
            writer.Flush();
            if (output is not null) writer.Dispose();
        }
        if (failures > 0) stderr.WriteLine($"politicalnlp: {failures} input(s) could not be read; the others were written");
        return failures > 0 ? 1 : 0;
    }

    private static IEnumerable<InputDocument> ReadFile(string path)
    {
        if (path == "-") return ReadJsonLines("<stdin>", Console.In);
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            return ReadJsonLines(path, new StreamReader(path, Encoding.UTF8));
        return [new InputDocument(path, Path.GetFileNameWithoutExtension(path), File.ReadAllText(path, Encoding.UTF8), null)];
    }

    private static IEnumerable<InputDocument> ReadJsonLines(string source, TextReader reader)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine($"{source} line {lineNumber}", line, lineNumber);
        }
    }

    private static InputDocument ParseLine(string source, string line, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return new InputDocument(source, null, null, "expected a JSON object {\"id\": ..., \"text\": ...}");
            if (!json.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return new InputDocument(source, null, null, "missing string property \"text\"");
            string id = json.RootElement.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText()
                : $"line-{lineNumber}";
            return new InputDocument(source, id, text.GetString(), null);
        }
        catch (JsonException e)
        {
            return new InputDocument(source, null, null, $"not valid JSON: {e.Message}");
        }
    }
}
