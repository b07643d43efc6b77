using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Training;

/// <summary>
/// Maps the Groningen Meaning Bank's tags to the extraction spec's types (data README): per → Person with titles
/// stripped; geo/gpe/org naming an independent country → State; U.N. → Agency; other org → Agency; other geo →
/// Place; demonym gpe and everything else → O.
/// </summary>
internal sealed class GmbMapping(Gazetteer gazetteer)
{
    public const string Person = "PER", State = "STA", Agency = "AGE", Place = "PLA";

    public static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-STA", "I-STA", "B-AGE", "I-AGE", "B-PLA", "I-PLA"];

    /// <summary>
    /// GMB writes American honorifics (<c>Mr.</c>); British and Irish news writes <c>Mr</c>. A copy of each such
    /// sentence without the full stops teaches the tagger both.
    /// </summary>
    public static IEnumerable<TaggedSentence> WithBritishHonorifics(TaggedSentence sentence)
    {
        yield return sentence;
        if (!sentence.Words.Any(IsDottedHonorific)) yield break;
        yield return sentence with { Words = sentence.Words.Select(w => IsDottedHonorific(w) ? w[..^1] : w).ToArray(), StartsDocument = false, IsCopy = true };
    }

    private static bool IsDottedHonorific(string word) => word is "Mr." or "Mrs." or "Ms." or "Dr.";

    public TaggedSentence Map(TaggedSentence sentence)
    {
        var words = sentence.Words;
        var tags = new string[words.Length];
        Array.Fill(tags, "O");
        int i = 0;
        while (i < words.Length)
        {
            if (sentence.Tags[i] == "O" || !sentence.Tags[i].StartsWith("B-", StringComparison.Ordinal) && !sentence.Tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            string type = sentence.Tags[i][2..];
            int end = i + 1;
            while (end < words.Length && sentence.Tags[end] == "I-" + type) end++;
            int start = i;
            string? mapped = null;
            string phrase = string.Join(' ', words[start..end]);
            bool country = IsCountry(phrase);
            switch (type)
            {
                case "per":
                    while (start < end - 1 && IsTitle(words[start])) start++;
                    mapped = Person;
                    break;
                case "geo":
                    mapped = phrase is "U.N." or "UN" ? Agency : country ? State : Place;
                    break;
                case "gpe":
                    mapped = country ? State : null;
                    break;
                case "org":
                    mapped = country ? State : Agency;
                    break;
            }
            if (mapped is not null)
            {
                tags[start] = "B-" + mapped;
                for (int k = start + 1; k < end; k++) tags[k] = "I-" + mapped;
            }
            i = end;
        }
        return sentence with { Tags = tags };
    }

    private bool IsCountry(string phrase)
    {
        if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) phrase = phrase[4..];
        return gazetteer.TryGet(phrase, out var entry) && (entry.Categories & GazetteerCategory.Country) != 0;
    }

    private bool IsTitle(string word) =>
        gazetteer.TryGet(word, out var entry) && (entry.Categories & GazetteerCategory.Title) != 0
        || (word.Length > 1 && char.IsLower(word[0]) && gazetteer.TryGet(char.ToUpperInvariant(word[0]) + word[1..], out var upper) && (upper.Categories & GazetteerCategory.Title) != 0);
}
