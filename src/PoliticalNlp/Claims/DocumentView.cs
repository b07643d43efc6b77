using System.Collections.Immutable;
using PoliticalNlp.Entities;

namespace PoliticalNlp.Claims;

/// <summary>The analysed document as the claim rules read it: words by token index, sentences, paragraphs and entities.</summary>
internal sealed class DocumentView
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly int[] _sentenceOf;
    private readonly int[] _entityOf; // token → entity index, or -1
    private readonly ImmutableArray<Entity> _entities;
    private readonly HashSet<string> _people;

    public DocumentView(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ImmutableArray<Entity> entities)
    {
        _text = text;
        _tokens = tokens.ToArray();
        _sentences = sentences.ToArray();
        _entities = entities;
        _sentenceOf = new int[tokens.Length];
        for (int s = 0; s < sentences.Length; s++)
            for (int i = sentences[s].FirstToken; i < sentences[s].FirstToken + sentences[s].TokenCount; i++) _sentenceOf[i] = s;
        _entityOf = new int[tokens.Length];
        Array.Fill(_entityOf, -1);
        int t = 0;
        for (int e = 0; e < entities.Length; e++)
        {
            while (t < tokens.Length && tokens[t].End <= entities[e].Start) t++;
            for (int k = t; k < tokens.Length && tokens[k].Start < entities[e].End; k++) _entityOf[k] = e;
        }
        _people = entities.Where(e => e.Type == EntityType.Person).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
    }

    public ReadOnlySpan<Token> Tokens => _tokens;

    public string Text => _text;

    public ReadOnlySpan<char> Word(int i) => _tokens[i].AsSpan(_text);

    public bool Is(int i, string word) => i >= 0 && i < _tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public int SentenceOf(int token) => _sentenceOf[token];

    /// <summary>The sentence holding the character at <paramref name="offset"/> (or the token before it).</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_tokens[mid].Start <= offset) lo = mid;
            else hi = mid - 1;
        }
        return _sentenceOf[Math.Max(0, lo)];
    }

    public int SentenceStart(int sentence) => _sentences[sentence].FirstToken;

    public int SentenceEnd(int sentence) => _sentences[sentence].FirstToken + _sentences[sentence].TokenCount;

    public bool StartsParagraph(int token) => token == 0 || QuoteFinder.IsParagraphBreak(_text, _tokens[token - 1].End, _tokens[token].Start);

    /// <summary>Punctuation that ends a clause: commas, semicolons, colons, dashes, brackets.</summary>
    public bool IsClauseBreak(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is ',' or ';' or ':' or '—' or '–' or '(' or ')' or '.' or '?' or '!' or '-';

    public bool IsPersonName(string canonical) => _people.Contains(canonical);

    /// <summary>True when the token is part of an entity mention.</summary>
    public bool IsEntityToken(int token) => _entityOf[token] >= 0;

    /// <summary>The first person named in tokens [start, end), as a token range, or (-1, -1).</summary>
    public (int Start, int End) FirstPerson(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            int e = _entityOf[k];
            if (e < 0 || _entities[e].Type != EntityType.Person) continue;
            int last = k;
            while (last + 1 < _tokens.Length && _entityOf[last + 1] == e) last++;
            return (k, last + 1);
        }
        return (-1, -1);
    }

    /// <summary>A phrase that ends in a person's name is that person ("Belarus’s president Alexander Lukashenko" → the name).</summary>
    public (int Start, int End) TrimToEntity(int start, int end, bool anyType = false)
    {
        int e = _entityOf[end - 1];
        if (e < 0 || (!anyType && _entities[e].Type != EntityType.Person)) return (start, end);
        int s = end - 1;
        while (s > start && _entityOf[s - 1] == e) s--;
        return (s, end);
    }

    /// <summary>The canonical name of the entity a speaker span is, or refers to ("I" and "it"/"they" look back; the
    /// extractor resolves "he" and "she" itself, by recent speakers and gender).</summary>
    public string? ResolveSpeaker(int start, int end)
    {
        Entity? found = null;
        for (int i = EntitySearch.FirstEndingAfter(_entities.AsSpan(), start); i < _entities.Length && _entities[i].Start < end; i++)
        {
            var e = _entities[i];
            if (found is null || e.Type == EntityType.Person || (found.Type != EntityType.Person && e.Type == EntityType.Agency)) found = e;
        }
        if (found is not null) return found.Canonical;

        var word = _text.AsSpan(start, end - start);
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("I", StringComparison.Ordinal))
            return Preceding(start, e => e.Type == EntityType.Person);
        if (word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("they", StringComparison.OrdinalIgnoreCase))
            return Preceding(start, e => e.Type is EntityType.Agency or EntityType.State);
        return null;
    }

    /// <summary>The canonical name of the nearest person named before <paramref name="offset"/> that <paramref name="allowed"/>.</summary>
    public string? PrecedingPerson(int offset, Func<string, bool> allowed) =>
        Preceding(offset, e => e.Type == EntityType.Person && allowed(e.Canonical));

    private string? Preceding(int offset, Func<Entity, bool> wanted)
    {
        int lo = EntitySearch.FirstEndingAfter(_entities.AsSpan(), offset);
        // Only recent mentions: a pronoun does not reach back past a couple of hundred names (and linking stays linear).
        for (int i = lo - 1; i >= Math.Max(0, lo - 200); i--)
            if (wanted(_entities[i])) return _entities[i].Canonical;
        return null;
    }
}
