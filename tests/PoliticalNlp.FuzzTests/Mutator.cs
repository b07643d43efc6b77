using System.Text;

namespace PoliticalNlp.FuzzTests;

/// <summary>
/// Seeded mutations of the sample articles: cuts, copies, splices and insertions of the characters and phrases the
/// pipeline treats specially (quote marks, sentence ends, cues, possessives, titles, surrogates, control characters),
/// sometimes repeated many times. Document <c>i</c> of seed <c>s</c> is always the same text.
/// </summary>
internal static class Mutator
{
    public const int MaxLength = 64 * 1024;

    private static readonly string[] s_fragments =
    [
        "\"", "\u201C", "\u201D", "'", "\u2019", "'s ", "\u2019s ", "\u00AB", "\u00BB", "(", ")", "[", "]", "\n", "\r\n", "\n\n", "\r",
        ".", ". ", "?", "!", ";", ":", ",", " \u2014 ", "-", "...", "\u2026", " said", " said.", " said, ", "according to ",
        "According to Putin ", ", the minister said, ", ", according to officials, ", "Mr ", "Mr. ", "Mrs ", "Dr. ", "Putin's ",
        "Lord ", "Baroness ", " and ", " of ", "U.S.", "the ", "The ", "\t", "\u00A0", "\u200B", "\uFEFF", "\uD800", "\uDC00",
        "\uD83D\uDE00", "\0", "\u00E9", "2020", "GovExec.com", " denied ", " claimed that ", " told reporters ", " \"We ",
        "https://example.org/a.b", "@", "#", "Vladimir Putin", "the Kremlin", "Moscow", "Belarus", " did not confirm ",
        "There was no immediate confirmation", " He said: \"", "\" ", " she added.", "U.N.", "E.U.", "Secretary of State ",
        "Air Force ", "United States ", "Iraqi ", "Korean People's Army ", "A", "a", " ", "  ",
    ];

    /// <summary>Iteration <paramref name="iteration"/> of the run with <paramref name="seed"/>.</summary>
    public static string Document(int seed, long iteration)
    {
        var random = new Random(Mix(seed, iteration));
        var samples = SampleTexts.All;
        string text = samples[random.Next(samples.Count)];
        // Mostly a window of an article (short documents: many more of them per second), sometimes all of it.
        if (random.Next(4) != 0)
        {
            int length = Math.Min(text.Length, 20 + random.Next(3000));
            int start = random.Next(text.Length - length + 1);
            text = text.Substring(start, length);
        }
        var builder = new StringBuilder(text);
        int mutations = 1 + random.Next(random.Next(8) == 0 ? 40 : 5);
        for (int m = 0; m < mutations && builder.Length < MaxLength; m++) Mutate(builder, random, samples);
        if (builder.Length > MaxLength) builder.Length = MaxLength;
        return builder.ToString();
    }

    private static void Mutate(StringBuilder text, Random random, IReadOnlyList<string> samples)
    {
        int length = text.Length;
        int at = random.Next(length + 1);
        int span = length == at ? 0 : random.Next(Math.Min(length - at, 1 + random.Next(200)) + 1);
        switch (random.Next(11))
        {
            case 0: // delete a range
                text.Remove(at, span);
                break;
            case 1: // copy a range elsewhere
            {
                string piece = text.ToString(at, span);
                text.Insert(random.Next(text.Length + 1), piece);
                break;
            }
            case 2: // insert a special fragment
            case 3:
                text.Insert(at, Fragment(random));
                break;
            case 4: // replace one character by a special fragment
                if (at < length) text.Remove(at, 1);
                text.Insert(at, Fragment(random));
                break;
            case 5: // splice in part of another article
            {
                string other = samples[random.Next(samples.Count)];
                int from = random.Next(other.Length);
                text.Insert(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(2000))));
                break;
            }
            case 6: // a fragment repeated: chains of possessives, quote floods, attribution chains
            {
                string fragment = random.Next(3) == 0 ? text.ToString(at, Math.Min(span, 40)) : Fragment(random);
                int times = 2 + random.Next(random.Next(4) == 0 ? 2000 : 50);
                var repeated = new StringBuilder(fragment.Length * times);
                for (int i = 0; i < times && repeated.Length < MaxLength / 2; i++) repeated.Append(fragment);
                text.Insert(at, repeated.ToString());
                break;
            }
            case 7: // keep only a slice
                if (span > 0)
                {
                    string slice = text.ToString(at, span);
                    text.Clear().Append(slice);
                }
                break;
            case 8: // shout or whisper a range
            {
                string piece = text.ToString(at, span);
                text.Remove(at, span).Insert(at, random.Next(2) == 0 ? piece.ToUpperInvariant() : piece.ToLowerInvariant());
                break;
            }
            case 9: // remove every sentence end (or every line break, or every quote mark)
            {
                string[] kinds = [".!?", "\n\r", "\"\u201C\u201D", " "];
                string remove = kinds[random.Next(kinds.Length)];
                for (int i = text.Length - 1; i >= 0; i--) if (remove.Contains(text[i])) text.Remove(i, 1);
                break;
            }
            default: // swap two ranges
            {
                if (span == 0) break;
                string piece = text.ToString(at, span);
                text.Remove(at, span);
                text.Insert(random.Next(text.Length + 1), piece);
                break;
            }
        }
    }

    /// <summary>
    /// One well-spread seed from a run's seed and an iteration (SplitMix64). Not <see cref="HashCode"/>: it is
    /// randomised per process, and a reported iteration must give the same text in the next process.
    /// </summary>
    private static int Mix(int seed, long iteration)
    {
        ulong z = unchecked(((ulong)(uint)seed << 40) ^ (ulong)iteration) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }

    private static string Fragment(Random random) => s_fragments[random.Next(s_fragments.Length)];
}
