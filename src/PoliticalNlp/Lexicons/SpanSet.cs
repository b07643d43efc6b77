namespace PoliticalNlp.Lexicons;

/// <summary>A read-only set of strings looked up by span.</summary>
internal sealed class SpanSet
{
    private readonly SpanLexicon<bool> _lexicon;

    public SpanSet(IEnumerable<string> words, bool ignoreCase)
        => _lexicon = new SpanLexicon<bool>(words.Select(w => new KeyValuePair<string, bool>(w, true)), ignoreCase);

    public int Count => _lexicon.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lexicon.Contains(word);
}
