namespace PoliticalNlp.Claims;

/// <summary>
/// The kind of a claim whose cue is neutral (<c>said</c>, <c>told</c>, a continued quote), read from what it says:
/// a conditional threat warns (<c>If Belarusians don’t hold out, this wave will roll over there</c>), a commitment by
/// the speaker promises (<c>she would form a co-ordination council</c>), blame words accuse (<c>organised by
/// Belarus’s “enemies”</c>), and a negated involvement denies (<c>played no part in drafting</c>). A cue that already
/// says what the claim does (<c>warned</c>, <c>denied</c>) is never overridden.
/// </summary>
internal static class ContentKind
{
    private static readonly string[] WarningWords = ["threat", "danger", "dangerous", "risk", "catastroph", "disaster", "serious consequences", "could have"];

    private static readonly string[] AccusationWords =
    [
        "enemies", "enemy", "organised by", "organized by", "interference", "illegal", "fraud", "misuse", "corrupt", "violat",
        "lacks credibility", "broken agreements", "ignores", "rigging", "forging", "lied", "lying", "abuse", "puppet", "sabotage",
        "conspir", "cover-up", "cover up", "were directing", "was directing", "stole", "stolen", "bribe", "betray",
    ];

    private static readonly string[] CommitmentModals = ["will", "would", "shall", "'ll", "’ll", "intend", "intends", "pledge", "promise", "vow"];

    private static readonly string[] CommitmentSubjects = ["i", "we", "he", "she", "they", "our", "my"];

    private static readonly string[] DenialObjects = ["involved", "involvement", "part in", "responsib", "recogni", "true", "aware"];

    public static ClaimKind Refine(ClaimKind fromCue, ReadOnlySpan<char> content)
    {
        if (fromCue != ClaimKind.Statement || content.IsEmpty) return fromCue;
        bool negated = false;
        int words = 0;
        bool commitment = false;
        bool firstWordIsSubject = false;
        foreach (var (start, length) in ClaimProfile.Words(content))
        {
            var word = content.Slice(start, length);
            if (ClaimProfile.IsNegation(word)) negated = true;
            if (words == 0) firstWordIsSubject = IsAny(word, CommitmentSubjects);
            // "she would form …", "we intend to require …": the speaker's own commitment early in the content.
            if (words is >= 1 and <= 3 && firstWordIsSubject && IsAny(word, CommitmentModals)) commitment = true;
            words++;
        }
        bool conditional = StartsWithWord(content, "if") || StartsWithWord(content, "unless");
        if (conditional || Phrases.ContainsAny(content, WarningWords)) return ClaimKind.Warning;
        if (negated && Phrases.ContainsAny(content, DenialObjects)) return ClaimKind.Denial;
        if (Phrases.ContainsAny(content, AccusationWords)) return ClaimKind.Accusation;
        if (commitment) return ClaimKind.Promise;
        return ClaimKind.Statement;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> content, string word)
    {
        content = content.TrimStart("“\"‘' ");
        return content.StartsWith(word, StringComparison.OrdinalIgnoreCase) && content.Length > word.Length && !char.IsLetter(content[word.Length]);
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] set)
    {
        foreach (var s in set) if (word.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
