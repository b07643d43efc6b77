namespace PoliticalNlp.Cli;

/// <summary>
/// <c>politicalnlp analyze</c>: documents in, spec section 6 JSON (or a readable summary, or one HTML page) out, in
/// input order.
/// Each document stands alone: one that cannot be read or analysed is reported with its source and line, skipped,
/// and every other document is still written (exit code 1).
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>A finished document: its output bytes, or the document to stream, or why there is neither.</summary>
    private sealed record Outcome(string Source, byte[]? Output, AnalyzedDocument? Streamed, string? Error, long InputBytes)
    {
        public bool Failed => Output is null && Streamed is null;
    }

    /// <summary>
    /// Documents of at least this many characters are serialised straight into the output on the writing thread
    /// instead of into a string and then bytes: a 20 MB document's 78 MB of JSON would otherwise be held three times.
    /// </summary>
    private const int StreamedLength = 1 << 20;

    public static int Run(AnalyzeOptions options, CliConsole console)
    {
        if (options.Inputs.Count == 0 && console.InputIsTerminal)
            throw new UsageException("no input: give FILEs or a directory, or pipe JSON Lines ({\"id\": ..., \"text\": ...} a line) into standard input", showHelp: true);
        var files = InputReader.Expand(options.Inputs);
        if (options.Output is { } output)
        {
            if (Directory.Exists(output)) throw new UsageException($"--output {output} is a directory; give a file name");
            string target = Path.GetFullPath(output);
            if (files.Any(f => f != InputReader.StandardInput && Path.GetFullPath(f) == target))
                throw new UsageException($"--output {output} is one of the inputs; it would be overwritten");
        }

        var progress = options.Progress ? new ProgressReporter(console.Error, console.ErrorIsTerminal, InputReader.TotalBytes(files)) : null;
        var analyzer = new PoliticalTextAnalyzer();
        using var sink = options.Output is null ? OutputSink.ForStandardOutput(console.Out) : OutputSink.ForFile(options.Output);

        int failures = 0, written = 0;
        var page = options.Format == "html" ? new List<AnalyzedDocument>() : null;
        var outcomes = OrderedPipeline.Run(
            InputReader.Read(files, console.In),
            input => Process(analyzer, input, options),
            maxItems: 4 * Environment.ProcessorCount,
            weight: input => input.Text?.Length ?? 0,
            maxWeight: 64L << 20);
        if (options.Format == "json") sink.Write("["u8);
        foreach (var outcome in outcomes)
        {
            if (outcome.Failed)
            {
                failures++;
                progress?.Interrupt();
                console.Error.WriteLine($"politicalnlp: {outcome.Source}: {outcome.Error}");
            }
            else if (page is not null)
            {
                // One page for the whole run (with a table of contents): the documents wait for the last one.
                page.Add(outcome.Streamed!);
                written++;
            }
            else
            {
                if (options.Format == "json") sink.Write(written == 0 ? "\n"u8 : ",\n"u8);
                if (outcome.Streamed is { } doc)
                {
                    try
                    {
                        sink.WriteJson(doc);
                    }
                    catch (Exception e) when (e is not OutputException)
                    {
                        // Serialising on this thread: a failure is still this document's alone (its JSON is cut short).
                        failures++;
                        progress?.Interrupt();
                        console.Error.WriteLine($"politicalnlp: {outcome.Source}: writing failed, its JSON is incomplete: {e.GetType().Name}: {e.Message}");
                    }
                }
                else
                {
                    sink.Write(outcome.Output);
                }
                if (options.Format == "jsonl") sink.Write("\n"u8);
                written++;
                // Flushed a document at a time: a reader sees results as they come, and a closed pipe stops the run now.
                sink.Flush();
            }
            progress?.Add(outcome.InputBytes);
        }
        if (options.Format == "json") sink.Write(written == 0 ? "]\n"u8 : "\n]\n"u8);
        if (page is not null) sink.WriteText(writer => Rendering.HtmlReport.Write(page, writer, page.Count == 1 && page[0].Id is { } id ? $"PoliticalNlp: {id}" : "PoliticalNlp"));
        sink.Flush();
        progress?.Finish();
        if (failures > 0)
        {
            console.Error.WriteLine($"politicalnlp: {failures} document(s) could not be read or analysed; the other {written} were written");
            return CommandLine.SomeDocumentsFailed;
        }
        return CommandLine.Success;
    }

    private static Outcome Process(PoliticalTextAnalyzer analyzer, InputDocument input, AnalyzeOptions options)
    {
        if (input.Text is null) return new Outcome(input.Source, null, null, input.Error, input.Bytes);
        try
        {
            var doc = analyzer.Analyze(input.Text, input.Id);
            if (options.Format == "html" || (input.Text.Length >= StreamedLength && options.Format != "text" && input.RawId is null && !options.OmitText))
                return new Outcome(input.Source, null, doc, null, input.Bytes);
            return new Outcome(input.Source, DocumentRenderer.Render(doc, input.RawId, options.Format, options.OmitText, options.Explain), null, null, input.Bytes);
        }
        catch (Exception e)
        {
            // One document's failure (a bug, or memory it could not get) must not cost the others: report and go on.
            return new Outcome(input.Source, null, null, $"analysis failed: {e.GetType().Name}{Where(e)}: {e.Message}", input.Bytes);
        }
    }

    /// <summary>" in Type.Method" for the library method that threw (not the runtime's throw helper), for the bug report.</summary>
    private static string Where(Exception e)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(e).GetFrames())
        {
            if (frame.GetMethod() is { DeclaringType: { } type } method && type.Namespace?.StartsWith("PoliticalNlp", StringComparison.Ordinal) == true)
                return $" in {type.Name}.{method.Name}";
        }
        return "";
    }
}
