namespace PoliticalNlp.Training;

/// <summary>
/// Reads CoNLL-style corpora: a token a line, whitespace- or tab-separated columns with the word first and the
/// tag last, a blank line between sentences. IOB1 tags (CoNLL-2003) are converted to IOB2.
/// </summary>
internal static class ConllReader
{
    public static List<TaggedSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"corpus file not found: {path}", path);
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
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
            sentences.Add(new TaggedSentence(words.ToArray(), t));
            words.Clear();
            tags.Clear();
        }
    }
}
