namespace PoliticalNlp.Claims;

/// <summary>Case-insensitive look-ups of the small phrase lists the claim rules read (markers, cue stems, kind words).</summary>
internal static class Phrases
{
    /// <summary>True when <paramref name="text"/> contains any of <paramref name="phrases"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var p in phrases) if (text.Contains(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when a word of <paramref name="text"/> starts with any of <paramref name="stems"/>.</summary>
    public static bool HasWordStartingWith(ReadOnlySpan<char> text, string[] stems)
    {
        foreach (var (start, length) in ClaimProfile.Words(text))
            foreach (var stem in stems) if (text.Slice(start, length).StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
