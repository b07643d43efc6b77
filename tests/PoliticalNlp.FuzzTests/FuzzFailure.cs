namespace PoliticalNlp.FuzzTests;

/// <summary>One input that broke an invariant, with what broke and where.</summary>
/// <param name="Kind">crash, invariant, nondeterministic or slow.</param>
/// <param name="Signature">What makes two failures the same bug (exception type and the method that threw, say).</param>
/// <param name="Message">The details.</param>
/// <param name="Input">The input that shows it.</param>
/// <param name="ClaimsStage">The failure lies in the claims stage (see <see cref="KnownIssues"/>).</param>
internal sealed record FuzzFailure(string Kind, string Signature, string Message, string Input, bool ClaimsStage)
{
    /// <summary>The run iteration that produced it, or -1.</summary>
    public long Iteration { get; init; } = -1;

    public bool Tolerated => ClaimsStage && KnownIssues.ClaimsStageFailuresTolerated;

    /// <summary>A C# string literal of the input, to paste into a regression test.</summary>
    public string InputLiteral => Literal(Input);

    public override string ToString() =>
        $"{Kind} ({Signature}){(ClaimsStage ? " [claims stage]" : "")} at iteration {Iteration}, {Input.Length} chars: {Message}\n    input: {Literal(Input.Length > 300 ? Input[..300] : Input)}{(Input.Length > 300 ? " …" : "")}";

    public static string Literal(string s)
    {
        var b = new System.Text.StringBuilder("\"");
        foreach (char c in s)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return b.Append('"').ToString();
    }
}
