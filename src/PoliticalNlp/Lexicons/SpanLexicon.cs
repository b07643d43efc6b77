using PoliticalNlp.Text;

namespace PoliticalNlp.Lexicons;

/// <summary>
/// A read-only string → value map looked up by <see cref="ReadOnlySpan{T}"/> without allocating,
/// on every target framework (net8.0 has no alternate lookup on dictionaries).
/// Open addressing over a power-of-two table; built once, then shared by all threads.
/// </summary>
/// <remarks>
/// A slot holds its key, the key's hash and its value side by side: a look-up reads one slot (one cache miss, not one
/// each in a key, a value and a parallel array), and a slot whose hash differs is passed over without reading its key.
/// The tagger looks up every token of a text in the word classes and the gazetteer.
/// </remarks>
internal sealed class SpanLexicon<TValue>
{
    private struct Slot
    {
        public string? Key;
        public int Hash;
        public TValue Value;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    public SpanLexicon(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var list = entries as IList<KeyValuePair<string, TValue>> ?? entries.ToList();
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            int hash = Hash(key);
            int slot = hash & _mask;
            while (_slots[slot].Key is { } existing && !Equal(existing, key)) slot = (slot + 1) & _mask;
            ref var s = ref _slots[slot];
            if (s.Key is null) Count++;
            s.Key = key;
            s.Hash = hash;
            s.Value = value; // later entries win: user lexicons override shipped ones
        }
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int hash = Hash(key);
        int slot = hash & _mask;
        var slots = _slots;
        while (slots[slot].Key is { } existing)
        {
            if (slots[slot].Hash == hash && Equal(existing, key))
            {
                value = slots[slot].Value;
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
            char k = _ignoreCase ? InvariantCase.ToLower(c) : c;
            h = (h ^ k) * 16777619;
        }
        return (int)(h ^ (h >> 15));
    }
}
