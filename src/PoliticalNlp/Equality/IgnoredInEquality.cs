namespace PoliticalNlp.Equality;

/// <summary>
/// Holds an internal value inside a public record without letting it take part in the record's equality: a record
/// compares every field, but two results that read the same through the public API must compare equal (a document
/// read back from JSON, which cannot carry internal state, equals the one that was written).
/// </summary>
/// <typeparam name="T">The type of the value held.</typeparam>
internal readonly struct IgnoredInEquality<T> : IEquatable<IgnoredInEquality<T>>
{
    public IgnoredInEquality(T value) => Value = value;

    public T Value { get; }

    public bool Equals(IgnoredInEquality<T> other) => true;

    public override bool Equals(object? obj) => obj is IgnoredInEquality<T>;

    public override int GetHashCode() => 0;
}
