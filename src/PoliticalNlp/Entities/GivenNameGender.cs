using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Entities;

/// <summary>
/// Which gender a person's name allows, from its first word: the gazetteer's given names, and where it knows no gender
/// or both (<c>Barack</c>, <c>Bernie</c>), the use political news makes of the name (grammar lists
/// <c>male-given-name</c>, <c>female-given-name</c>, mined from the allsides articles). Shared by the pronoun resolver
/// (<c>she</c> is no Barack) and the entity linker (<c>Mr. Obama</c> is no Michelle Obama).
/// </summary>
internal static class GivenNameGender
{
    /// <summary>True when the name's first word allows <paramref name="gender"/> (<see cref="GazetteerCategory.Male"/> or
    /// <see cref="GazetteerCategory.Female"/>): unknown names allow both.</summary>
    public static bool Allows(ReadOnlySpan<char> name, GazetteerCategory gender, Gazetteer gazetteer)
    {
        int space = name.IndexOf(' ');
        var first = space > 0 ? name[..space] : name;
        var genders = gazetteer.TryGet(first, out var given) ? given.Categories & (GazetteerCategory.Female | GazetteerCategory.Male) : GazetteerCategory.None;
        if (genders is GazetteerCategory.None or (GazetteerCategory.Female | GazetteerCategory.Male))
        {
            var words = GrammarWords.Embedded;
            if (words.MaleGivenNames.Contains(first)) genders = GazetteerCategory.Male;
            else if (words.FemaleGivenNames.Contains(first)) genders = GazetteerCategory.Female;
        }
        return genders == GazetteerCategory.None || (genders & gender) != 0;
    }
}
