using System.Collections.Immutable;

namespace PoliticalNlp.Claims;

/// <summary>
/// Links claims to what bears on them (spec section 5), from what the text says outright: non-confirmation
/// sentences (<c>no immediate confirmation of … claim</c>), denials by another source, reversals flagged by the
/// narration (<c>a sharp turnround from …</c>), and contradictions between sources that answer each other with
/// negation or contrast. Targets are chosen by shared content words.
/// </summary>
internal static class ClaimLinker
{
    private static readonly string[] NotConfirmedMarkers =
    [
        "no immediate confirmation", "no confirmation", "could not be independently", "could not be verified", "could not be confirmed",
        "not independently verified", "not been verified", "not been confirmed", "unconfirmed", "no evidence", "never borne out",
        "without evidence", "did not confirm", "declined to confirm", "would not confirm", "has not confirmed", "was not confirmed",
    ];

    private static readonly string[] ReversalMarkers = ["turnround", "turnaround", "u-turn", "reversal", "about-face", "volte-face", "backtrack", "reversed"];

    public static ImmutableArray<ClaimLink> Link(string text, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims)
    {
        if (claims.IsEmpty) return ImmutableArray<ClaimLink>.Empty;
        var links = ImmutableArray.CreateBuilder<ClaimLink>();
        var words = claims.Select(c => ContentWords(c.Content.Text)).ToArray();

        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            bool notConfirmed = Contains(span, NotConfirmedMarkers);
            bool reversal = Contains(span, ReversalMarkers);
            if (!notConfirmed && !reversal) continue;
            bool isClaim = claims.Any(c => c.Content.Start < sentence.End && sentence.Start < c.Content.End);
            var sentenceWords = ContentWords(span.ToString());
            if (notConfirmed && !isClaim)
            {
                int target = BestMatch(claims, words, sentenceWords, c => c.Content.End <= sentence.Start);
                if (target >= 0) links.Add(new ClaimLink { From = claims[target].Id, ToSpan = TextSpan.Of(text, sentence.Start, sentence.End), Kind = LinkKind.NotConfirmed });
            }
            if (reversal)
            {
                // The claim reported in the reversal sentence (or the sentence itself) against the same source's recent claim.
                int inside = claims.ToList().FindIndex(c => c.Content.Start >= sentence.Start && c.Content.End <= sentence.End);
                string? speaker = inside >= 0 ? claims[inside].SpeakerCanonical : null;
                // "The comments were a sharp turnround": the comments are the same source's latest claims.
                int earlier = -1;
                for (int k = 0; k < claims.Length; k++)
                    if (claims[k].Content.End <= sentence.Start && (speaker is null || claims[k].SpeakerCanonical == speaker)) earlier = k;
                if (inside >= 0 && earlier >= 0) links.Add(new ClaimLink { From = claims[inside].Id, To = claims[earlier].Id, Kind = LinkKind.Reversal });
                else if (earlier >= 0 && !isClaim) links.Add(new ClaimLink { From = claims[earlier].Id, ToSpan = TextSpan.Of(text, sentence.Start, sentence.End), Kind = LinkKind.Reversal });
            }
        }

        // Denials answer the closest claim of another source about the same thing.
        for (int i = 0; i < claims.Length; i++)
        {
            if (claims[i].Kind != ClaimKind.Denial) continue;
            int target = BestMatch(claims, words, words[i], c => c.Id != claims[i].Id && c.SpeakerCanonical != claims[i].SpeakerCanonical && c.Kind != ClaimKind.Denial, minimumShared: 2, lo: i - 40, hi: i + 40);
            if (target >= 0) links.Add(new ClaimLink { From = claims[target].Id, To = claims[i].Id, Kind = LinkKind.Denial });
        }

        // Contradictions: two sources on the same subject, one of them negating or turning against the other.
        for (int i = 0; i < claims.Length; i++)
        {
            for (int j = i + 1; j < Math.Min(claims.Length, i + 40); j++)
            {
                var a = claims[i];
                var b = claims[j];
                if (a.SpeakerCanonical is null || b.SpeakerCanonical is null || a.SpeakerCanonical == b.SpeakerCanonical) continue;
                if (a.Kind == ClaimKind.Denial || b.Kind == ClaimKind.Denial) continue;
                if (Overlap(words[i], words[j]) < 0.4) continue;
                if (Negated(a.Content.Text) == Negated(b.Content.Text)) continue;
                links.Add(new ClaimLink { From = a.Id, To = b.Id, Kind = LinkKind.Contradiction });
            }
        }
        return links.ToImmutable();
    }

    private static int BestMatch(ImmutableArray<Claim> claims, HashSet<string>[] words, HashSet<string> target, Func<Claim, bool> eligible, int minimumShared = 1, int lo = 0, int hi = int.MaxValue)
    {
        int best = -1;
        double bestScore = minimumShared - 0.5;
        // Only nearby claims answer each other; the window keeps linking linear in document length.
        for (int i = Math.Max(0, lo); i < Math.Min(claims.Length, hi); i++)
        {
            if (!eligible(claims[i])) continue;
            double score = words[i].Count(target.Contains) + i * 1e-6; // shared content words; ties go to the later claim
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    private static bool Contains(ReadOnlySpan<char> sentence, string[] markers)
    {
        foreach (var m in markers) if (sentence.Contains(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool Negated(string content) =>
        content.Contains(" not ", StringComparison.OrdinalIgnoreCase) || content.Contains("n't", StringComparison.Ordinal) || content.Contains("n’t", StringComparison.Ordinal)
        || content.StartsWith("no ", StringComparison.OrdinalIgnoreCase) || content.Contains(" no ", StringComparison.OrdinalIgnoreCase)
        || content.Contains(" never ", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "but", "that", "this", "with", "from", "by", "at", "as", "is", "was",
        "were", "are", "be", "been", "had", "has", "have", "his", "her", "its", "their", "he", "she", "it", "they", "we", "i", "would", "will",
        "not", "no", "about", "said", "there", "which", "who", "what", "all", "so", "if", "than", "then", "also", "mr", "mrs", "ms",
    };

    private static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split([' ', ',', '.', '“', '”', '"', '’', '\'', ';', ':', '(', ')', '—', '-', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length < 3 || StopWords.Contains(raw)) continue;
            set.Add(raw.Length > 5 ? raw[..5] : raw); // a crude stem: "confirm", "confirmation"
        }
        return set;
    }
}
