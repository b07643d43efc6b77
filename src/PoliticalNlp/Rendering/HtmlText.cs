namespace PoliticalNlp.Rendering;

/// <summary>HTML escaping for text content and attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> as element content: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static void Write(TextWriter w, ReadOnlySpan<char> text) => Write(w, text, attribute: false);

    /// <summary>Writes <paramref name="text"/> as a double-quoted attribute value: quotes escaped too.</summary>
    public static void WriteAttribute(TextWriter w, ReadOnlySpan<char> text) => Write(w, text, attribute: true);

    private static void Write(TextWriter w, ReadOnlySpan<char> text, bool attribute)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\'' when attribute => "&#39;",
                // NUL is a parse error in HTML and dropped by browsers: show it instead of losing a character.
                '\0' => "\uFFFD",
                _ => null,
            };
            if (entity is null) continue;
            w.Write(text[run..i]);
            w.Write(entity);
            run = i + 1;
        }
        w.Write(text[run..]);
    }
}
