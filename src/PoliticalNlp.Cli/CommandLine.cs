using System.CommandLine;
using System.Text;

namespace PoliticalNlp.Cli;

/// <summary>The <c>politicalnlp</c> command line: parses arguments and dispatches to a command.</summary>
/// <remarks>
/// Exit codes: 0 everything written; 1 some documents could not be read or analysed (each reported, the others
/// written); 2 a usage mistake or an output that cannot be written (nothing more is attempted).
/// </remarks>
internal static class CommandLine
{
    public const int Success = 0;
    public const int SomeDocumentsFailed = 1;
    public const int Fatal = 2;

    private const string UsageHint = "run 'politicalnlp analyze --help' for usage";

    public static int Run(string[] args, CliConsole console)
    {
        var root = Build(console);
        // Response files (@file) are off: an input file name may start with '@'.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        using var output = new StreamWriter(console.Out, new UTF8Encoding(false), 4096, leaveOpen: true);
        try
        {
            if (args.Length == 0)
            {
                // No command at all: say what the tool does instead of a bare error.
                root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
                return Fatal;
            }
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) console.Error.WriteLine($"politicalnlp: {error.Message}");
                console.Error.WriteLine($"politicalnlp: {UsageHint}");
                return Fatal;
            }
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"politicalnlp: {e.Message}");
            if (e.ShowHelp) root.Parse(["analyze", "--help"]).Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
            else console.Error.WriteLine($"politicalnlp: {UsageHint}");
            return Fatal;
        }
        catch (OutputException e)
        {
            console.Error.WriteLine($"politicalnlp: {e.Message}");
            return Fatal;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An input that vanished or cannot be listed between the checks and the reading.
            console.Error.WriteLine($"politicalnlp: {e.Message}");
            return Fatal;
        }
        finally
        {
            try
            {
                output.Flush();
            }
            catch (IOException)
            {
                // Help text into a closed pipe: nothing left to tell anyone.
            }
        }
    }

    private static RootCommand Build(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "A .txt file is one document (id = file name without extension); a .jsonl file holds one {\"id\": ..., \"text\": ...} "
                + "object a line; a directory stands for the .txt and .jsonl files in it; '-' or no FILE reads JSON Lines from standard input.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: jsonl (one JSON document a line, the default), json (one array), text (a readable summary) "
                + "or html (one self-contained page for all documents, held in memory until the last).",
            DefaultValueFactory = _ => "jsonl",
            HelpName = "jsonl|json|text|html",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "text", "html");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output (never one of the inputs).",
            HelpName = "PATH",
        };
        var noText = new Option<bool>("--no-text")
        {
            Description = "Leave the echoed document text out of the JSON (spans keep their offsets and their own text).",
        };
        var progress = new Option<bool>("--progress")
        {
            Description = "Report documents, megabytes, MB/s and the time left on standard error (on by default when standard error is a terminal and the results go to a file or a pipe).",
        };

        var explain = new Option<bool>("--explain")
        {
            Description = "With --format text, say after each claim which sentence layout and cue produced it, and after each link which rule "
                + "or model made it (with the model's confidence): the trace for checking a result.",
        };

        var analyze = new Command("analyze", "Find entities, claims and counter-claim links in documents; results come out in input order.")
        {
            files, format, output, noText, progress, explain,
        };
        analyze.Validators.Add(result =>
        {
            if (result.GetValue(explain) && (result.GetValue(format) ?? "jsonl") != "text")
                result.AddError("--explain needs --format text (the JSON follows the extraction spec and carries no trace).");
        });
        analyze.SetAction(parse => AnalyzeCommand.Run(
            new AnalyzeOptions(
                parse.GetValue(files) ?? [],
                parse.GetValue(format) ?? "jsonl",
                parse.GetValue(output),
                OmitText: parse.GetValue(noText),
                // By default only when someone watches standard error and the results go elsewhere.
                Progress: parse.GetValue(progress) || (console.ErrorIsTerminal && (parse.GetValue(output) is not null || !console.OutputIsTerminal)),
                Explain: parse.GetValue(explain)),
            console));

        return new RootCommand("politicalnlp: people, states and agencies named in political news, who claims what, and which statements deny, contradict or fail to confirm those claims.")
        {
            analyze,
        };
    }
}

/// <summary>A command-line mistake, reported with a pointer to the usage text, or the usage text itself (exit code 2).</summary>
internal sealed class UsageException(string message, bool showHelp = false) : Exception(message)
{
    /// <summary>Print the whole usage of <c>analyze</c>, not just a pointer to it.</summary>
    public bool ShowHelp { get; } = showHelp;
}

/// <summary>The output cannot be written (missing folder, full device, closed pipe): the run ends (exit code 2).</summary>
internal sealed class OutputException(string message, Exception inner) : Exception(message, inner);
