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
        var recentPeople = new List<(string Name, int At)>();
        Resolve(doc, drafts, placesName: true, recentPeople);
        foreach (var d in drafts)
        {
            d.Side = d.Canonical;
            d.Canonical = null; // (a quote attributed at its end reads its source's name before the source is resolved again)
        }
        recentPeople.Clear();
        Resolve(doc, drafts, placesName: false, recentPeople);
    }

    private void Resolve(DocumentView doc, List<ClaimDraft> drafts, bool placesName, List<(string Name, int At)> recentPeople)
    {
        string text = doc.Text;
        int lastDescriptionAt = -1, previousEnd = -1;
        foreach (var d in drafts)
        {
            var speaker = d.SpeakerStart >= 0 ? text.AsSpan(d.SpeakerStart, d.SpeakerEnd - d.SpeakerStart) : default;
            bool pronoun = d.SpeakerStart >= 0 && (FunctionWords.IsHeOrShe(speaker) || FunctionWords.IsHimOrHer(speaker));
            // "… said a defence ministry spokesman. He said …": he is the unnamed speaker just quoted, not the last named person.
            if (pronoun && lastDescriptionAt >= 0 && d.ContentStart - lastDescriptionAt < 400) d.Canonical = null;
            else if (pronoun) d.Canonical = ResolvePronoun(doc, speaker, d, recentPeople, previousEnd);
            else if (d.SpeakerStart >= 0)
                d.Canonical = d.SpeakerIsText ? null : ResolveNamedOrDescribed(doc, speaker, d, placesName);
            else if (d.ContinuationOf is not null) d.Canonical = d.ContinuationOf.Canonical;
            // A "name" longer than the entity linker's longest full form (a paragraph the tagger read as one) names no
            // one: repeated on every pronoun after it, it made the JSON grow with the square of the text (fuzz seed 24).
            if (d.Canonical is { Length: > Entities.EntityLinker.MaxFullFormLength }) d.Canonical = null;
            if (d.SpeakerStart >= 0 && !pronoun) lastDescriptionAt = d.Canonical is null && IsPersonDescription(speaker) ? d.ContentEnd : -1;
            previousEnd = Math.Max(previousEnd, Math.Max(d.ContentEnd, d.SpeakerEnd));
            if (d.Canonical is not null && doc.IsPersonName(d.Canonical))
            {
                // (A loop, not RemoveAll with a lambda: the lambda's closure over d cost an allocation every claim.)
                for (int k = recentPeople.Count - 1; k >= 0; k--)
                    if (recentPeople[k].Name == d.Canonical) recentPeople.RemoveAt(k);
                recentPeople.Add((d.Canonical, d.ContentStart));
                if (recentPeople.Count > 4) recentPeople.RemoveAt(0);
            }
        }
        // Paragraphs of a quotation attributed at its end take the speaker resolved there.
        foreach (var d in drafts)
            if (d.SpeakerStart < 0 && d.ContinuationOf is { } source && source.ContentStart > d.ContentStart) d.Canonical = source.Canonical;
    }

    /// <summary>
    /// "he"/"she": the person who opens the pronoun's own sentence, else one who opens a sentence since the claim before,
    /// else the most recent speaker whose given name does not rule the pronoun out (<c>Cres Eastman … She says</c> is not
    /// Eastman when the text named a woman since); failing speakers, the nearest person named before.
    /// </summary>
    private string? ResolvePronoun(DocumentView doc, ReadOnlySpan<char> pronoun, ClaimDraft draft, List<(string Name, int At)> recentPeople, int previousEnd)
    {
        var wanted = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("her", StringComparison.Ordinal) ? GazetteerCategory.Female : GazetteerCategory.Male;
        // "It invoked Sanders by quoting him as saying": an object pronoun stands for the person named last before it, never
        // for the one quoting it ("Trump quoted him" is not Trump: the via).
        if (FunctionWords.IsHimOrHer(pronoun))
            return doc.PrecedingPerson(draft.SpeakerStart, name => Allows(name, wanted) && !doc.NamesPerson(draft.ContentStart, draft.ContentEnd, name)
                && !(draft.ViaStart >= 0 && doc.NamesPerson(draft.ViaStart, draft.ViaEnd, name)));
        // (Nor a person the claim's own content names: "he called Trump the greatest friend" is not Trump's; people seldom
        // speak of themselves by name.)
        int start = draft.ContentStart, end = draft.ContentEnd;
        // "Rubio hit Trump on taxes — “…,” he said": the person who opens the pronoun's own sentence, its subject, is the
        // likelier antecedent than a later object or an earlier speaker.
        // (Not a name inside the claim's own content before the attribution: "Jones “understands …,” she said".)
        if (draft.SpeakerTokens.Start >= 0 && doc.SentenceOpeningPerson(draft.SpeakerTokens.Start, draft.ContentStart) is { } subject && Allows(subject, wanted) && !doc.NamesPerson(start, end, subject)) return subject;
        // "… “Powell had less influence,” he said. Powell, after announcing his resignation, was praised …. He said …": a
        // person who opens a sentence since the claim before is the likelier antecedent than that claim's speaker (read:
        // news-01, t22; any person named since, a first form, also took "said after speaking to Mr Putin" in the seed).
        if (draft.SpeakerTokens.Start >= 0 && previousEnd >= 0 && SubjectSinceClaimBefore(doc, draft.SpeakerTokens.Start, previousEnd) is { } named
            && Allows(named, wanted) && !doc.NamesPerson(start, end, named)) return named;
        for (int k = recentPeople.Count - 1; k >= 0; k--)
        {
            var (name, at) = recentPeople[k];
            if (draft.ContentStart - at < 2000 && Allows(name, wanted) && !doc.NamesPerson(start, end, name)) return name;
        }
        return doc.PrecedingPerson(draft.SpeakerStart, name => Allows(name, wanted) && !doc.NamesPerson(start, end, name));
    }

    /// <summary>How many sentences before its pronoun's a sentence whose subject is a person is looked for.</summary>
    private const int MaxAntecedentSentences = 3;

    /// <summary>The person that opens the latest of the few sentences before the pronoun's that start after
    /// <paramref name="previousEnd"/> (the end of the claim before), or null.</summary>
    private static string? SubjectSinceClaimBefore(DocumentView doc, int pronounToken, int previousEnd)
    {
        int sentence = doc.SentenceOf(pronounToken);
        for (int s = sentence - 1; s >= 0 && s >= sentence - MaxAntecedentSentences; s--)
        {
            int first = doc.SentenceStart(s), end = doc.SentenceEnd(s);
            if (doc.Tokens[first].Start < previousEnd) return null;
            if (end - 1 > first && doc.SentenceOpeningPerson(end - 1, int.MaxValue) is { } person) return person;
        }
        return null;
    }

    /// <summary>Whether a person's given name allows the pronoun's gender (<see cref="Entities.GivenNameGender"/>).</summary>
    private bool Allows(string name, GazetteerCategory gender) => Entities.GivenNameGender.Allows(name, gender, gazetteer);

    /// <summary>How many words after <c>the</c> a description that names a person back may take (<c>the deputy foreign minister</c>).</summary>
    private const int MaxDescriptionWords = 3;

    /// <summary>The longest description read for a title (a span reused by a chain of coordinated cues is read once a
    /// claim: its length must not multiply).</summary>
    private const int MaxDescriptionLength = 80;

    /// <summary>
    /// The person a definite description refers back to (<c>the judge</c>, <c>The prime minister</c>, <c>the secretary of
    /// state</c>): <c>the</c> and at most <see cref="MaxDescriptionWords"/> lower-case words whose head (the word before
    /// <c>of</c>, else the last) is a title (grammar list <c>person-title</c>; not an anonymous <c>the official</c>),
    /// resolved to the person titled or described with all its words before <c>of</c> most often so far
    /// (<see cref="DocumentView.TitledPerson"/>). Spec §4: the canonical name of the entity the speaker refers to.
    /// </summary>
    private static string? DescribedPerson(DocumentView doc, ReadOnlySpan<char> speaker, int speakerStart)
    {
        if (speaker.Length > MaxDescriptionLength) return null;
        if (!(speaker.StartsWith("the ", StringComparison.Ordinal) || speaker.StartsWith("The ", StringComparison.Ordinal))) return null;
        var rest = speaker[4..];
        int of = rest.IndexOf(" of ", StringComparison.Ordinal);
        var words = of >= 0 ? rest[..of] : rest;
        int count = 1;
        foreach (var c in rest) if (c == ' ') count++;
        if (count > MaxDescriptionWords + (of >= 0 ? 2 : 0)) return null;
        foreach (var c in rest) if (!(char.IsLower(c) || c is ' ' or '-')) return null;
        int space = words.LastIndexOf(' ');
        var head = space >= 0 ? words[(space + 1)..] : words;
        if (!GrammarWords.Embedded.PersonTitles.Contains(head)) return null;
        return doc.TitledPerson(words, speakerStart);
    }

    /// <summary>The entity a speaker that is no pronoun names or describes: the entity inside the span, a person set off
    /// after it (<see cref="DocumentView.AppositivePerson"/>), or the person a definite title refers back to.</summary>
    private string? ResolveNamedOrDescribed(DocumentView doc, ReadOnlySpan<char> speaker, ClaimDraft d, bool placesName)
    {
        var inside = doc.ResolveSpeaker(d.SpeakerStart, d.SpeakerEnd, placesName);
        // "a State Department official", "White House officials", "Spain's health minister", "Mr Trump's lawyer", "A Trump
        // lawyer": a description headed by a person noun, with the body, state or person it names only qualifying the head,
        // is unnamed people of them, not them (spec §4; our gold names none of them: read t02, t10), though they speak for
        // that side (the first pass). A name that ends the span is the speaker's own ("Anna Lawyer").
        // (Heads from the mined list too: "a Harvard epidemiologist", "some Kremlin proxies"; from the allsides articles,
        // where about 1,100 such descriptions took the body or place as the speaker.)
        // (Not a person named with others: "Lee and others", "Lee and his aides" is Lee, as in gold t01 and t11.)
        if (!placesName && inside is not null && (IsPersonDescription(speaker, orPlural: true) || IsPeopleDescription(speaker))
            && !(doc.IsPersonName(inside) && NamedWithOthers(doc, d.SpeakerTokens)) && !doc.IsEntityToken(d.SpeakerTokens.End - 1)) inside = null;
        // "a spokesman for the country's atomic energy agency", "the head of the House Homeland Security Committee": a person
        // noun or title before a preposition heads the description; the body after it qualifies the head (read: t22, t26,
        // t28 named the body; our gold names the person, or no one).
        if (!placesName && inside is not null && IsPersonHeadBeforePreposition(speaker)) inside = null;
        // "A source familiar with Manafort's thinking", "people close to the president": an unnamed source about someone
        // is not that someone (read gold news-08, t12); the link side stays whoever is named.
        if (!placesName && inside is not null && NamesAnUnnamedSource(speaker)) inside = null;
        // "Lee's legal team", "Members of Lee's cabinet", "Vorland's new government": lower-case words after a possessive name
        // something of the possessor's, not the possessor (read gold t02, t04, t05, t13, t37 name no one; the link side stays
        // the possessor); the possessor's own office speaks for it ("Lee's office", t33).
        if (!placesName && inside is not null && IsPossessedThing(speaker)) inside = null;
        return inside ?? doc.AppositivePerson(d.SpeakerEnd) ?? DescribedPerson(doc, speaker, d.SpeakerStart) ?? PeopleOfState(doc, speaker);
    }

    /// <summary>
    /// "The Saudis denied …", "the Russians say …": the people of a state named with the article stand for the state
    /// (spec §4: the entity the speaker refers to; read gold t29), when the document names that state. Without the
    /// article ("Russians say") they are people, not the state.
    /// </summary>
    private string? PeopleOfState(DocumentView doc, ReadOnlySpan<char> speaker)
    {
        int space = speaker.IndexOf(' ');
        if (space <= 0 || !speaker[..space].Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var people = speaker[(space + 1)..];
        if (people.IsEmpty || !char.IsUpper(people[0]) || people.Contains(' ')) return null;
        if (!IsDemonymOfState(people, out var iso) && !(people.Length > 4 && people[^1] == 's' && IsDemonymOfState(people[..^1], out iso))) return null;
        return doc.NamedState(iso);
    }

    private bool IsDemonymOfState(ReadOnlySpan<char> word, out string iso)
    {
        iso = "";
        if (!gazetteer.TryGet(word, out var entry) || (entry.Categories & GazetteerCategory.Demonym) == 0 || entry.Iso is null) return false;
        iso = entry.Iso;
        return true;
    }

    /// <summary>Whether a word of the speaker is a source qualifier (grammar list <c>source-qualifier</c>: <c>familiar</c>,
    /// <c>close</c>).</summary>
    private static bool NamesAnUnnamedSource(ReadOnlySpan<char> speaker)
    {
        foreach (var (start, length) in ClaimProfile.Words(speaker))
            if (FunctionWords.IsSourceQualifier(speaker.Slice(start, length))) return true;
        return false;
    }

    /// <summary>True when the speaker ends in lower-case words after a possessive (<c>Lee's legal team</c>, <c>Vorland's new
    /// government</c>), the last of them not the possessor's own office (grammar list <c>own-office-noun</c>).</summary>
    private static bool IsPossessedThing(ReadOnlySpan<char> speaker)
    {
        bool possessive = false;
        ReadOnlySpan<char> last = default;
        foreach (var (start, length) in ClaimProfile.Words(speaker))
        {
            var word = speaker.Slice(start, length);
            // ("Trump's", "the Democrats' plan": the plural's apostrophe follows the word.)
            bool apostropheAfter = word[^1] == 's' && start + length < speaker.Length && speaker[start + length] is '\'' or '’';
            if ((FunctionWords.IsPossessive(word) || apostropheAfter) && char.IsUpper(word[0])) { possessive = true; last = default; continue; }
            if (!possessive) continue;
            if (!char.IsLower(word[0])) { possessive = false; continue; }
            last = word;
        }
        return possessive && !last.IsEmpty && !FunctionWords.IsOwnOfficeNoun(last);
    }

    /// <summary>True when the word before the first preposition after the speaker's first word (<c>of</c>, <c>for</c>, <c>to</c>),
    /// with no coordinator before it, is a person noun or title (<c>a spokesman for …</c>, <c>the head of …</c>: grammar lists <c>person-noun</c>,
    /// <c>person-title</c>, and their plurals).</summary>
    private static bool IsPersonHeadBeforePreposition(ReadOnlySpan<char> speaker)
    {
        ReadOnlySpan<char> previous = default;
        int index = 0;
        foreach (var (start, length) in ClaimProfile.Words(speaker))
        {
            var word = speaker.Slice(start, length);
            if (FunctionWords.IsCoordinator(word)) return false; // ("Obama and officials in charge of …": a named speaker too)
            // ("Aides to Lee say", "Lawyers for the union said": a person noun may open the sentence, capitalised; not a title
            // in the singular, which names its holder: "Secretary of the Navy Ann Berg", "Minister for Trade Ann Berg".)
            if (index++ > 0 && FunctionWords.IsPreposition(word))
                return !previous.IsEmpty && (char.IsLower(previous[0]) ? FunctionWords.IsPersonHead(previous)
                    : index == 2 && FunctionWords.IsServantNoun(previous));
            previous = word;
        }
        return false;
    }

    /// <summary>Whether a name in the speaker is coordinated with others right after it (<c>Lee and his aides</c>; not
    /// <c>Current and former Lee aides</c>, whose coordinator joins no name).</summary>
    private static bool NamedWithOthers(DocumentView doc, (int Start, int End) tokens)
    {
        for (int t = Math.Max(tokens.Start, 0) + 1; t < tokens.End; t++)
            if (doc.Is(t, FunctionWords.IsCoordinator) && doc.IsEntityToken(t - 1)) return true;
        return false;
    }

    /// <summary>Whether the speaker's last word is a noun naming people (<see cref="FunctionWords.IsPeopleNoun"/>).</summary>
    private static bool IsPeopleDescription(ReadOnlySpan<char> speaker) => FunctionWords.IsPeopleNoun(HeadOf(speaker));

    /// <summary>A description's head: its last word.</summary>
    private static ReadOnlySpan<char> HeadOf(ReadOnlySpan<char> speaker)
    {
        int space = speaker.LastIndexOf(' ');
        return space >= 0 ? speaker[(space + 1)..] : speaker;
    }

    /// <summary>An unnamed person: "a defence ministry spokesman", "the official", "one senior diplomat" (a description
    /// headed by a noun of grammar list <c>person-noun</c>); with <paramref name="orPlural"/> also unnamed people ("White
    /// House officials").</summary>
    private static bool IsPersonDescription(ReadOnlySpan<char> speaker, bool orPlural = false) => FunctionWords.IsPersonNoun(HeadOf(speaker), orPlural);
}
