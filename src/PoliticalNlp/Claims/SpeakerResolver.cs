using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// Gives each claim's speaker its entity (spec section 4, <c>speakerCanonical</c>), in text order: names and
/// descriptions by the entities inside them, <c>he</c>/<c>she</c> by the latest speaker their given name allows,
/// continued quotes by the claim they continue (before or, for a quotation attributed at its end, after them).
/// </summary>
internal sealed class SpeakerResolver(Gazetteer gazetteer)
{
    public void Resolve(DocumentView doc, List<ClaimDraft> drafts)
    {
        // The link model's sides first (a place in a description names one), then the spec's canonical names.
        Resolve(doc, drafts, placesName: true);
        foreach (var d in drafts) d.Side = d.Canonical;
        Resolve(doc, drafts, placesName: false);
    }

    private void Resolve(DocumentView doc, List<ClaimDraft> drafts, bool placesName)
    {
        string text = doc.Text;
        var recentPeople = new List<(string Name, int At)>();
        int lastDescriptionAt = -1;
        foreach (var d in drafts)
        {
            var speaker = d.SpeakerStart >= 0 ? text.AsSpan(d.SpeakerStart, d.SpeakerEnd - d.SpeakerStart) : default;
            bool pronoun = d.SpeakerStart >= 0 && FunctionWords.IsHeOrShe(speaker);
            // "… said a defence ministry spokesman. He said …": he is the unnamed speaker just quoted, not the last named person.
            if (pronoun && lastDescriptionAt >= 0 && d.ContentStart - lastDescriptionAt < 400) d.Canonical = null;
            else if (pronoun) d.Canonical = ResolvePronoun(doc, speaker, d, recentPeople);
            else if (d.SpeakerStart >= 0) d.Canonical = d.SpeakerIsText ? null : doc.ResolveSpeaker(d.SpeakerStart, d.SpeakerEnd, placesName) ?? doc.AppositivePerson(d.SpeakerEnd);
            else if (d.ContinuationOf is not null) d.Canonical = d.ContinuationOf.Canonical;
            // A "name" longer than the entity linker's longest full form (a paragraph the tagger read as one) names no
            // one: repeated on every pronoun after it, it made the JSON grow with the square of the text (fuzz seed 24).
            if (d.Canonical is { Length: > Entities.EntityLinker.MaxFullFormLength }) d.Canonical = null;
            if (d.SpeakerStart >= 0 && !pronoun) lastDescriptionAt = d.Canonical is null && IsPersonDescription(speaker) ? d.ContentEnd : -1;
            if (d.Canonical is not null && doc.IsPersonName(d.Canonical))
            {
                recentPeople.RemoveAll(p => p.Name == d.Canonical);
                recentPeople.Add((d.Canonical, d.ContentStart));
                if (recentPeople.Count > 4) recentPeople.RemoveAt(0);
            }
        }
        // Paragraphs of a quotation attributed at its end take the speaker resolved there.
        foreach (var d in drafts)
            if (d.SpeakerStart < 0 && d.ContinuationOf is { } source && source.ContentStart > d.ContentStart) d.Canonical = source.Canonical;
    }

    /// <summary>
    /// "he"/"she": the most recent speaker whose given name does not rule the pronoun out (<c>Cres Eastman … She says</c>
    /// is not Eastman when the text named a woman since); failing speakers, the nearest person named before.
    /// </summary>
    private string? ResolvePronoun(DocumentView doc, ReadOnlySpan<char> pronoun, ClaimDraft draft, List<(string Name, int At)> recentPeople)
    {
        var wanted = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? GazetteerCategory.Female : GazetteerCategory.Male;
        for (int k = recentPeople.Count - 1; k >= 0; k--)
        {
            var (name, at) = recentPeople[k];
            if (draft.ContentStart - at < 2000 && Allows(name, wanted)) return name;
        }
        return doc.PrecedingPerson(draft.SpeakerStart, name => Allows(name, wanted));
    }

    /// <summary>Whether a person's given name allows the pronoun's gender: unknown and shared names allow both.</summary>
    private bool Allows(string name, GazetteerCategory gender)
    {
        int space = name.IndexOf(' ');
        var first = space > 0 ? name.AsSpan(0, space) : name.AsSpan();
        if (!gazetteer.TryGet(first, out var given)) return true;
        var genders = given.Categories & (GazetteerCategory.Female | GazetteerCategory.Male);
        return genders == GazetteerCategory.None || (genders & gender) != 0;
    }

    /// <summary>An unnamed person: "a defence ministry spokesman", "the official", "one senior diplomat".</summary>
    private static bool IsPersonDescription(ReadOnlySpan<char> speaker)
    {
        int space = speaker.LastIndexOf(' ');
        var head = space >= 0 ? speaker[(space + 1)..] : speaker;
        return GrammarWords.Embedded.PersonNouns.Contains(head);
    }
}
