using System.Runtime.InteropServices;

namespace PoliticalNlp;

/// <summary>
/// A token: a half-open range <c>[Start, End)</c> of UTF-16 code units in the analysed text.
/// A token does not copy its text; use <see cref="GetText(string)"/> or slice the source.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token : Text.IOffsetRange
{
    /// <summary>Creates a token.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    /// <summary>Offset of the first UTF-16 code unit.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's characters as a view of <paramref name="text"/> (no copy).</summary>
    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, Length);

    /// <summary>The token's characters as a new string.</summary>
    public string GetText(string text) => text.Substring(Start, Length);
}
