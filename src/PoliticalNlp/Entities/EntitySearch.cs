namespace PoliticalNlp.Entities;

/// <summary>Binary searches over a document's entities, which come sorted by offset and never overlap.</summary>
internal static class EntitySearch
{
    /// <summary>The index of the first entity that ends after <paramref name="offset"/> (or the count).</summary>
    public static int FirstEndingAfter(ReadOnlySpan<Entity> entities, int offset)
    {
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (entities[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first entity that starts at or after <paramref name="offset"/> (or the count).</summary>
    public static int FirstStartingAt(ReadOnlySpan<Entity> entities, int offset)
    {
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (entities[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
