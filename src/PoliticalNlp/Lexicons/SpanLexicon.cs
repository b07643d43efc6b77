namespace PoliticalNlp.Lexicons;

/// <summary>
/// A read-only string → value map looked up by <see cref="ReadOnlySpan{T}"/> without allocating,
/// on every target framework (net8.0 has no alternate lookup on dictionaries).
/// Open addressing over a power-of-two table; built once, then shared by all threads.
/// </summary>
internal sealed class SpanLexicon<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    public SpanLexicon(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var list = entries as IList<KeyValuePair<string, TValue>> ?? entries.ToList();
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            int slot = Hash(key) & _mask;
            while (_keys[slot] is { } existing && !Equal(existing, key)) slot = (slot + 1) & _mask;
            if (_keys[slot] is null) Count++;
            _keys[slot] = key;
            _values[slot] = value; // later entries win: user lexicons override shipped ones
        }
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int slot = Hash(key) & _mask;
        while (_keys[slot] is { } existing)
        {
            if (Equal(existing, key))
            {
                value = _values[slot];
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    private bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        _ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);

    private int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            char k = _ignoreCase ? char.ToLowerInvariant(c) : c;
            h = (h ^ k) * 16777619;
        }
        return (int)(h ^ (h >> 15));
    }
}
