using System.Buffers;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;

namespace PoliticalNlp.Entities;

/// <summary>
/// Finds entity mentions: the statistical tagger proposes spans, then the gazetteer settles what a lexicon knows
/// better than a model trained on one corpus (country or city, seat of government, titles that slipped in) and adds
/// unambiguous lexicon names the tagger missed.
/// </summary>
internal sealed class EntityRecognizer
{
    // The span rules' closed word lists (honorifics, body heads, days, …) are data: Models/entitywords.tsv.
    private static readonly EntityWords s_words = EntityWords.Embedded;

    private readonly SequenceModel _model;
    private readonly Gazetteer _gazetteer;
    private readonly WordClasses _wordClasses;
    private readonly EntityType?[] _labelTypes;
    private readonly bool[] _labelBegins;
    private readonly int[] _memoryTypes;

    public EntityRecognizer(SequenceModel model, Gazetteer gazetteer, WordClasses wordClasses)
    {
        _model = model;
        _gazetteer = gazetteer;
        _wordClasses = wordClasses;
        _labelTypes = model.Labels.Select(TypeOf).ToArray();
        _labelBegins = DocumentMemory.Begins(model.Labels);
        _memoryTypes = DocumentMemory.TypeIndexes(model.Labels);
    }

    public Gazetteer Gazetteer => _gazetteer;

    private static EntityType? TypeOf(string label)
    {
        if (label.Length < 3) return null;
        return label[2..].ToUpperInvariant() switch
        {
            "PER" or "PERSON" => EntityType.Person,
            "STA" or "STATE" or "GPE" => EntityType.State,
            "AGE" or "AGENCY" or "ORG" => EntityType.Agency,
            "PLA" or "PLACE" or "LOC" or "GEO" => EntityType.Place,
            _ => null,
        };
    }

    /// <summary>
    /// Puts mentions back in text order after the sentences in capitals were tagged last: the mentions before
    /// <paramref name="split"/> and those from it on are each in text order, and are merged in place, the deferred ones
    /// through a pooled buffer (a document's headlines hold few), so a long document allocates nothing for it (a LINQ
    /// sort copied every mention of a 2 MB document three times). Stable: of two mentions at one offset the earlier run's
    /// comes first.
    /// </summary>
    internal static void MergeDeferred(List<EntityMention> mentions, int split)
    {
        int tail = mentions.Count - split;
        if (tail == 0 || split == 0) return;
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        var buffer = ArrayPool<EntityMention>.Shared.Rent(tail);
        all[split..].CopyTo(buffer);
        int i = split - 1, j = tail - 1, k = all.Length - 1;
        while (j >= 0) all[k--] = i >= 0 && all[i].Start > buffer[j].Start ? all[i--] : buffer[j--];
        ArrayPool<EntityMention>.Shared.Return(buffer, clearArray: true);
    }

    /// <summary>Appends the mentions found in one sentence to <paramref name="mentions"/>.</summary>
    /// <remarks>
    /// <paramref name="tokenOffset"/> is the index of the sentence's first token in the document. The sentences of one
    /// document share one <paramref name="memory"/>: the tagger reads what it said of each capitalised word
    /// in the sentences tagged before (the document's sentences in capitals last), and records what it says in this one;
    /// <paramref name="shouting"/> is whether this sentence is in capitals, as <see cref="DocumentMemory.SurveyCapitals"/>
    /// found it.
    /// </remarks>
    public void Recognize(string text, ReadOnlySpan<Token> tokens, int tokenOffset, List<GazetteerMatch> matches, List<EntityMention> mentions, DocumentMemory? memory, bool shouting)
    {
        int n = tokens.Length;
        if (n == 0) return;
        var categories = ArrayPool<GazetteerCategory>.Shared.Rent(n);
        var starts = ArrayPool<bool>.Shared.Rent(n);
        var labels = ArrayPool<int>.Shared.Rent(n);
        var probabilities = ArrayPool<float>.Shared.Rent(n);
        var classes = ArrayPool<int>.Shared.Rent(n);
        var keys = ArrayPool<TokenKey>.Shared.Rent(n);
        try
        {
            GazetteerFeatures.Annotate(_gazetteer, text, tokens, matches, categories.AsSpan(0, n), starts.AsSpan(0, n));
            _wordClasses.Annotate(text, tokens, classes.AsSpan(0, n));
            TokenKey.Describe(text, tokens, keys.AsSpan(0, n));
            var ctx = new NerFeatures.Context(text, tokens, keys.AsSpan(0, n), categories.AsSpan(0, n), starts.AsSpan(0, n), classes.AsSpan(0, n), memory, shouting);
            SequenceDecoder.Decode(_model, ctx, labels, probabilities);
            memory?.Record(text, tokens, keys.AsSpan(0, n), labels.AsSpan(0, n), _memoryTypes, _labelBegins);

            int first = mentions.Count;
            for (int i = 0; i < n; i++)
            {
                if (_labelTypes[labels[i]] is not { } type) continue;
                int end = i + 1;
                while (end < n && !_labelBegins[labels[end]] && _labelTypes[labels[end]] == type) end++;
                float confidence = 0;
                for (int k = i; k < end; k++) confidence += probabilities[k];
                AddMention(text, tokens, tokenOffset, i, end, type, confidence / (end - i), mentions);
                i = end - 1;
            }
            AddLexiconNames(text, tokens, tokenOffset, matches, mentions, first);
            AddWebsites(text, tokens, tokenOffset, mentions, first);
            // Lexicon additions come after the tagger's mentions; everything downstream reads entities in text order.
            var added = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions)[first..];
            if (!IsInTextOrder(added)) added.Sort(s_byStart);
            JoinBodiesRunThroughPrepositions(text, tokens, tokenOffset, mentions, first);
            JoinBodiesLedByTheirCountry(text, tokens, tokenOffset, mentions, first);
            ExtendInstitutionsOverTheirName(text, tokens, tokenOffset, classes.AsSpan(0, n), mentions, first);
        }
        finally
        {
            ArrayPool<GazetteerCategory>.Shared.Return(categories);
            ArrayPool<bool>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(probabilities);
            ArrayPool<int>.Shared.Return(classes);
            ArrayPool<TokenKey>.Shared.Return(keys);
        }
    }

    /// <summary>A span of a sentence's tokens still to be turned into a mention (or split further).</summary>
    /// <param name="Start">The first token.</param>
    /// <param name="End">One past the last token.</param>
    /// <param name="Type">The type proposed for it.</param>
    /// <param name="Split">
    /// A part of a span already split: it lies inside its parent's bracket-free range, so the bracket scan is skipped.
    /// Rescanning every remainder made a chain of thousands of possessives quadratic.
    /// </param>
    private readonly record struct PendingSpan(int Start, int End, EntityType Type, bool Split = false);

    /// <summary>Adds the mention for tokens [start, end), or the mentions it splits into, in text order.</summary>
    /// <remarks>
    /// Splits are walked with an explicit stack, never by recursion: a tagged span of thousands of possessives
    /// ("Putin's Putin's …") splits once per possessive, and recursion that deep overflows the stack.
    /// </remarks>
    private void AddMention(string text, ReadOnlySpan<Token> tokens, int tokenOffset, int start, int end, EntityType type, float confidence, List<EntityMention> mentions)
    {
        Stack<PendingSpan>? later = null;
        var next = new PendingSpan(start, end, type);
        while (true)
        {
            if (AddMentionOrSplit(text, tokens, tokenOffset, next, confidence, mentions, out var left, out var right))
            {
                // The left part comes first in the text, so it is handled first; the right part waits its turn.
                if (right is { } r) (later ??= new Stack<PendingSpan>()).Push(r);
                next = left;
                continue;
            }
            if (later is null || !later.TryPop(out next)) return;
        }
    }

    /// <summary>
    /// Adds the mention for one span and returns false, or returns true with the span's parts (<paramref name="left"/>
    /// then the optional <paramref name="right"/>) when it names two things; a part may split again.
    /// </summary>
    private bool AddMentionOrSplit(string text, ReadOnlySpan<Token> tokens, int tokenOffset, PendingSpan span, float confidence, List<EntityMention> mentions, out PendingSpan left, out PendingSpan? right)
    {
        var (start, end, type, _) = span;
        left = default;
        right = null;
        // "Korean People's Army [KPA]": a bracket or quote mark ends a name.
        for (int k = start + 1; k < end && !span.Split; k++)
        {
            if (s_words.NameClosingMarks.Contains(tokens[k].AsSpan(text)))
            {
                end = k;
                break;
            }
        }
        // "Senator Ann Lee Ann Mary LeeSenate votes on … MORE": a news site's name card scraped into the text runs the name's
        // full form into the card's first headline, gluing the name's last word to it. The name ends where its full form
        // starts, and the card is no mention (as in the annotated articles' one card, read gold t14; from the allsides
        // articles, where 1,122 mentions ran on into a card and lent it to the name's other mentions as their canonical).
        // (Not again on a part of a span already split: the part lies inside its parent, already cut; a chain of
        // possessives would rescan its remainder at every split.)
        if (!span.Split && type is EntityType.Person or EntityType.Agency && NameCardStart(text, tokens, start, end) is > 0 and var card) end = card;
        // "mid-December", "the mid-1990s, Kopp", "anti-Trump": a word with a lower-case prefix before its hyphen is no name
        // nor part of one, and a comma after it ends nothing that came before (from the allsides articles: 95 of their 486
        // "mid-" words were tagged).
        while (start < end && (HasHyphenPrefix(tokens[start].AsSpan(text)) || (start > span.Start && tokens[start].Kind == TokenKind.Punctuation))) start++;
        if (start == end) return false;
        // Determiners, capitalised sentence openers, titles and possessives are outside the span (spec section 3).
        while (start < end - 1 && (IsLeadingFunctionWord(tokens[start].AsSpan(text)) || IsClitic(text, tokens[start]))) start++;
        // "American and": a span does not end in a conjunction or preposition; "Congress, Mr. Trump" (the title taken off):
        // nor in punctuation (from the allsides articles).
        // (An abbreviation keeps its full stop: "Del.")
        while (end - 1 > start && (s_words.TrailingFunctionWords.Contains(tokens[end - 1].AsSpan(text)) || IsTrailingPunctuation(tokens[end - 1].AsSpan(text), tokens[end - 1].Kind))) end--;
        // A web page's list of countries run together (no punctuation between them) is no name: the longest names of the
        // annotated articles and GMB are 10 and 11 tokens.
        if (end - start > MaxNameTokens) return false;
        // "Labour party", "Kola peninsula": a name does not run on into a lower-case common noun after it (the annotated
        // articles' convention: the name alone, `Labour`, `Kola`). A name written all in lower case is left alone.
        while (end - 1 > start && IsPlainLowerCaseWord(tokens[end - 1].AsSpan(text)) && char.IsUpper(tokens[start].AsSpan(text)[0])) end--;
        // "U.S.-trained": nothing inside a hyphenated word is an entity.
        if (end - start == 1)
        {
            var only = tokens[start].AsSpan(text);
            int hyphen = only.LastIndexOf('-');
            if (hyphen > 0 && hyphen + 1 < only.Length && char.IsLower(only[hyphen + 1])) return false;
        }
        // "a Texas lawmaker", "Kentucky Sen. Rand Paul": a region's name alone is a place, not a body (the annotated articles
        // type US states Place); not a name that is also a country, a city or a curated body ("Georgia", "Washington").
        // (The organisation lists hold the states' names too, as the first words of bodies, so they do not exclude one.)
        // (Not an abbreviation: "PA" is the Press Association as often as Pennsylvania.)
        // (Nor a name an organisation noun follows: "the Fars news agency".)
        if (end - start == 1 && type == EntityType.Agency && char.IsLower(tokens[start].AsSpan(text)[^1]) && !OrganisationNounFollows(text, tokens, end)
            && _gazetteer.TryGet(tokens[start].AsSpan(text), out var region)
            && (region.Categories & GazetteerCategory.Region) != 0
            && (region.Categories & (GazetteerCategory.Country | GazetteerCategory.City | GazetteerCategory.Capital | GazetteerCategory.Political)) == 0)
            type = EntityType.Place;
        if ((end - start > 1 && IsHonorific(tokens[start].AsSpan(text))) || (start > 0 && IsHonorific(tokens[start - 1].AsSpan(text)))) type = EntityType.Person;
        // "Anton Berglund Jr.": a generational suffix is part of the name (read gold t37), so that the son is not linked to
        // the father.
        if (type == EntityType.Person && end < tokens.Length && tokens[end].Start == tokens[end - 1].End + 1 && GrammarWords.Embedded.NameSuffixes.Contains(tokens[end].AsSpan(text))) end++;
        // A possessive inside a span joins two names: "Cherie Blair's Matrix Chambers".
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsClitic(text, tokens[k]))
            {
                var owner = _gazetteer.TryGet(tokens[start].AsSpan(text), out var first) && (first.Categories & GazetteerCategory.FirstName) != 0 ? EntityType.Person : type;
                left = new PendingSpan(start, k, owner, Split: true);
                right = new PendingSpan(k + 1, end, type, Split: true);
                return true;
            }
        }
        if (type == EntityType.Agency && IsPartyMember(tokens[start].AsSpan(text)) && IsNameOfAPerson(text, tokens, start + 1, end))
        {
            // "Senate Democrat Ivo Marsh of Vermont": the party is the person's label, not a body holding them.
            left = new PendingSpan(start + 1, end, EntityType.Person, Split: true);
            return true;
        }
        if (type == EntityType.Agency)
        {
            // "Conservatives and Liberal Democrats": two known bodies.
            for (int k = start + 1; k < end - 1; k++)
            {
                if (s_words.Conjunctions.Contains(tokens[k].AsSpan(text)) && _gazetteer.TryGet(text, tokens[start..k], out var leftBody) && _gazetteer.TryGet(text, tokens[(k + 1)..end], out var rightBody)
                    && (leftBody.Categories & rightBody.Categories & GazetteerCategory.Organization) != 0)
                {
                    left = new PendingSpan(start, k, type, Split: true);
                    right = new PendingSpan(k + 1, end, type, Split: true);
                    return true;
                }
            }
            // "High Court Judge": a title's word ends no body's name, unless the name runs through a preposition to it
            // ("Department of Defense", "Ministry of Finance", "Office of Inspector General": the lexicon's title words
            // include Defense, Finance and General; from the allsides articles, where 136 such names lost their last word).
            if (!RunsThroughPreposition(text, tokens, start, end))
                while (end - start > 1 && IsRole(text, tokens[end - 1])) end--;
            // "Air Force for Acquisition Darleen Druyun", "State Colin Powell": a body (or a title's tail) run into the
            // name of a person who holds office in it. Not in a body the lexicon knows whole, nor where the "first name"
            // ends a place name with the word before it: "New York Times" was cut to the person "York Times".
            bool knownBody = _gazetteer.TryGet(text, tokens[start..end], out var whole) && (whole.Categories & GazetteerCategory.Organization) != 0;
            for (int k = start + 1; k < end - 1 && !knownBody; k++)
            {
                if (!IsFirstName(text, tokens[k]) || end - k > 3 || !AllCapitalised(text, tokens[(k + 1)..end])) continue;
                if (_gazetteer.TryGet(text, tokens[(k - 1)..(k + 1)], out var pair) && (pair.Categories & (GazetteerCategory.City | GazetteerCategory.Region | GazetteerCategory.Country)) != 0) continue;
                int body = start;
                while (body < k && char.IsUpper(tokens[body].AsSpan(text)[0])) body++;
                // "Senate Minority Leader Ann Lee": the title before the name is no part of the body (spec section 3).
                while (body - start > 1 && IsRole(text, tokens[body - 1])) body--;
                body = EndOfBodyBeforeTitle(text, tokens, start, body);
                // What precedes the person is a body only when it is more than a title's last word ("Secretary of State").
                if (body - start >= 2 || (body - start == 1 && !IsNamedByTitle(text, tokens, start) && _gazetteer.TryGet(text, tokens[start..body], out var known) && (known.Categories & GazetteerCategory.Organization) != 0))
                {
                    mentions.Add(new EntityMention(tokens[start].Start, tokens[body - 1].End, tokenOffset + start, body - start, type, null, null, confidence));
                }
                left = new PendingSpan(k, end, EntityType.Person, Split: true);
                return true;
            }
        }
        if (start > 0 && type != EntityType.Person && IsOrganisationNoun(tokens[start - 1].AsSpan(text))) type = EntityType.Agency;
        if (type == EntityType.Person)
        {
            // "Lord Falconer and Baroness Morgan": two people.
            for (int k = start + 1; k < end - 2; k++)
            {
                if (s_words.Conjunctions.Contains(tokens[k].AsSpan(text)) && IsTitle(text, tokens[k + 1]))
                {
                    left = new PendingSpan(start, k, type, Split: true);
                    right = new PendingSpan(k + 1, end, type, Split: true);
                    return true;
                }
            }
            // "Lord Irvine of Lairg" → "Irvine": a peer's territorial designation is not part of the name.
            for (int k = start + 1; k < end - 1; k++)
            {
                if (s_words.NamePrepositions.Contains(tokens[k].AsSpan(text)))
                {
                    end = k;
                    break;
                }
            }
            // "Tory MP Michael Mates" → "Michael Mates"; "Philippe Sands QC" → "Philippe Sands".
            for (int k = end - 2; k >= start; k--)
            {
                if (IsTitle(text, tokens[k]) || IsHonorific(tokens[k].AsSpan(text)))
                {
                    start = k + 1;
                    break;
                }
            }
            // (A generational suffix the title list holds is no title after a name: "Anton Berglund Jr.")
            while (end - start > 1 && IsTitle(text, tokens[end - 1]) && !GrammarWords.Embedded.NameSuffixes.Contains(tokens[end - 1].AsSpan(text))) end--;
        }
        while (end > start + 1 && IsClitic(text, tokens[end - 1])) end--;
        // "Patriot Act", "Affordable Care Act": a law is not a body, whatever its name is made of.
        if (end - start > 1 && s_words.LawHeads.Contains(tokens[end - 1].AsSpan(text))) return false;
        // "Medicare", "Islam", "the Bible", "the Constitution": a programme, a religion, a scripture or a founding document is
        // no body and no place (issue 10's "not entities at all"; from the allsides articles, where 3,800 such mentions were
        // typed Place or Agency, and 337 of the Constitution Agency).
        if (type != EntityType.Person && s_words.NotBodiesOrPlaces.Contains(text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start))) return false;
        // "Member of Parliament Dalia Ornsby", "Secretary of Defense Robert Gates": a one-word body a title names, between
        // the title and its holder's first name, is part of the title, and titles are no entity (spec section 3). A
        // body's own head before "of" ("Ministry of Defence") is a name, not a title.
        if (type == EntityType.Agency && end - start == 1 && end < tokens.Length && IsNamedByTitle(text, tokens, start) && IsFirstName(text, tokens[end])) return false;
        if (type == EntityType.Agency)
        {
            end = EndOfBodyBeforeTitle(text, tokens, start, end);
            if (end == start) return false;
        }
        if (end - start == 1 && (tokens[start].Kind is not (TokenKind.Word or TokenKind.Number) || IsTitle(text, tokens[start]))) return false;

        string? iso = null, resolved = null;
        if (_gazetteer.TryGet(text, tokens[start..end], out var entry))
        {
            var c = entry.Categories;
            // A lone demonym ("American") is not an entity (spec section 3).
            if (end - start == 1 && (c & GazetteerCategory.Demonym) != 0
                && (c & (GazetteerCategory.Organization | GazetteerCategory.Country | GazetteerCategory.Political)) == 0) return false;
            if ((c & GazetteerCategory.Country) != 0 && type != EntityType.Person)
            {
                type = EntityType.State;
                iso = entry.Iso;
            }
            else if ((c & GazetteerCategory.Seat) != 0)
            {
                type = EntityType.Agency;
                resolved = entry.Iso;
            }
            else if ((c & GazetteerCategory.Person) != 0)
            {
                type = EntityType.Person;
            }
            else if ((c & GazetteerCategory.Political) != 0
                     || (type == EntityType.Person && (c & GazetteerCategory.Organization) != 0 && (c & (GazetteerCategory.FirstName | GazetteerCategory.LastName)) == 0))
            {
                type = EntityType.Agency; // "Tory", "Lib Dem": a body the lexicon knows and no name
            }
            else if (type == EntityType.State)
            {
                type = (c & GazetteerCategory.Organization) != 0 ? EntityType.Agency : EntityType.Place;
            }
            if (type == EntityType.Place && (c & GazetteerCategory.Capital) != 0) resolved = entry.Iso;
        }
        else if (type == EntityType.State)
        {
            type = EntityType.Place; // a state the lexicon does not know is a region or city (spec: only sovereign states)
        }
        // "Clinton Foundation", "George Mason University": a name led by a person's ends in a word no person's name ends in
        // (from the allsides articles, where 880 person mentions held such words; spec section 3: bodies are Agency).
        if (type == EntityType.Person && s_words.OrganisationEnds.Contains(tokens[end - 1].AsSpan(text))) type = EntityType.Agency;
        // "Reagan Building", "Berglund Tower": a person's name before a building's head word names the building, a place (read
        // gold t02; in the allsides articles the tagger typed 266 of 326 mentions of one such tower a person, and speakers
        // resolved to it).
        // (A person whose surname is a building word is lost so: the lexicon holds the common first names as surnames too,
        // so "Ann Tower" cannot be told from a tower named after a person by the words alone.)
        if (type == EntityType.Person && end - start > 1 && s_words.BuildingEnds.Contains(tokens[end - 1].AsSpan(text))) type = EntityType.Place;
        mentions.Add(new EntityMention(tokens[start].Start, tokens[end - 1].End, tokenOffset + start, end - start, type, iso, resolved, confidence));
        return false;
    }

    /// <summary>
    /// Where a scraped name card starts inside the span [start, end), or -1: at the word after the last one before a glued
    /// word (<c>LeeSenate</c>: a lower-case letter, then a capital, inside one word) that repeats the glued word's first
    /// part (<c>Lee</c>). Names written so (<c>McCain</c>, <c>DeSantis</c>) glue no word of their own name.
    /// </summary>
    private static int NameCardStart(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        // A card follows a name of a few words, and its full form is a few words too: both searches are bounded, so a
        // long run of capitalised words costs a constant a word.
        for (int k = start + 1; k < end && k - start <= 2 * MaxNameTokens; k++)
        {
            var word = tokens[k].AsSpan(text);
            int glue = 2;
            while (glue < word.Length && !(char.IsLower(word[glue - 1]) && char.IsUpper(word[glue]))) glue++;
            if (glue >= word.Length) continue;
            var repeated = word[..glue];
            for (int j = k - 1; j >= start && k - j <= MaxNameTokens; j--)
                if (tokens[j].AsSpan(text).SequenceEqual(repeated)) return j + 1;
        }
        return -1;
    }

    private static bool IsLeadingFunctionWord(ReadOnlySpan<char> word) => s_words.LeadingFunctionWords.Contains(word);

    /// <summary>The most tokens one name may have (a tagged run longer than this is a list, not a name).</summary>
    private const int MaxNameTokens = 16;

    private static bool IsHonorific(ReadOnlySpan<char> word) => s_words.Honorifics.Contains(word);

    /// <summary>Punctuation a name does not end in: not a closing mark (which ends it already) nor a full stop.</summary>
    private static bool IsTrailingPunctuation(ReadOnlySpan<char> word, TokenKind kind) =>
        kind == TokenKind.Punctuation && !s_words.NameClosingMarks.Contains(word) && !word.SequenceEqual(".");

    /// <summary>A word whose part before its first hyphen is a listed lower-case prefix (<c>mid-December</c>).</summary>
    private static bool HasHyphenPrefix(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && s_words.HyphenPrefixes.Contains(word[..hyphen]);
    }

    private static bool IsOrganisationNoun(ReadOnlySpan<char> word) => s_words.OrganisationNouns.Contains(word);

    /// <summary>An organisation noun (<c>agency</c>, <c>party</c>) within the two words after <paramref name="end"/>.</summary>
    private static bool OrganisationNounFollows(string text, ReadOnlySpan<Token> tokens, int end)
    {
        for (int k = end; k < tokens.Length && k < end + 2; k++)
            if (IsOrganisationNoun(tokens[k].AsSpan(text))) return true;
        return false;
    }

    /// <summary>Adds lexicon names the tagger left out: countries, seats of government, user lexicon entries, acronyms of known bodies.</summary>
    /// <summary>
    /// "A capitalised body name led by its country is one Agency" (spec section 3): <c>United States Air Force</c>,
    /// <c>U.S. Army</c>, and likewise led by a demonym, <c>Iraqi National Guard</c>. In <c>the Bush administration</c>,
    /// Bush is a person.
    /// </summary>
    private void JoinBodiesLedByTheirCountry(string text, ReadOnlySpan<Token> tokens, int tokenOffset, List<EntityMention> mentions, int first)
    {
        for (int i = first; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Agency) continue;
            int local = m.FirstToken - tokenOffset;
            var last = tokens[local + m.TokenCount - 1].AsSpan(text);
            if (m.TokenCount >= 2 && s_words.AdministrationWords.Contains(last) && EndsInAPersonsName(text, tokens, local, local + m.TokenCount - 1))
            {
                mentions[i] = m with { End = tokens[local + m.TokenCount - 2].End, TokenCount = m.TokenCount - 1, Type = EntityType.Person, ResolvedState = null };
                continue;
            }
            // "Harvard | Law School", "Southern Poverty | Law Center": a body's name the tagger broke in two, the second part
            // ending in an organisation's word, is one name (from the allsides articles, where 183 "Law School" mentions
            // had lost their university).
            if (i > first && mentions[i - 1] is { Type: EntityType.Agency } lead && lead.FirstToken + lead.TokenCount == m.FirstToken
                && s_words.OrganisationEnds.Contains(last) && lead.End < m.Start && text.AsSpan(lead.End, m.Start - lead.End).SequenceEqual(" ")
                // (Not a name written twice, "Senate Senate", nor a part in lower case, "mid-April".)
                && char.IsUpper(text[lead.Start]) && !text.AsSpan(lead.Start, lead.End - lead.Start).SequenceEqual(text.AsSpan(m.Start, m.End - m.Start)))
            {
                mentions[i - 1] = m with { Start = lead.Start, FirstToken = lead.FirstToken, TokenCount = m.TokenCount + lead.TokenCount, ResolvedState = m.ResolvedState ?? lead.ResolvedState };
                mentions.RemoveAt(i);
                i--;
                continue;
            }
            if (i > first && mentions[i - 1] is { Type: EntityType.State } state && state.FirstToken + state.TokenCount == m.FirstToken)
            {
                mentions[i - 1] = m with { Start = state.Start, FirstToken = state.FirstToken, TokenCount = m.TokenCount + state.TokenCount, ResolvedState = state.Iso ?? m.ResolvedState };
                mentions.RemoveAt(i);
                i--;
                continue;
            }
            if (local > 0 && (i == first || mentions[i - 1].End <= tokens[local - 1].Start)
                && _gazetteer.TryGet(tokens[local - 1].AsSpan(text), out var before) && (before.Categories & GazetteerCategory.Demonym) != 0
                && char.IsUpper(text[tokens[local - 1].Start]))
            {
                mentions[i] = m with { Start = tokens[local - 1].Start, FirstToken = m.FirstToken - 1, TokenCount = m.TokenCount + 1, ResolvedState = before.Iso ?? m.ResolvedState };
            }
        }
    }

    private static bool IsPartyMember(ReadOnlySpan<char> word) => s_words.PartyMembers.Contains(word);

    /// <summary>
    /// Whether tokens [<paramref name="start"/>, <paramref name="end"/>) read as a person's name, up to an optional
    /// <c>of</c> (a constituency): two or three capitalised words (not all capitals) ending in a known surname, none a
    /// title, <c>Party</c> or a body's head (so <c>Republican Study Committee</c> and <c>Democratic National Committee</c>
    /// stay bodies).
    /// </summary>
    private bool IsNameOfAPerson(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        int nameEnd = start;
        while (nameEnd < end && !s_words.NamePrepositions.Contains(tokens[nameEnd].AsSpan(text))) nameEnd++;
        if (nameEnd - start is < 2 or > 3) return false;
        for (int k = start; k < nameEnd; k++)
        {
            var word = tokens[k].AsSpan(text);
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z')
                || s_words.PartyWords.Contains(word) || IsTitle(text, tokens[k]) || IsBodyHead(word)) return false;
        }
        return _gazetteer.TryGet(tokens[nameEnd - 1].AsSpan(text), out var last)
            && (last.Categories & GazetteerCategory.LastName) != 0 && (last.Categories & (GazetteerCategory.Organization | GazetteerCategory.Country)) == 0;
    }

    private static bool IsBodyHead(ReadOnlySpan<char> word) => s_words.BodyHeads.Contains(word);

    /// <summary>
    /// "Commission on Human Rights", "Senate Committee on Foreign Relations", "Department of Housing and Urban
    /// Development": a body named by a head word (<c>Department</c>, <c>Commission</c>, …), then <c>of</c>/<c>on</c>/<c>for</c>
    /// and capitalised words is one Agency where the tagger split it at the preposition or found only its tail. A second
    /// name after <c>and</c> joins only when the tagger had not already closed the first one and saw the second as an
    /// unknown name of two or more words; titles end the name (<c>… Human Rights Director Jane Doe</c>).
    /// </summary>
    private void JoinBodiesRunThroughPrepositions(string text, ReadOnlySpan<Token> tokens, int tokenOffset, List<EntityMention> mentions, int first)
    {
        for (int h = 0; h + 2 < tokens.Length; h++)
        {
            if (!IsBodyHead(tokens[h].AsSpan(text)) || !s_words.BodyPrepositions.Contains(tokens[h + 1].AsSpan(text))) continue;
            int end = CapitalisedRunEnd(text, tokens, h + 2);
            if (end == h + 2) continue;
            // The name starts where the tagger's mention holding the head starts ("Senate Committee"), else at the head.
            int start = h;
            int holder = -1;
            for (int k = first; k < mentions.Count; k++)
            {
                int local = mentions[k].FirstToken - tokenOffset;
                if (local <= h && h < local + mentions[k].TokenCount) holder = k;
            }
            if (holder >= 0)
            {
                var held = mentions[holder];
                if (held.FirstToken - tokenOffset + held.TokenCount - 1 != h) continue; // the head is inside a longer mention
                start = held.FirstToken - tokenOffset;
            }
            else
            {
                // "Port Authority of New York": capitalised words before a head the tagger missed are its name too (not
                // the sentence's first word, which is capitalised anyway).
                while (start > 1 && h - start < 3 && IsCapitalisedNameWord(text, tokens[start - 1])) start--;
            }
            bool closed = false;
            for (int k = first; k < mentions.Count; k++)
                closed |= mentions[k].FirstToken - tokenOffset == start && mentions[k].TokenCount == end - start;
            if (!closed && end + 2 < tokens.Length && s_words.Conjunctions.Contains(tokens[end].AsSpan(text)))
            {
                int secondEnd = CapitalisedRunEnd(text, tokens, end + 1);
                for (int k = first; k < mentions.Count; k++)
                {
                    var m = mentions[k];
                    if (m.FirstToken - tokenOffset == end + 1 && m.TokenCount >= 2 && m.FirstToken - tokenOffset + m.TokenCount == secondEnd
                        && m.Type != EntityType.State && !_gazetteer.TryGet(text, tokens[(end + 1)..secondEnd], out _))
                    {
                        end = secondEnd;
                        break;
                    }
                }
            }
            // Join only what the tagger saw (a mention inside the name) and never cut a mention that runs out of it.
            int startOffset = tokens[start].Start, endOffset = tokens[end - 1].End;
            int inside = 0, firstInside = -1;
            bool crosses = false;
            float confidence = 0;
            for (int k = first; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (!Overlaps(m, startOffset, endOffset)) continue;
                if (m.Start < startOffset || m.End > endOffset) crosses = true;
                if (firstInside < 0) firstInside = k;
                inside++;
                confidence += m.Confidence;
            }
            if (crosses || inside == 0 || (inside == 1 && mentions[firstInside].Start == startOffset && mentions[firstInside].End == endOffset)) continue;
            mentions.RemoveRange(firstInside, inside);
            mentions.Insert(firstInside, new EntityMention(startOffset, endOffset, tokenOffset + start, end - start, EntityType.Agency, null, null, confidence / inside));
            h = end - 1;
        }
    }

    /// <summary>How many capitalised words before an institution's head a body's name may take in.</summary>
    private const int MaxInstitutionNameWords = 2;

    /// <summary>
    /// "Columbia University", "Gulf Cooperation Council", "Johns Hopkins University": an Agency that ends in an
    /// institution's head (list <c>institution-head</c>) takes in the capitalised words right before it that the tagger
    /// left out, at most <see cref="MaxInstitutionNameWords"/>: words the news writes capitalised (their word class's case
    /// bucket, learned from the allsides articles: not `Annual`, `Means`, `This`), none of them the sentence's first word,
    /// a hyphenated modifier (`Republican-led`), a title, a determiner or opener, a day or month, a given name, or part of
    /// another mention. From the allsides articles, where the tagger gave `University` alone after `Columbia` 63 times
    /// and `Johns Hopkins` 22 (stop 41); of the annotated articles only t09's `Annual Tailhook Association` came near it,
    /// and the case bucket keeps `Annual` out.
    /// </summary>
    private void ExtendInstitutionsOverTheirName(string text, ReadOnlySpan<Token> tokens, int tokenOffset, ReadOnlySpan<int> classes, List<EntityMention> mentions, int first)
    {
        for (int k = first; k < mentions.Count; k++)
        {
            var m = mentions[k];
            int start = m.FirstToken - tokenOffset, end = start + m.TokenCount;
            if (m.Type != EntityType.Agency || !s_words.InstitutionHeads.Contains(tokens[end - 1].AsSpan(text))) continue;
            int previousEnd = k > first ? mentions[k - 1].FirstToken - tokenOffset + mentions[k - 1].TokenCount : 0;
            int extended = start;
            while (extended - 1 >= Math.Max(1, previousEnd) && start - extended < MaxInstitutionNameWords
                   && IsWrittenCapitalised(classes[extended - 1]) && IsNameWordBefore(text, tokens[extended - 1])) extended--;
            if (extended == start) continue;
            mentions[k] = new EntityMention(tokens[extended].Start, m.End, tokenOffset + extended, end - extended, m.Type, m.Iso, m.ResolvedState, m.Confidence);
        }
    }

    /// <summary>A capitalised word before a body's head that may be part of its name: no title, determiner or sentence
    /// opener (both leftward extensions read it: "Port Authority of", "Columbia University").</summary>
    private bool IsCapitalisedNameWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(token.AsSpan(text)[0]) && !IsTitle(text, token) && !IsLeadingFunctionWord(token.AsSpan(text));

    /// <summary><see cref="IsCapitalisedNameWord"/>, and no hyphenated modifier, role, article, day, given name or honorific:
    /// an institution's name takes in only what the tagger surely missed.</summary>
    private bool IsNameWordBefore(string text, Token token)
    {
        var word = token.AsSpan(text);
        return IsCapitalisedNameWord(text, token) && !word.Contains('-') && !IsRole(text, token) && !s_words.Determiners.Contains(word)
            && !IsDateWord(word) && !IsFirstName(text, token) && !IsHonorific(word);
    }

    /// <summary>True for a word the news writes capitalised almost always or mostly (its word class's case bucket), or a
    /// word too rare to have a class (a name, most often).</summary>
    private static bool IsWrittenCapitalised(int packedClass) => packedClass < 0 || WordClasses.CaseBucketOf(packedClass) <= 1;

    /// <summary>"the Supreme Court on Thursday": days and months are no part of a body's name.</summary>
    private static bool IsDateWord(ReadOnlySpan<char> word) => s_words.DateWords.Contains(word);

    /// <summary>
    /// True when tokens [start, end) are capitalised words whose last the lexicon knows as a person's name and not a body's
    /// (<c>Obama</c> Administration is the person's; <c>Federal Aviation</c>, <c>Small Business</c>, <c>Food and Drug</c>
    /// Administration are bodies: from the allsides articles, where 300 such bodies were typed a person).
    /// </summary>
    private bool EndsInAPersonsName(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(tokens[k].AsSpan(text)[0])) return false;
        return _gazetteer.TryGet(tokens[end - 1].AsSpan(text), out var last)
            && (last.Categories & (GazetteerCategory.LastName | GazetteerCategory.FirstName | GazetteerCategory.Person)) != 0
            && (last.Categories & GazetteerCategory.Organization) == 0;
    }

    /// <summary>A title, or a role a body's name may be followed by (<c>Senate Minority Leader</c>).</summary>
    private bool IsRole(string text, Token token) => IsTitle(text, token) || s_words.BodyRoles.Contains(token.AsSpan(text));

    /// <summary>True when a body preposition (<c>of</c>, <c>for</c>) stands inside tokens [start, end), past the first.</summary>
    private static bool RunsThroughPreposition(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
            if (s_words.BodyPrepositions.Contains(tokens[k].AsSpan(text))) return true;
        return false;
    }

    /// <summary>One past the last of the capitalised words from <paramref name="from"/> (at most six; a title after the first ends them).</summary>
    private int CapitalisedRunEnd(string text, ReadOnlySpan<Token> tokens, int from)
    {
        int end = from;
        while (end < tokens.Length && end - from < 6 && tokens[end].Kind == TokenKind.Word && char.IsUpper(tokens[end].AsSpan(text)[0])
               && (end == from || !IsTitle(text, tokens[end])) && !IsDateWord(tokens[end].AsSpan(text))) end++; // "on Foreign Relations": a title word may open it
        return end;
    }

    /// <summary>"GovExec.com", "LiveLeak.com": a capitalised site name is an organisation (spec: platforms are Agency).</summary>
    private static void AddWebsites(string text, ReadOnlySpan<Token> tokens, int tokenOffset, List<EntityMention> mentions, int first)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].AsSpan(text);
            int dot = word.LastIndexOf('.');
            if (dot <= 0 || dot == word.Length - 1 || !char.IsUpper(word[0]) || word.Contains('-')
                || !s_words.WebDomains.Contains(word[(dot + 1)..])) continue;
            var t = tokens[i];
            bool taken = false;
            for (int k = first; k < mentions.Count && !taken; k++) taken = Overlaps(mentions[k], t.Start, t.End);
            if (!taken) mentions.Add(new EntityMention(t.Start, t.End, tokenOffset + i, 1, EntityType.Agency, null, null, 0.5f));
        }
    }

    private static readonly Comparison<EntityMention> s_byStart = static (x, y) => x.Start.CompareTo(y.Start);

    private static bool IsInTextOrder(ReadOnlySpan<EntityMention> mentions)
    {
        for (int i = 1; i < mentions.Length; i++) if (mentions[i].Start < mentions[i - 1].Start) return false;
        return true;
    }

    private static void AddLexiconNames(string text, ReadOnlySpan<Token> tokens, int tokenOffset, List<GazetteerMatch> matches, List<EntityMention> mentions, int first)
    {
        foreach (var m in matches)
        {
            var c = m.Entry.Categories;
            var start = tokens[m.FirstToken];
            var end = tokens[m.FirstToken + m.TokenCount - 1];
            if (!char.IsUpper(text[start.Start])) continue;
            EntityType type;
            string? iso = null, resolved = null;
            if ((c & GazetteerCategory.Person) != 0) type = EntityType.Person;
            else if ((c & GazetteerCategory.Political) != 0) type = EntityType.Agency;
            else if ((c & GazetteerCategory.Country) != 0 && (c & (GazetteerCategory.FirstName | GazetteerCategory.LastName)) == 0)
            {
                type = EntityType.State;
                iso = m.Entry.Iso;
            }
            else if ((c & GazetteerCategory.Seat) != 0)
            {
                type = EntityType.Agency;
                resolved = m.Entry.Iso;
            }
            else if ((c & GazetteerCategory.Organization) != 0 && IsAcronym(text, start, end) && (c & ~(GazetteerCategory.Organization | GazetteerCategory.Body)) == 0) type = EntityType.Agency;
            else continue;
            // A full name the lexicon knows ("Zed Quorvax", a user's ExtraPeople entry) of which the tagger found only a
            // part ("Quorvax") is the whole name: the parts inside it give way to it.
            bool mayReplace = type == EntityType.Person && m.TokenCount >= 2;
            bool overlaps = false, inside = true;
            for (int k = first; k < mentions.Count && (!overlaps || (inside && mayReplace)); k++)
            {
                if (!Overlaps(mentions[k], start.Start, end.End)) continue;
                overlaps = true;
                inside &= mentions[k].Start >= start.Start && mentions[k].End <= end.End;
            }
            if (overlaps && inside && mayReplace)
            {
                for (int k = mentions.Count - 1; k >= first; k--)
                    if (Overlaps(mentions[k], start.Start, end.End)) mentions.RemoveAt(k);
                overlaps = false;
            }
            if (!overlaps) mentions.Add(new EntityMention(start.Start, end.End, tokenOffset + m.FirstToken, m.TokenCount, type, iso, resolved, 0.5f));
        }
    }

    private static bool Overlaps(EntityMention mention, int start, int end) => mention.Start < end && start < mention.End;

    private static bool IsAcronym(string text, Token start, Token end)
    {
        if (start.Start != end.Start || start.Length < 2) return false;
        foreach (char ch in start.AsSpan(text)) if (!char.IsUpper(ch) && ch != '.') return false;
        return true;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word) => s_words.Determiners.Contains(word);

    /// <summary>A word of lower-case letters only: no capital, digit, hyphen or apostrophe (<c>peninsula</c>, not <c>al-Assad</c>).</summary>
    private static bool IsPlainLowerCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        foreach (char c in word) if (!char.IsLower(c)) return false;
        return true;
    }

    private bool IsTitle(string text, Token token) =>
        _gazetteer.TryGet(token.AsSpan(text), out var e) && (e.Categories & GazetteerCategory.Title) != 0
        && (e.Categories & (GazetteerCategory.FirstName | GazetteerCategory.LastName)) == 0;

    /// <summary>
    /// Whether the word at <paramref name="start"/> follows a capitalised title and <c>of</c> (<c>Member of</c>,
    /// <c>Secretary of</c>) that is not a body's own head (<c>Ministry of Defence</c> is a name).
    /// </summary>
    private static bool IsNamedByTitle(string text, ReadOnlySpan<Token> tokens, int start) =>
        start >= 2 && s_words.TitlePrepositions.Contains(tokens[start - 1].AsSpan(text))
        && tokens[start - 2].Kind == TokenKind.Word && char.IsUpper(tokens[start - 2].AsSpan(text)[0]) && !IsBodyHead(tokens[start - 2].AsSpan(text));

    /// <summary>
    /// Where a body's name before a department's title (list <c>department-title</c>: Secretary, Minister) and its holder's
    /// name ends: "Homeland Security Secretary Ann Lee", "Health and Human Services Secretary Ann Lee" name a department as
    /// part of the title, and titles are no entity (spec section 3; the read articles write "Agriculture Secretary Tom
    /// Vilsack", "Energy Secretary Spencer Abraham" with only the person an entity), so the body ends where it starts
    /// (none). A body's name by its head ("Department of Homeland Security", "Supreme Court Justice X") or one the lexicon
    /// knows whole stays; one word more than a known body is the title's
    /// ("White House Press Secretary X" → "White House"). Not other titles: "Fox News President X", "House Judiciary Chairman
    /// X" name bodies. From the allsides articles, where the document survey (stop 40) made "Human Services" and "White
    /// House Press" out of such titles.
    /// </summary>
    private int EndOfBodyBeforeTitle(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Length || !s_words.DepartmentTitles.Contains(tokens[end].AsSpan(text)) || tokens[end + 1].Kind != TokenKind.Word || !char.IsUpper(tokens[end + 1].AsSpan(text)[0])) return end;
        if (IsBodyHead(tokens[end - 1].AsSpan(text)) || IsKnownBody(text, tokens[start..end])) return end;
        return end - start > 1 && IsKnownBody(text, tokens[start..(end - 1)]) ? end - 1 : start;
    }

    /// <summary>Whether the lexicon knows tokens as one body or seat of government (<c>White House</c>, <c>Pentagon</c>).</summary>
    private bool IsKnownBody(string text, ReadOnlySpan<Token> tokens) =>
        _gazetteer.TryGet(text, tokens, out var entry) && (entry.Categories & (GazetteerCategory.Organization | GazetteerCategory.Seat | GazetteerCategory.Political)) != 0;

    private bool IsFirstName(string text, Token token) =>
        _gazetteer.TryGet(token.AsSpan(text), out var entry) && (entry.Categories & GazetteerCategory.FirstName) != 0 && (entry.Categories & (GazetteerCategory.Organization | GazetteerCategory.Country)) == 0;

    private static bool AllCapitalised(string text, ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens) if (t.Kind != TokenKind.Word || !char.IsUpper(t.AsSpan(text)[0])) return false;
        return true;
    }

    private static bool IsClitic(string text, Token token)
    {
        var w = token.AsSpan(text);
        return token.Kind == TokenKind.Word && w.Length <= 3 && w.Length >= 2 && w[0] is '\'' or '\u2019';
    }
}
