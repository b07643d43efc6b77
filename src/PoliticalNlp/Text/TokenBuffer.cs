namespace PoliticalNlp.Text;

/// <summary>
/// A growable array of tokens that the tokenizer appends to. Reused across documents it makes
/// tokenization allocation-free; the array doubles, so a document costs O(log n) allocations, never one a token.
/// </summary>
internal sealed class TokenBuffer
{
    private Token[] _items;


    public TokenBuffer(int capacity = 256) => _items = new Token[Math.Max(4, capacity)];

    private TokenBuffer(bool countOnly)
    {
        _items = [];
        _countOnly = countOnly;
    }

    // A counting buffer stores nothing: a long document is tokenised twice, once to count and once into an array of
    // exactly that length, instead of into a buffer guessed from its length and copied (two arrays, one of them garbage).
    private readonly bool _countOnly;

    /// <summary>A buffer that only counts what is added (its <see cref="Tokens"/> stay empty).</summary>
    public static TokenBuffer CountOnly() => new(countOnly: true);

    /// <summary>A buffer for exactly <paramref name="count"/> tokens, whose array <see cref="TakeExact"/> hands over.</summary>
    public static TokenBuffer Exact(int count) => new(countOnly: false) { _items = new Token[count] };

    public int Count { get; private set; }

    public ReadOnlySpan<Token> Tokens => _countOnly ? default : _items.AsSpan(0, Count);

    public ref readonly Token this[int index] => ref _items[index];

    public void Clear() => Count = 0;

    public void Add(int start, int length, TokenKind kind)
    {
        if (Count >= _items.Length)
        {
            if (_countOnly)
            {
                Count++;
                return;
            }
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }
        _items[Count++] = new Token(start, length, kind);
    }

    public Token[] ToArray() => _items.AsSpan(0, Count).ToArray();

    /// <summary>The buffer's own array when it is exactly full (no copy), else a copy; the buffer must not be used after.</summary>
    public Token[] TakeExact() => Count == _items.Length ? _items : ToArray();
}
