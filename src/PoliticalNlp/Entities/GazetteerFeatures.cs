using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Entities;

/// <summary>Turns a sentence's gazetteer matches into the per-token categories the tagger's features read.</summary>
internal static class GazetteerFeatures
{
    public static void Annotate(Gazetteer gazetteer, string text, ReadOnlySpan<Token> tokens, List<GazetteerMatch> matches,
        Span<GazetteerCategory> categories, Span<bool> phraseStart)
    {
        matches.Clear();
        categories.Clear();
        phraseStart.Clear();
        gazetteer.Match(text, tokens, matches);
        foreach (var m in matches)
        {
            phraseStart[m.FirstToken] = true;
            for (int k = 0; k < m.TokenCount; k++) categories[m.FirstToken + k] |= m.Entry.Categories;
        }
    }
}
