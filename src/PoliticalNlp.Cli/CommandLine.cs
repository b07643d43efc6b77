using System.Text;
using System.Text.Json;

namespace PoliticalNlp.Cli;

/// <summary>The <c>politicalnlp</c> command line: parses arguments and dispatches to a command.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage:
          politicalnlp analyze [FILE ...] [--format jsonl|json|text] [--output PATH]
              A .txt FILE is one document (id = file name without extension); a .jsonl FILE, or standard
              input when no FILE is given, holds one {"id": ..., "text": ...} object a line.
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            return args[0] switch
            {
                "analyze" => AnalyzeCommand.Run(args.AsSpan(1), stdin, stdout, stderr),
                _ => Fail(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"politicalnlp: {message}");
        stderr.WriteLine(Usage);
        return 2;
    }
}

/// <summary>A command-line mistake, reported with the usage text.</summary>
internal sealed class UsageException(string message) : Exception(message);
