namespace PoliticalNlp.FuzzTests;

/// <summary>
/// What every analysis must satisfy whatever the input: spans inside the text and naming its exact slice, tokens,
/// sentences, entities and claims in text order, claim ids unique, every link end present.
/// </summary>
internal static class Invariants
{
    /// <summary>The violations found in <paramref name="doc"/> (empty when it is sound).</summary>
    public static List<string> Violations(string text, AnalyzedDocument doc)
    {
        var problems = new List<string>();
        if (!ReferenceEquals(doc.Text, text) && doc.Text != text) problems.Add("document text differs from the input");

        int previousEnd = 0;
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            var t = doc.Tokens[i];
            if (t.Length <= 0 || t.Start < previousEnd || t.End > text.Length) problems.Add($"token {i} [{t.Start},{t.End}) out of range or order");
            previousEnd = t.End;
        }

        previousEnd = 0;
        for (int i = 0; i < doc.Sentences.Length; i++)
        {
            var s = doc.Sentences[i];
            if (s.Start < previousEnd || s.End < s.Start || s.End > text.Length) problems.Add($"sentence {i} [{s.Start},{s.End}) out of range or order");
            if (s.FirstToken < 0 || s.TokenCount < 0 || s.FirstToken + s.TokenCount > doc.Tokens.Length) problems.Add($"sentence {i} tokens out of range");
            previousEnd = s.End;
        }

        previousEnd = 0;
        for (int i = 0; i < doc.Entities.Length; i++)
        {
            var e = doc.Entities[i];
            if (e.Start < previousEnd || e.End <= e.Start || e.End > text.Length) problems.Add($"entity {i} [{e.Start},{e.End}) out of range, overlapping or out of order");
            else if (e.Text != text[e.Start..e.End]) problems.Add($"entity {i} text is not its slice");
            previousEnd = Math.Max(previousEnd, e.End);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        int previousContent = 0;
        for (int i = 0; i < doc.Claims.Length; i++)
        {
            var c = doc.Claims[i];
            if (!ids.Add(c.Id)) problems.Add($"claim id {c.Id} repeated");
            CheckSpan(text, c.Content, $"claim {c.Id} content", problems);
            CheckSpan(text, c.Speaker, $"claim {c.Id} speaker", problems);
            CheckSpan(text, c.Cue, $"claim {c.Id} cue", problems);
            CheckSpan(text, c.Via, $"claim {c.Id} via", problems);
            if (c.Content.Start < previousContent) problems.Add($"claim {c.Id} out of text order");
            previousContent = c.Content.Start;
        }

        foreach (var link in doc.Links)
        {
            if (!ids.Contains(link.From)) problems.Add($"link from missing claim {link.From}");
            if (link.To is not null && !ids.Contains(link.To)) problems.Add($"link to missing claim {link.To}");
            if (link.To is null && link.ToSpan is null) problems.Add($"link from {link.From} has no target");
            CheckSpan(text, link.ToSpan, $"link from {link.From} target span", problems);
        }
        return problems;
    }

    private static void CheckSpan(string text, TextSpan? span, string what, List<string> problems)
    {
        if (span is null) return;
        if (span.Start < 0 || span.End < span.Start || span.End > text.Length) problems.Add($"{what} [{span.Start},{span.End}) out of range");
        else if (span.Text != text[span.Start..span.End]) problems.Add($"{what} text is not its slice");
    }
}
