using System.Collections.Immutable;

namespace PoliticalNlp.Claims;

/// <summary>Placeholder replaced below.</summary>
internal static class ClaimLinker
{
    public static ImmutableArray<ClaimLink> Link(string text, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims) => ImmutableArray<ClaimLink>.Empty;
}
