using Microsoft.Win32.SafeHandles;
using PoliticalNlp.Cli;

// Standard input and output as bytes: the tool checks UTF-8 itself (BOM, invalid bytes reported per line)
// instead of letting Console's decoder replace bad bytes silently.
var console = new CliConsole(
    Console.OpenStandardInput(),
    OpenStandardOutput(),
    Console.Error,
    InputIsTerminal: !Console.IsInputRedirected,
    ErrorIsTerminal: !Console.IsErrorRedirected,
    OutputIsTerminal: !Console.IsOutputRedirected);
return CommandLine.Run(args, console);

// On Unix, Console's stdout stream swallows EPIPE, so a closed pipe (`politicalnlp analyze big.jsonl | head`) would
// let the run go on to the end and exit 0. A plain stream on descriptor 1 reports it. Only for pipes and terminals:
// a FileStream on a regular file writes at its own offset and would not advance the shell's shared one.
static Stream OpenStandardOutput()
{
    if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
    var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    if (!stream.CanSeek) return stream;
    stream.Dispose();
    return Console.OpenStandardOutput();
}
