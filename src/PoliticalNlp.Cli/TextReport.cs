namespace PoliticalNlp.Cli;

/// <summary>
/// The human-readable summary printed by <c>analyze --format text</c>: one line an entity (grouped), a claim and a link,
/// whatever the text holds (line breaks and tabs in a span print as a space, so a claim never spills onto the next
/// line). The legend is in README.md ("Reading the text report").
/// </summary>
internal static class TextReport
{
    /// <summary>Writes the report of one document; with <paramref name="explain"/>, each claim and link line ends with
    /// its trace in brackets (<c>[SpeakerCueContent cue 'denied' (Deny)]</c>, <c>[model p=0.41]</c>).</summary>
    public static void Write(AnalyzedDocument doc, TextWriter w, bool explain = false)
    {
        w.WriteLine($"== {doc.Id} — {doc.Tokens.Length} tokens, {doc.Sentences.Length} sentences");
        w.WriteLine($"Entities ({doc.Entities.Length}):");
        foreach (var group in doc.Entities.GroupBy(e => (e.Type, e.Canonical)).OrderBy(g => g.Key.Type).ThenByDescending(g => g.Count()))
        {
            var e = group.First();
            string extra = e.Iso is not null ? $" [{e.Iso}]" : e.ResolvedState is not null ? $" [→{e.ResolvedState}]" : "";
            w.WriteLine($"  {group.Key.Type,-7} {OneLine(group.Key.Canonical)}{extra} ×{group.Count()}");
        }
        w.WriteLine($"Claims ({doc.Claims.Length}):");
        foreach (var c in doc.Claims)
        {
            string who = OneLine(c.SpeakerCanonical ?? c.Speaker?.Text ?? "?");
            string via = c.Via is null ? "" : $" (via {OneLine(c.Via.Text)})";
            string quote = c.Direct ? "“" : "";
            string unquote = c.Direct ? "”" : "";
            string trace = explain ? $"  [{OneLine(c.Explain)}]" : "";
            w.WriteLine($"  [{c.Id}] {who}{via} — {c.Kind}, {OneLine(c.Cue?.Text ?? "(continued)")}: {quote}{Shorten(c.Content.Text)}{unquote}{trace}");
        }
        w.WriteLine($"Links ({doc.Links.Length}):");
        foreach (var l in doc.Links)
            w.WriteLine($"  {l.From} ← {l.Kind} — {(l.To ?? "“" + Shorten(l.ToSpan?.Text ?? "") + "”")}{(explain ? $"  [{l.Explain}]" : "")}");
        w.WriteLine();
    }

    private static string Shorten(string s)
    {
        s = OneLine(s);
        return s.Length <= 140 ? s : s[..137] + "…";
    }

    /// <summary>The text with every run of line breaks, tabs and other control characters as one space.</summary>
    internal static string OneLine(string s)
    {
        if (!s.Any(char.IsControl)) return s;
        var b = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (char ch in s)
        {
            if (char.IsControl(ch))
            {
                if (!space) b.Append(' ');
                space = true;
                continue;
            }
            b.Append(ch);
            space = false;
        }
        return b.ToString();
    }
}
