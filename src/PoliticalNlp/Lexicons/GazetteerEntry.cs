namespace PoliticalNlp.Lexicons;

/// <summary>What the gazetteer knows of one phrase.</summary>
/// <param name="Categories">Every category the phrase belongs to.</param>
/// <param name="Iso">The ISO 3166-1 alpha-2 code of the state it names or stands for, if any.</param>
/// <param name="Canonical">The preferred full name (<c>US</c> → <c>United States</c>), if known.</param>
internal readonly record struct GazetteerEntry(GazetteerCategory Categories, string? Iso, string? Canonical);
