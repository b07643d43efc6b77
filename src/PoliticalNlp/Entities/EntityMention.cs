namespace PoliticalNlp.Entities;

/// <summary>An entity mention before linking: offsets, token range, type and what the lexicon resolved.</summary>
internal readonly record struct EntityMention(int Start, int End, int FirstToken, int TokenCount, EntityType Type, string? Iso, string? ResolvedState, float Confidence);
