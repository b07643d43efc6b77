namespace PoliticalNlp.Lexicons;

/// <summary>A gazetteer phrase found in a sentence: a token range and what the phrase is.</summary>
internal readonly record struct GazetteerMatch(int FirstToken, int TokenCount, GazetteerEntry Entry);
