namespace PoliticalNlp;

/// <summary>
/// A span of the analysed text: <c>[Start, End)</c> in UTF-16 code units, and the text at those offsets.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset just past the last code unit.</param>
/// <param name="Text">The characters between <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record TextSpan(int Start, int End, string Text)
{
    /// <summary>Number of UTF-16 code units.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;

    internal static TextSpan Of(string source, int start, int end) => new(start, end, source.Substring(start, end - start));
}
