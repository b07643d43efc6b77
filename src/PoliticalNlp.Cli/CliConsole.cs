namespace PoliticalNlp.Cli;

/// <summary>The process's standard streams, passed in so that tests and callers can substitute their own.</summary>
/// <param name="In">Standard input, read as bytes.</param>
/// <param name="Out">Standard output, written as UTF-8 bytes.</param>
/// <param name="Error">Standard error: diagnostics, usage and progress.</param>
/// <param name="InputIsTerminal">Standard input is a terminal (nobody is piping documents in).</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal (a progress line may redraw itself).</param>
/// <param name="OutputIsTerminal">Standard output is a terminal (results and a redrawn progress line would mix).</param>
internal sealed record CliConsole(Stream In, Stream Out, TextWriter Error, bool InputIsTerminal, bool ErrorIsTerminal, bool OutputIsTerminal);
