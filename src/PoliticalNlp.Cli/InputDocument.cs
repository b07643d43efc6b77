namespace PoliticalNlp.Cli;

/// <summary>One document read from an input, or the reason it could not be read.</summary>
/// <param name="Source">Where it came from, for messages: a file name, or "name line N" for JSON Lines.</param>
/// <param name="Id">The document's id as text (for the text report), or null.</param>
/// <param name="RawId">
/// The id exactly as the input's JSON gave it when it was not a string (<c>7</c>, <c>null</c>): written back as is.
/// </param>
/// <param name="Text">The text, or null when <paramref name="Error"/> says why there is none.</param>
/// <param name="Error">Why the document could not be read, or null.</param>
/// <param name="Bytes">The input bytes it took, for progress.</param>
internal sealed record InputDocument(string Source, string? Id, byte[]? RawId, string? Text, string? Error, long Bytes)
{
    public static InputDocument Failed(string source, string error, long bytes) => new(source, null, null, null, error, bytes);
}
