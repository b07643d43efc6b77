using System.Runtime.CompilerServices;
using PoliticalNlp.Text;

namespace PoliticalNlp.Entities;

/// <summary>
/// Hashes feature templates and their values into a fixed-size feature space (FNV-1a, then a mixer). A word's
/// characters are hashed once (<see cref="TokenKey"/>) and features mix that hash with their template.
/// The runtime and the trainer share this code, so a model can never drift from its features.
/// </summary>
internal static class FeatureHasher
{
    private const uint Prime = 16777619;

    /// <summary>The FNV offset basis: the hash of nothing, where a word's hash starts.</summary>
    public const uint Basis = 2166136261;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Start(int template) => (Basis ^ (uint)template) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint hash, char c) => (hash ^ c) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint hash, uint value) => (hash ^ value) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A') return (char)(c | 0x20);
            if ((uint)(c - '0') <= 9) return '0';
            return c;
        }
        if (c == '\u2019') return '\'';
        return InvariantCase.ToLower(c);
    }

    /// <summary>The final index in a feature space of <paramref name="mask"/> + 1 dimensions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Finish(uint hash, int mask)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return (int)(hash & (uint)mask);
    }
}
