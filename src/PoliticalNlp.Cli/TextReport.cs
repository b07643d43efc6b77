namespace PoliticalNlp.Cli;

/// <summary>The human-readable summary printed by <c>analyze --format text</c>.</summary>
internal static class TextReport
{
    public static void Write(AnalyzedDocument doc, TextWriter w)
    {
        w.WriteLine($"== {doc.Id} — {doc.Tokens.Length} tokens, {doc.Sentences.Length} sentences");
        w.WriteLine($"Entities ({doc.Entities.Length}):");
        foreach (var group in doc.Entities.GroupBy(e => (e.Type, e.Canonical)).OrderBy(g => g.Key.Type).ThenByDescending(g => g.Count()))
        {
            var e = group.First();
            string extra = e.Iso is not null ? $" [{e.Iso}]" : e.ResolvedState is not null ? $" [→{e.ResolvedState}]" : "";
            w.WriteLine($"  {group.Key.Type,-7} {group.Key.Canonical}{extra} ×{group.Count()}");
        }
        w.WriteLine($"Claims ({doc.Claims.Length}):");
        foreach (var c in doc.Claims)
        {
            string who = c.SpeakerCanonical ?? c.Speaker?.Text ?? "?";
            string via = c.Via is null ? "" : $" (via {c.Via.Text})";
            string quote = c.Direct ? "“" : "";
            string unquote = c.Direct ? "”" : "";
            w.WriteLine($"  [{c.Id}] {who}{via} — {c.Kind}, {c.Cue?.Text ?? "(continued)"}: {quote}{Shorten(c.Content.Text)}{unquote}");
        }
        w.WriteLine($"Links ({doc.Links.Length}):");
        foreach (var l in doc.Links)
            w.WriteLine($"  {l.From} ← {l.Kind} — {(l.To ?? "“" + Shorten(l.ToSpan?.Text ?? "") + "”")}");
        w.WriteLine();
    }

    private static string Shorten(string s) => s.Length <= 140 ? s : s[..137] + "…";
}
