namespace PoliticalNlp.Claims.Links;

/// <summary>
/// Writes named features in order into a caller's buffer. The names are written only when a name list is given (once,
/// to learn the feature layout); on the hot path a name is a string constant and nothing is allocated.
/// </summary>
internal ref struct FeatureWriter
{
    private readonly Span<float> _values;
    private readonly List<string>? _names;

    public FeatureWriter(Span<float> values, List<string>? names = null)
    {
        _values = values;
        _names = names;
        Count = 0;
    }

    /// <summary>How many features have been written.</summary>
    public int Count { get; private set; }

    public void Add(string name, float value)
    {
        _names?.Add(name);
        if (Count < _values.Length) _values[Count] = value;
        Count++;
    }

    public void Add(string name, bool value) => Add(name, value ? 1f : 0f);

    /// <summary>Writes a block of features computed before (their names, when names are collected, and their values).</summary>
    public void AddBlock(string[] names, ReadOnlySpan<float> values)
    {
        _names?.AddRange(names);
        if (Count + values.Length <= _values.Length) values.CopyTo(_values[Count..]);
        Count += names.Length;
    }

    /// <summary>Writes one indicator a name of <paramref name="names"/>: 1 for <paramref name="value"/>, 0 for the others.</summary>
    public void OneHot(string[] names, int value)
    {
        _names?.AddRange(names);
        if (Count + names.Length <= _values.Length)
        {
            // One clear and one store instead of a compare and a store a name: the kind-pair families are 36 wide.
            var slots = _values.Slice(Count, names.Length);
            slots.Clear();
            if ((uint)value < (uint)names.Length) slots[value] = 1f;
        }
        Count += names.Length;
    }
}
