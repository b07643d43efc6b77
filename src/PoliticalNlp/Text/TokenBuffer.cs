namespace PoliticalNlp.Text;

/// <summary>
/// A growable array of tokens that the tokenizer appends to. Reused across documents it makes
/// tokenization allocation-free; the array doubles, so a document costs O(log n) allocations, never one a token.
/// </summary>
internal sealed class TokenBuffer
{
    private Token[] _items;

    public TokenBuffer(int capacity = 256) => _items = new Token[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public ReadOnlySpan<Token> Tokens => _items.AsSpan(0, Count);

    public ref readonly Token this[int index] => ref _items[index];

    public void Clear() => Count = 0;

    public void Add(int start, int length, TokenKind kind)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = new Token(start, length, kind);
    }

    public Token[] ToArray() => _items.AsSpan(0, Count).ToArray();
}
