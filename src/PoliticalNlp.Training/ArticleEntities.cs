using PoliticalNlp.Text;

namespace PoliticalNlp.Training;

/// <summary>
/// The entity mentions of the annotated articles (<c>../shared/eval</c>) as tagger training sentences: each article
/// tokenized and split by the runtime's own tokenizer and sentence splitter, each token tagged B-/I- with the type of
/// the gold entity it lies in (Person → PER, State → STA, Agency → AGE, Place → PLA), O elsewhere. Our exact
/// conventions in modern political news, beside GMB's silver labels in 2000s VOA news.
/// </summary>
internal static class ArticleEntities
{
    public static List<TaggedSentence> Sentences(GoldDocument doc, IReadOnlyList<(int Start, int End, string Type)> entities)
    {
        var buffer = new TokenBuffer(1024);
        Tokenizer.Tokenize(doc.Text, buffer);
        var tokens = buffer.ToArray();
        var sentences = SentenceSplitter.Split(doc.Text, tokens);
        var result = new List<TaggedSentence>(sentences.Length);
        foreach (var sentence in sentences)
        {
            var words = new string[sentence.TokenCount];
            var tags = new string[sentence.TokenCount];
            for (int i = 0; i < sentence.TokenCount; i++)
            {
                var token = tokens[sentence.FirstToken + i];
                words[i] = token.GetText(doc.Text);
                tags[i] = "O";
                foreach (var (start, end, type) in entities)
                {
                    if (token.Start < start || token.End > end || Tag(type) is not { } tag) continue;
                    bool first = i == 0 || tokens[sentence.FirstToken + i - 1].End <= start;
                    tags[i] = (first ? "B-" : "I-") + tag;
                    break;
                }
            }
            result.Add(new TaggedSentence(words, tags) { StartsDocument = result.Count == 0 });
        }
        return result;
    }

    private static string? Tag(string type) => type switch
    {
        "Person" => "PER",
        "State" => "STA",
        "Agency" => "AGE",
        "Place" => "PLA",
        _ => null,
    };
}
