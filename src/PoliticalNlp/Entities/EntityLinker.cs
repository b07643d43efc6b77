using System.Collections.Immutable;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Entities;

/// <summary>
/// Gives every mention its document-level identity (spec section 3): the longest full form of the same entity in the
/// document as <c>canonical</c> (surname-only mentions join the full name; acronyms join their expansion; a state's
/// short forms join its longest form).
/// </summary>
internal static class EntityLinker
{
    public static ImmutableArray<Entity> Link(string text, IReadOnlyList<EntityMention> mentions, Gazetteer gazetteer)
    {
        if (mentions.Count == 0) return ImmutableArray<Entity>.Empty;
        var names = new string[mentions.Count];
        for (int i = 0; i < mentions.Count; i++) names[i] = text[mentions[i].Start..mentions[i].End];
        UnifyPersonTypes(mentions, names);

        var builder = ImmutableArray.CreateBuilder<Entity>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            string canonical = m.Type switch
            {
                EntityType.Person => LongestPerson(names[i], mentions, names),
                EntityType.State => LongestWhere(names[i], mentions, names, j => mentions[j].Type == EntityType.State && mentions[j].Iso == m.Iso && m.Iso is not null),
                EntityType.Agency => AgencyCanonical(names[i], mentions, names, gazetteer),
                _ => names[i],
            };
            builder.Add(new Entity
            {
                Start = m.Start,
                End = m.End,
                Type = m.Type,
                Text = names[i],
                Canonical = canonical,
                Iso = m.Iso,
                ResolvedState = m.ResolvedState,
                Confidence = Math.Round(m.Confidence, 4),
            });
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// One name, one type per document: a word that ends a multi-word person's name ("Alexander Lukashenko") is that person
    /// wherever else it appears alone, even where the tagger hesitated ("Lukashenko" as an agency).
    /// </summary>
    private static void UnifyPersonTypes(IReadOnlyList<EntityMention> mentions, string[] names)
    {
        if (mentions is not List<EntityMention> list) return;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Type != EntityType.Person) continue;
            int space = names[i].LastIndexOf(' ');
            if (space > 0) surnames.Add(names[i][(space + 1)..]);
        }
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Type is EntityType.Agency or EntityType.Place && surnames.Contains(names[i]))
                list[i] = list[i] with { Type = EntityType.Person, ResolvedState = null };
        }
    }

    private static string LongestPerson(string name, IReadOnlyList<EntityMention> mentions, string[] names)
    {
        // "Lukashenko" and "Alexander Lukashenko" name the same person; so do "Bush" and "George W. Bush".
        string best = name;
        for (int j = 0; j < mentions.Count; j++)
        {
            if (mentions[j].Type != EntityType.Person || names[j].Length <= best.Length) continue;
            if (EndsWithWord(names[j], name) || StartsWithWord(names[j], name)) best = names[j];
        }
        return best;
    }

    private static string AgencyCanonical(string name, IReadOnlyList<EntityMention> mentions, string[] names, Gazetteer gazetteer)
    {
        string best = name;
        string? known = gazetteer.TryGet(name, out var entry) ? entry.Canonical : null;
        for (int j = 0; j < mentions.Count; j++)
        {
            if (mentions[j].Type != EntityType.Agency || names[j].Length <= best.Length) continue;
            if (names[j] == known || IsAcronymOf(name, names[j]) || EndsWithWord(names[j], name)) best = names[j];
        }
        return best;
    }

    private static string LongestWhere(string name, IReadOnlyList<EntityMention> mentions, string[] names, Func<int, bool> same)
    {
        string best = name;
        for (int j = 0; j < mentions.Count; j++) if (names[j].Length > best.Length && same(j)) best = names[j];
        return best;
    }

    private static bool EndsWithWord(string full, string part) =>
        full.Length > part.Length && full.EndsWith(part, StringComparison.Ordinal) && full[full.Length - part.Length - 1] == ' ';

    private static bool StartsWithWord(string full, string part) =>
        full.Length > part.Length && full.StartsWith(part, StringComparison.Ordinal) && full[part.Length] == ' ' && part.Contains(' ');

    /// <summary>EU ↔ European Union, NATO ↔ North Atlantic Treaty Organization (function words skipped).</summary>
    private static bool IsAcronymOf(string acronym, string full)
    {
        var letters = acronym.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || letters.Any(char.IsLower)) return false;
        var initials = full.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray();
        return initials.AsSpan().SequenceEqual(letters);
    }
}
