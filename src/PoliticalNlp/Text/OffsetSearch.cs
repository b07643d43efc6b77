namespace PoliticalNlp.Text;

/// <summary>
/// Binary searches over ranges that come sorted by offset and never overlap (a document's tokens, sentences or
/// entities): the one search every stage uses to find what lies at or around a character offset.
/// </summary>
internal static class OffsetSearch
{
    /// <summary>The index of the first range that ends after <paramref name="offset"/> (or the count).</summary>
    public static int FirstEndingAfter<T>(ReadOnlySpan<T> ranges, int offset) where T : IOffsetRange
    {
        int lo = 0, hi = ranges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (ranges[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first range that starts at or after <paramref name="offset"/> (or the count).</summary>
    public static int FirstStartingAt<T>(ReadOnlySpan<T> ranges, int offset) where T : IOffsetRange
    {
        int lo = 0, hi = ranges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (ranges[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
