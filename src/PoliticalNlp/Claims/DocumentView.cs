using System.Collections.Immutable;
using PoliticalNlp.Entities;
using PoliticalNlp.Text;

namespace PoliticalNlp.Claims;

/// <summary>The analysed document as the claim rules read it: words by token index, sentences, paragraphs and entities.</summary>
internal sealed class DocumentView
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    // Sentences and entities are found by binary search, not through an int a token (two such arrays were 8 bytes a
    // token, the largest part of the claims stage's memory on a long document): the sentences cover the tokens in
    // order, and the entities are sorted and do not overlap.
    private readonly ImmutableArray<Entity> _entities;
    private readonly HashSet<string> _people;
    private readonly ParagraphBreaks _paragraphs;
    // The canonical name of the first state named with each ISO code: a capital that speaks (`Moscow said`) is its state.
    // Built on the first capital that speaks (most documents have none).
    private Dictionary<string, string>? _statesByIso;
    // The people's title words, read on the first definite description (most documents have none).
    private PersonTitles? _titles;

    // The arrays are the analysed document's own (immutable once built): borrowed, never copied.
    public DocumentView(string text, Token[] tokens, Sentence[] sentences, ImmutableArray<Entity> entities)
    {
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        _entities = entities;
        _people = entities.Where(e => e.Type == EntityType.Person).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
        _paragraphs = ParagraphBreaks.Of(text);
    }

    /// <summary>Where the document's paragraphs break (<see cref="ParagraphBreaks"/>).</summary>
    public ParagraphBreaks Paragraphs => _paragraphs;

    public ReadOnlySpan<Token> Tokens => _tokens;

    public string Text => _text;

    public ReadOnlySpan<char> Word(int i) => _tokens[i].AsSpan(_text);

    public bool Is(int i, string word) => i >= 0 && i < _tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> exists and is in a word class (a <see cref="FunctionWords"/> test:
    /// <c>doc.Is(i, FunctionWords.IsIndefiniteArticle)</c>).</summary>
    public bool Is(int i, WordTest inClass) => i >= 0 && i < _tokens.Length && inClass(Word(i));

    /// <summary>True when a source phrase (<c>according to</c>, <c>as reported by</c>; <see cref="SourcePhraseLength"/>) opens
    /// at token <paramref name="i"/> and ends before <paramref name="end"/>.</summary>
    public bool IsAccordingTo(int i, int end) => SourcePhraseLength(i, end) > 0;

    /// <summary>
    /// How many tokens the source phrase opening at token <paramref name="i"/> takes before its source: 2 for
    /// <c>according to</c>, 3 or 4 for <c>as reported by</c> and <c>as first reported by</c> (one word of the
    /// adverb-or-auxiliary list between), which name a source the same way (PolNeAR train: its annotators attribute
    /// <c>As reported by X, …</c> to X); 0 when no such phrase opens there.
    /// </summary>
    public int SourcePhraseLength(int i, int end)
    {
        if (i + 1 < end && Is(i, "according") && Is(i + 1, "to")) return 2;
        if (i + 2 >= end || !Is(i, "as")) return 0;
        int verb = Is(i + 1, FunctionWords.IsAdverbOrAuxiliary) && char.IsLower(Word(i + 1)[0]) ? i + 2 : i + 1;
        return verb + 1 < end && Is(verb, "reported") && Is(verb + 1, "by") ? verb + 2 - i : 0;
    }

    /// <summary>The reporting word(s) of a source phrase of <paramref name="length"/> tokens at <paramref name="i"/>: all of
    /// <c>according to</c>, the verb and its adverb of <c>as first reported by</c>.</summary>
    public (int First, int Last) SourcePhraseCue(int i, int length) => length == 2 ? (i, i + 1) : (i + 1, i + length - 2);

    // Sentences cover the tokens in order, so the token's sentence is the first to end after the token starts.
    public int SentenceOf(int token) => OffsetSearch.FirstEndingAfter<Sentence>(_sentences, _tokens[token].Start);

    /// <summary>The entity the token is part of, or -1.</summary>
    private int EntityOf(int token)
    {
        ref readonly var t = ref _tokens[token];
        int e = OffsetSearch.FirstStartingAt(_entities.AsSpan(), t.End) - 1; // the last entity starting inside or before the token
        return e >= 0 && _entities[e].End > t.Start ? e : -1;
    }

    /// <summary>The sentence holding the character at <paramref name="offset"/> (or the token before it).</summary>
    public int SentenceAt(int offset) => SentenceOf(Math.Max(0, OffsetSearch.FirstStartingAt<Token>(_tokens, offset + 1) - 1));

    public int SentenceStart(int sentence) => _sentences[sentence].FirstToken;

    public int SentenceEnd(int sentence) => _sentences[sentence].FirstToken + _sentences[sentence].TokenCount;

    /// <summary>True when a line break stands before token <paramref name="token"/> (or it is the first).</summary>
    public bool StartsLine(int token) => token == 0 || _text.AsSpan(_tokens[token - 1].End, _tokens[token].Start - _tokens[token - 1].End).Contains('\n');

    public bool StartsParagraph(int token) => token == 0 || _paragraphs.Between(_tokens[token - 1].End, _tokens[token].Start);

    /// <summary>Punctuation that ends a clause: commas, semicolons, colons, dashes, brackets.</summary>
    public bool IsClauseBreak(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && (_text[_tokens[i].Start] is ',' or ';' or ':' or '(' or ')' or '.' or '?' or '!' || IsDashChar(_text[_tokens[i].Start]));

    /// <summary>A hyphen used as a dash, an en or em dash, or the horizontal bar some outlets set as a dash (U+2015, from
    /// PolNeAR's articles, where an aside between two bars was read as part of the sentence's subject).</summary>
    public static bool IsDashChar(char c) => c is '-' or '–' or '—' or '―';

    /// <summary>True when token <paramref name="i"/> is a dash (<see cref="IsDashChar"/>).</summary>
    public bool IsDash(int i) => _tokens[i].Kind == TokenKind.Punctuation && IsDashChar(_text[_tokens[i].Start]);

    /// <summary>True when token <paramref name="i"/> is a percentage sign after its number (<c>56%</c>), which ends a noun
    /// phrase as "percent" does.</summary>
    public bool IsPercentSign(int i) => i > 0 && Is(i, "%") && _tokens[i - 1].Kind == TokenKind.Number;

    public bool IsPersonName(string canonical) => _people.Contains(canonical);

    /// <summary>True when the token is part of an entity mention.</summary>
    public bool IsEntityToken(int token) => EntityOf(token) >= 0;

    /// <summary>True when a token of [<paramref name="start"/>, <paramref name="end"/>) is part of an entity mention.</summary>
    public bool HoldsEntity(int start, int end)
    {
        for (int k = start; k < end; k++)
            if (EntityOf(k) >= 0) return true;
        return false;
    }

    /// <summary>The token after the end of the entity mention holding <paramref name="token"/>, or
    /// <paramref name="token"/> itself when it is in none.</summary>
    public int EntityEndToken(int token)
    {
        int e = EntityOf(token);
        if (e < 0) return token;
        int end = token + 1;
        while (end < _tokens.Length && EntityOf(end) == e) end++;
        return end;
    }

    /// <summary>True when the token is part of a state's or a place's mention.</summary>
    public bool IsPlaceToken(int token) => EntityOf(token) is var e and >= 0 && _entities[e].Type is EntityType.State or EntityType.Place;

    /// <summary>The last person named in tokens [start, end) as a noun phrase's head, not a modifier (<c>Ann Lee,</c>,
    /// <c>Ted Cruz of</c>; not <c>the Sanders campaign</c>), as a token range, or (-1, -1).</summary>
    public (int Start, int End) LastPerson(int start, int end)
    {
        for (int k = end - 1; k >= start; k--)
        {
            int e = EntityOf(k);
            if (e < 0 || _entities[e].Type != EntityType.Person || (k + 1 < _tokens.Length && EntityOf(k + 1) == e)) continue;
            if (k + 1 < end && _tokens[k + 1].Kind == TokenKind.Word && !FunctionWords.IsPreposition(Word(k + 1))) continue;
            int first = k;
            while (first - 1 >= start && EntityOf(first - 1) == e) first--;
            return (first, k + 1);
        }
        return (-1, -1);
    }

    /// <summary>
    /// The canonical name of a person set off after a description (<c>said the party's spokesman, Tom Berg.</c>,
    /// <c>…, the minister, Tom Berg, said</c>): a comma right after the span ending at <paramref name="spanEnd"/> (a
    /// character offset), then a person's name, then a break or the sentence's end; null otherwise.
    /// </summary>
    public string? AppositivePerson(int spanEnd)
    {
        int comma = OffsetSearch.FirstStartingAt<Token>(_tokens, spanEnd);
        if (comma + 1 >= _tokens.Length || !Is(comma, ",") || _tokens[comma].Start - spanEnd > 1) return null;
        int e = EntityOf(comma + 1);
        if (e < 0 || _entities[e].Type != EntityType.Person || _entities[e].Start != _tokens[comma + 1].Start) return null;
        int after = OffsetSearch.FirstStartingAt<Token>(_tokens, _entities[e].End);
        if (after < _tokens.Length && SentenceOf(after) == SentenceOf(comma) && !IsClauseBreak(after) && _tokens[after].Kind != TokenKind.Quote) return null;
        return _entities[e].Canonical;
    }

    /// <summary>
    /// The person a definite description names (<c>the judge</c>, <c>the prime minister</c>): of the people named before
    /// <paramref name="offset"/> titled with every word of <paramref name="title"/> right before the name (<c>U.S. District
    /// Judge Jesse Furman</c>; <c>the chief justice</c> is not <c>Justice Anthony Kennedy</c>) or in an appositive after it
    /// (<c>Ann Lee, a spokeswoman for the ministry,</c>), the one titled so most often, the latest on a tie
    /// (<see cref="PersonTitles"/>, read once a document on first use); null when none.
    /// </summary>
    public string? TitledPerson(ReadOnlySpan<char> title, int offset)
    {
        _titles ??= PersonTitles.Build(_text, _entities);
        return _titles.MostTitled(title, OffsetSearch.FirstEndingAfter(_entities.AsSpan(), offset));
    }

    /// <summary>The first person named in tokens [start, end), as a token range, or (-1, -1).</summary>
    public (int Start, int End) FirstPerson(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            int e = EntityOf(k);
            if (e < 0 || _entities[e].Type != EntityType.Person) continue;
            int last = k;
            while (last + 1 < _tokens.Length && EntityOf(last + 1) == e) last++;
            return (k, last + 1);
        }
        return (-1, -1);
    }

    /// <summary>The canonical name of the person whose name opens the sentence of token <paramref name="token"/> (past a
    /// discourse word: "But Lee …"), when it stands before that token and before <paramref name="contentStart"/> (a
    /// character offset) if that comes first; otherwise null.</summary>
    public string? SentenceOpeningPerson(int token, int contentStart)
    {
        int first = SentenceStart(SentenceOf(token));
        while (first < token && FunctionWords.IsDiscourseWord(Word(first))) first++;
        if (first < token && _tokens[first].Start >= contentStart && contentStart < _tokens[token].Start) return null;
        first = PastTitleBeforePerson(first, token);
        if (first < token && _tokens[first].Start >= contentStart && contentStart < _tokens[token].Start) return null;
        int e = first < token ? EntityOf(first) : -1;
        if (e < 0 || _entities[e].Type != EntityType.Person) return null;
        int end = first;
        while (end < token && EntityOf(end) == e) end++;
        // Not "Biden's support, he said, …" (a possessor is no subject) nor "Zimmerman, he argued, …" (a topic set off
        // before the attribution of someone else's words).
        if (end < token && (FunctionWords.IsPossessive(Word(end)) || (Word(end) is "," && end + 1 == token))) return null;
        if (end > first && FunctionWords.IsPossessive(Word(end - 1))) return null;
        return _entities[e].Canonical;
    }

    /// <summary>How many capitalised words a title before a sentence's opening name may take (<c>Senate Majority Leader</c>).</summary>
    private const int MaxOpeningTitleWords = 5;

    /// <summary>
    /// The token where a person's name starts after a title that opens the sentence (<c>Defense Secretary Ann Lee said …</c>,
    /// <c>Sen. Ann Lee …</c>: capitalised words, abbreviations and <c>of</c> (list title-preposition), none of them a
    /// person's), or
    /// <paramref name="first"/> when no name follows such a run before <paramref name="limit"/>. A capitalised opener
    /// is read through too (<c>When Lee took office, he …</c>, <c>For Lee, …</c>): the first person such a sentence names
    /// is its topic more often than not. In two samples of the allsides articles' changed pronoun speakers (45 read),
    /// about 34 were righted and 5 made wrong (<c>When Wallace pressed Lee, he …</c> is Lee's).
    /// </summary>
    private int PastTitleBeforePerson(int first, int limit)
    {
        int k = first;
        while (k < limit && k - first < MaxOpeningTitleWords && EntityOf(k) is var e && (e < 0 || _entities[e].Type != EntityType.Person))
        {
            var word = Word(k);
            if (_tokens[k].Kind != TokenKind.Word || !(char.IsUpper(word[0]) || Lexicons.EntityWords.Embedded.TitlePrepositions.Contains(word))) return first;
            k++;
        }
        return k > first && k < limit && EntityOf(k) is >= 0 and var person && _entities[person].Type == EntityType.Person ? k : first;
    }

    /// <summary>A phrase that ends in a person's name is that person ("Belarus’s president Alexander Lukashenko" → the name),
    /// unless a person noun and a preposition of serving head it before the name: "an aide to Senator Ann Lee" is the aide,
    /// not Lee; "former secretary of state Ann Lee" stays Lee (allsides sample and PolNeAR train: the aide's words were
    /// given to the one served).</summary>
    public (int Start, int End) TrimToEntity(int start, int end, bool anyType = false)
    {
        int e = EntityOf(end - 1);
        if (e < 0 || (!anyType && _entities[e].Type != EntityType.Person)) return (start, end);
        int s = end - 1;
        while (s > start && EntityOf(s - 1) == e) s--;
        return _entities[e].Type == EntityType.Person && ServesTheNamed(start, s) ? (start, end) : (s, end);
    }

    /// <summary>True when a person noun and a preposition of serving stand in [<paramref name="start"/>, <paramref
    /// name="name"/>): "an aide to", "a spokeswoman for" before a name make the phrase the servant, not the name.</summary>
    public bool ServesTheNamed(int start, int name)
    {
        // (Back from the name to the first comma or break: "A lawyer for Mr. Lee, Ann Berg, said" is Berg. A capitalised title
        // before the preposition names its holder: "Minister for Foreign Affairs Ann Berg".)
        for (int k = name - 1; k > start; k--)
        {
            if (IsClauseBreak(k) || Is(k, ",")) return false;
            if (_tokens[k].Kind == TokenKind.Word && FunctionWords.IsServingPreposition(Word(k)) && FunctionWords.IsServantNoun(Word(k - 1))) return true;
        }
        return false;
    }

    /// <summary>The canonical name of the entity a speaker span is, or refers to ("I" and "it"/"they" look back; the
    /// extractor resolves "he" and "she" itself, by recent speakers and gender). A place that locates a description
    /// (<c>the senator from Ohio</c>, <c>a judge in New York</c>) names the speaker's side only when
    /// <paramref name="placesName"/>: it is not who speaks (spec §4), but it is where the link model reads sides from.</summary>
    public string? ResolveSpeaker(int start, int end, bool placesName = false)
    {
        Entity? found = null;
        Entity? place = null; // the last place skipped: "in New Hampshire and Iowa" locates by both
        for (int i = OffsetSearch.FirstEndingAfter(_entities.AsSpan(), start); i < _entities.Length && _entities[i].Start < end; i++)
        {
            var e = _entities[i];
            if (!placesName && (IsPlaceOfDescription(start, e) || (place is not null && e.Type is EntityType.State or EntityType.Place
                && ShortGap(place.End, e.Start, out var gap) && (gap is "," || FunctionWords.IsCoordinator(gap)))))
            {
                place = e;
                continue;
            }
            if (found is null || e.Type == EntityType.Person || (found.Type != EntityType.Person && e.Type == EntityType.Agency)) found = e;
        }
        // "Moscow said …", "Tehran rejected …": a capital that speaks stands for its state (spec §3: metonyms resolve to a
        // state), when the document names the state.
        // (Only the capital alone, or after "the": "the mayor of Moscow" is no state.)
        if (found is { Type: EntityType.Place, ResolvedState: { } state } && found.End >= end && ShortGap(start, found.Start, out var before)
            && (before.IsEmpty || FunctionWords.IsDeterminer(before)) && StatesByIso().TryGetValue(state, out var country)) return country;
        // "The Paris prosecutor's office", "a Colorado Republican": a place that only qualifies a description is not who
        // speaks (the link side may still read it).
        if (!placesName && found is { Type: EntityType.Place } && (found.Start > start || found.End < end)) return null;
        if (found is not null) return found.Canonical;

        var word = _text.AsSpan(start, end - start);
        if (FunctionWords.IsHeOrShe(word) || word.Equals("I", StringComparison.Ordinal))
            return Preceding(start, e => e.Type == EntityType.Person);
        if (FunctionWords.IsItOrThey(word))
            return Preceding(start, e => e.Type is EntityType.Agency or EntityType.State);
        return null;
    }

    /// <summary>"the senator from Ohio", "a judge in New York": a state or place after a locating preposition (<c>in</c>,
    /// <c>at</c>: grammar list <c>locating-preposition</c>; <c>from</c>: <c>origin-preposition</c>) inside a description
    /// locates the speaker; it is not who speaks (a body after <c>for</c> or <c>of</c> still names the side: "a spokesman
    /// for the ministry"; a body after <c>at</c> is where the speaker works: "an education professor at Harvard").</summary>
    private bool IsPlaceOfDescription(int spanStart, Entity e)
    {
        if (e.Start <= spanStart || e.Type is not (EntityType.State or EntityType.Place)) return false;
        int before = OffsetSearch.FirstStartingAt<Token>(_tokens, e.Start) - 1;
        if (before < 0 || _tokens[before].Start < spanStart) return false;
        var preposition = Word(before);
        if (FunctionWords.IsLocatingPreposition(preposition)) return true;
        if (!FunctionWords.IsOriginPreposition(preposition)) return false;
        // ("an email from the governor's office", "a poll from Quinnipiac": after a text or a poll, "from" names its source.)
        if (before == 0 || _tokens[before - 1].Start < spanStart) return true;
        var noun = Word(before - 1);
        return !(FunctionWords.IsWrittenNoun(noun) || FunctionWords.IsFindingNoun(noun));
    }

    /// <summary>The trimmed text from <paramref name="start"/> to <paramref name="end"/> when it is short enough to be one
    /// joining word or determiner (<c>in New Hampshire and Iowa</c>, <c>the Kremlin</c>); false when longer.</summary>
    private bool ShortGap(int start, int end, out ReadOnlySpan<char> gap)
    {
        gap = end - start is >= 0 and <= 8 ? _text.AsSpan(start, end - start).Trim() : default;
        return end - start is >= 0 and <= 8;
    }

    /// <summary>The canonical name of the state with ISO code <paramref name="iso"/> when the document names it, else null.</summary>
    public string? NamedState(string iso) => StatesByIso().TryGetValue(iso, out var country) ? country : null;

    private Dictionary<string, string> StatesByIso()
    {
        if (_statesByIso is null)
        {
            _statesByIso = new(StringComparer.Ordinal);
            foreach (var e in _entities)
                if (e.Type == EntityType.State && e.Iso is { } iso) _statesByIso.TryAdd(iso, e.Canonical);
        }
        return _statesByIso;
    }

    /// <summary>How many mentions <see cref="NamesPerson"/> reads at most: a pronoun's resolution asks it for up to 200
    /// candidates, so a long quotation full of names costs a bounded amount, not its length times the candidates.</summary>
    private const int MaxMentionsNamed = 64;

    /// <summary>Whether a person whose canonical name is <paramref name="canonical"/> is named in characters [start, end)
    /// (among its first <see cref="MaxMentionsNamed"/> mentions).</summary>
    public bool NamesPerson(int start, int end, string canonical)
    {
        int first = OffsetSearch.FirstEndingAfter(_entities.AsSpan(), start);
        for (int i = first; i < _entities.Length && i < first + MaxMentionsNamed && _entities[i].Start < end; i++)
            if (_entities[i].Type == EntityType.Person && _entities[i].Start >= start && _entities[i].Canonical == canonical) return true;
        return false;
    }

    /// <summary>The canonical name of the nearest person named before <paramref name="offset"/> that <paramref name="allowed"/>.</summary>
    public string? PrecedingPerson(int offset, Func<string, bool> allowed) =>
        Preceding(offset, e => e.Type == EntityType.Person && allowed(e.Canonical));

    private string? Preceding(int offset, Func<Entity, bool> wanted)
    {
        int lo = OffsetSearch.FirstEndingAfter(_entities.AsSpan(), offset);
        // Only recent mentions: a pronoun does not reach back past a couple of hundred names (and linking stays linear).
        for (int i = lo - 1; i >= Math.Max(0, lo - 200); i--)
            if (wanted(_entities[i])) return _entities[i].Canonical;
        return null;
    }
}
