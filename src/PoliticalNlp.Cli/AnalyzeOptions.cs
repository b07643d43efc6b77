namespace PoliticalNlp.Cli;

/// <summary>What <c>politicalnlp analyze</c> was asked to do, as parsed from the command line.</summary>
/// <param name="Inputs">Files, directories or '-' (standard input); empty means standard input.</param>
/// <param name="Format">jsonl, json, text or html.</param>
/// <param name="Output">The output file, or null for standard output.</param>
/// <param name="OmitText">Leave the echoed document text out of the JSON.</param>
/// <param name="Progress">Report progress on standard error.</param>
/// <param name="Explain">In the text report, say which rule or model made each claim and link.</param>
internal sealed record AnalyzeOptions(IReadOnlyList<string> Inputs, string Format, string? Output, bool OmitText, bool Progress, bool Explain = false);
