namespace PoliticalNlp.Training;

/// <summary>
/// Reads CoNLL-style corpora: a token a line, whitespace- or tab-separated columns with the word first and the
/// tag last, a blank line between sentences. IOB1 tags (CoNLL-2003) are converted to IOB2.
/// </summary>
/// <remarks>
/// Documents are where the corpus marks them (<c>-DOCSTART-</c>); in a copy without the marks, a news story starts
/// with the headline before its dateline (<c>AL-AIN , United Arab Emirates 1996-12-06</c>, after an optional byline);
/// a corpus with neither (GMB's sentence files) is cut into runs of <see cref="SentencesWithoutDocuments"/> sentences.
/// </remarks>
internal static class ConllReader
{
    /// <summary>The length of a pseudo-document where a corpus marks no documents (GMB's short VOA stories run 5–10).</summary>
    public const int SentencesWithoutDocuments = 8;

    public static List<TaggedSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"corpus file not found: {path}", path);
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        bool docStart = true, marked = false;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                if (line.Length > 0) docStart = marked = true;
                continue;
            }
            var parts = line.Split(line.Contains('\t') ? '\t' : ' ');
            if (parts.Length < 2) throw new InvalidDataException($"{path}:{lineNumber}: expected 'word ... tag', got '{line}'");
            string tag = parts[^1];
            if (tag != "O" && !(tag.Length > 2 && (tag[0] is 'B' or 'I') && tag[1] == '-'))
                throw new InvalidDataException($"{path}:{lineNumber}: '{tag}' is not a BIO tag");
            words.Add(parts[0]);
            tags.Add(tag);
        }
        Flush();
        if (!marked) MarkDocuments(sentences);
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            var t = tags.ToArray();
            for (int i = 0; i < t.Length; i++)
            {
                // IOB1 → IOB2: an I- tag that does not continue the same type begins an entity.
                if (t[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || t[i - 1] == "O" || t[i - 1][2..] != t[i][2..]))
                    t[i] = "B-" + t[i][2..];
            }
            sentences.Add(new TaggedSentence(words.ToArray(), t) { StartsDocument = docStart });
            docStart = false;
            words.Clear();
            tags.Clear();
        }
    }

    private static void MarkDocuments(List<TaggedSentence> sentences)
    {
        bool datelines = false;
        for (int d = 1; d < sentences.Count; d++)
        {
            if (!IsDateline(sentences[d])) continue;
            datelines = true;
            int start = d - 1;
            if (start > 0 && !IsHeadline(sentences[start]) && IsHeadline(sentences[start - 1])) start--;
            sentences[start] = sentences[start] with { StartsDocument = true };
        }
        if (datelines) return;
        for (int s = 0; s < sentences.Count; s += SentencesWithoutDocuments) sentences[s] = sentences[s] with { StartsDocument = true };
    }

    // "AL-AIN , United Arab Emirates 1996-12-06"
    private static bool IsDateline(TaggedSentence sentence) =>
        sentence.Words.Length is > 1 and < 12 && System.Text.RegularExpressions.Regex.IsMatch(sentence.Words[^1], @"^\d{4}-\d\d-\d\d$");

    // "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."
    private static bool IsHeadline(TaggedSentence sentence) => !sentence.Words.Any(w => w.Any(char.IsLower));
}
