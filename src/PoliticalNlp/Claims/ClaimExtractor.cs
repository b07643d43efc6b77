using System.Collections.Immutable;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// Finds attributed statements (spec section 4): direct quotations with their cue and speaker on either side, quotes
/// that continue the last speaker, reported speech after a reporting verb, content before <c>, X said</c>, and
/// <c>according to X</c>. Rules over tokens, sentences and entities; linear in the document's length.
/// </summary>
internal sealed class ClaimExtractor(CueLexicon cues, Gazetteer gazetteer)
{
    private readonly SpeakerResolver _speakers = new(gazetteer);

    private const int MaxSpeakerTokens = 8;

    private static bool IsPassiveAuxiliary(ReadOnlySpan<char> w) => w is "be" or "been" or "being" or "was" or "were" or "is" or "are" or "not";

    /// <summary>The sentence's opening noun phrase ("EU foreign ministers agreed …, and said …").</summary>
    private (int Start, int End) SentenceSubject(DocumentView doc, int sFirst, int limit)
    {
        // "However, the ministry …": past a discourse word; "On 17 November, Chinese Vice Foreign Minister Wu Daiwei
        // met …": past an opening adverbial to the subject.
        while (sFirst + 1 < limit && (doc.Is(sFirst, "however") || doc.Is(sFirst, "but") || doc.Is(sFirst, "and") || doc.Is(sFirst, "also") || doc.Is(sFirst, "still") || doc.Is(sFirst, "yet") || doc.Is(sFirst, ",")))
            sFirst++;
        if (IsOpeningPreposition(doc.Word(sFirst)))
        {
            for (int k = sFirst + 1; k < Math.Min(limit, sFirst + 8); k++)
                if (doc.Is(k, ",")) { sFirst = k + 1; break; }
        }
        var person = doc.FirstPerson(sFirst, Math.Min(limit, sFirst + 10));
        if (person.Start >= 0 && !HasVerbBetween(doc, sFirst, person.Start)) return person;
        int end = sFirst;
        while (end < limit && end - sFirst < 5 && doc.Tokens[end].Kind == TokenKind.Word && !doc.Word(end).EndsWith("ed") && !IsFiniteVerb(doc.Word(end))
               && !IsAdverb(doc.Word(end)) && !cues.TryGetKind(doc.Word(end), out _)) end++;
        return end > sFirst ? doc.TrimToEntity(sFirst, end) : (-1, -1);
    }

    public ImmutableArray<Claim> Extract(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ImmutableArray<Entity> entities)
    {
        if (tokens.IsEmpty) return ImmutableArray<Claim>.Empty;
        var doc = new DocumentView(text, tokens, sentences, entities);
        var drafts = new List<ClaimDraft>();
        var consumed = new bool[tokens.Length];
        var quotes = QuoteFinder.Find(text, tokens);
        var inQuote = new int[tokens.Length];
        Array.Fill(inQuote, -1);
        for (int q = 0; q < quotes.Count; q++)
            for (int i = quotes[q].Open; i <= quotes[q].Close; i++) inQuote[i] = q;

        // 1. Direct quotations with their own attribution; the others may continue the claim before them (step 3).
        var unattributed = new List<(Quotation Quote, ClaimDraft ClaimDraft)>();
        var byQuote = new ClaimDraft?[quotes.Count];
        for (int qi = 0; qi < quotes.Count; qi++)
        {
            var quote = quotes[qi];
            if (!IsStandalone(doc, quote)) continue;
            var draft = new ClaimDraft { Direct = true };
            int first = quote.FirstInside, last = quote.LastInside;
            while (last > first && doc.Is(last, ",")) last--;
            draft.ContentStart = tokens[first].Start;
            draft.ContentEnd = tokens[last].End;
            if (FindAttribution(doc, quote, consumed, draft, inQuote)) drafts.Add(draft);
            else unattributed.Add((quote, draft));
            byQuote[qi] = draft;
        }
        AttributeOpenParagraphs(doc, quotes, byQuote, drafts, unattributed);

        // 2. Reported speech: each reporting verb outside quotations not already used by a quotation.
        ClaimDraft? previous = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            int sFirst = sentence.FirstToken, sEnd = sentence.FirstToken + sentence.TokenCount;
            for (int i = sFirst; i < sEnd; i++)
            {
                if (consumed[i] || inQuote[i] >= 0) continue;
                // "said that Putin had promised him …": a cue inside reported content is part of what was reported.
                if (previous is not null && tokens[i].Start >= previous.ContentStart && tokens[i].End <= previous.ContentEnd) continue;
                if (NominalClaim(doc, i, sEnd, inQuote) is { } nominal)
                {
                    consumed[i] = true;
                    drafts.Add(nominal);
                    previous = nominal;
                    continue;
                }
                bool according = doc.Is(i, "according") && i + 1 < sEnd && doc.Is(i + 1, "to");
                if (!according && !IsCue(doc, i, out _)) continue;
                var draft = according ? ReportedByAccordingTo(doc, i, sFirst, sEnd, inQuote, consumed) : Reported(doc, i, sFirst, sEnd, consumed, inQuote, previous);
                if (draft is null) continue;
                consumed[i] = true;
                drafts.Add(draft);
                previous = draft;
            }
        }

        drafts.Sort((a, b) => a.ContentStart != b.ContentStart ? a.ContentStart.CompareTo(b.ContentStart) : a.ContentEnd.CompareTo(b.ContentEnd));
        // Two routes to the same content (a quote and the reported speech around it) make one claim.
        drafts.RemoveAll(d => d.Duplicate);
        for (int k = 1; k < drafts.Count; k++)
            if (drafts[k].ContentStart == drafts[k - 1].ContentStart && drafts[k].ContentEnd == drafts[k - 1].ContentEnd) drafts[k].Duplicate = true;
        drafts.RemoveAll(d => d.Duplicate);
        drafts = ContinueQuotes(doc, drafts, unattributed);

        // 4. Speakers resolved to the document's entities, in text order (pronouns look back).
        _speakers.Resolve(doc, drafts);
        var builder = ImmutableArray.CreateBuilder<Claim>(drafts.Count);
        foreach (var d in drafts)
        {
            builder.Add(new Claim
            {
                Id = "c" + (builder.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Speaker = d.SpeakerStart >= 0 ? TextSpan.Of(text, d.SpeakerStart, d.SpeakerEnd) : null,
                SpeakerCanonical = d.Canonical,
                Cue = d.CueStart >= 0 ? TextSpan.Of(text, d.CueStart, d.CueEnd) : null,
                Content = TextSpan.Of(text, d.ContentStart, d.ContentEnd),
                Via = d.ViaStart >= 0 ? TextSpan.Of(text, d.ViaStart, d.ViaEnd) : null,
                Kind = ContentKind.Refine(d.Kind, text.AsSpan(d.ContentStart, d.ContentEnd - d.ContentStart)),
                CueKind = d.Kind,
                Direct = d.Direct,
            });
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// A quotation running over several paragraphs, opened on each and closed once, is attributed once at its end
    /// (<c>“First paragraph. ¶ “Second. ¶ “Third,” the spokesman said.</c>): its open paragraphs belong to that speaker.
    /// </summary>
    private static void AttributeOpenParagraphs(DocumentView doc, List<Quotation> quotes, ClaimDraft?[] byQuote, List<ClaimDraft> drafts, List<(Quotation Quote, ClaimDraft ClaimDraft)> unattributed)
    {
        if (unattributed.Count == 0) return;
        var owner = new ClaimDraft?[quotes.Count];
        for (int qi = quotes.Count - 1; qi >= 0; qi--)
        {
            var draft = byQuote[qi];
            if (draft is null) continue;
            if (draft.SpeakerStart >= 0 || draft.ContinuationOf is not null) { owner[qi] = draft.ContinuationOf ?? draft; continue; }
            var quote = quotes[qi];
            if (quote.Closed || qi + 1 >= quotes.Count || owner[qi + 1] is not { } next) continue;
            var following = quotes[qi + 1];
            if (following.Open != quote.Close + 1 || !doc.StartsParagraph(following.Open)) continue;
            draft.ContinuationOf = next;
            draft.Kind = ClaimKind.Statement;
            owner[qi] = next;
        }
        foreach (var (_, draft) in unattributed) if (draft.ContinuationOf is not null) drafts.Add(draft);
        unattributed.RemoveAll(u => u.ClaimDraft.ContinuationOf is not null);
    }

    /// <summary>
    /// A quotation with no cue of its own that opens a paragraph (or a sentence right after the claim) continues the
    /// claim before it, direct or reported: <c>Powell told reporters that he "will always treasure …" ¶ "I think we've
    /// accomplished a great deal."</c> Merged in text order, so continuations chain across paragraphs.
    /// </summary>
    private static List<ClaimDraft> ContinueQuotes(DocumentView doc, List<ClaimDraft> drafts, List<(Quotation Quote, ClaimDraft ClaimDraft)> unattributed)
    {
        if (unattributed.Count == 0) return drafts;
        var merged = new List<ClaimDraft>(drafts.Count + unattributed.Count);
        int next = 0;
        ClaimDraft? latest = null;
        int latestSentence = -10;
        foreach (var (quote, draft) in unattributed)
        {
            while (next < drafts.Count && drafts[next].ContentStart <= draft.ContentStart)
            {
                latest = drafts[next++];
                latestSentence = doc.SentenceAt(latest.ContentEnd - 1);
                merged.Add(latest);
            }
            if (latest is null || latest.ContentEnd > draft.ContentStart) continue; // inside the claim before it
            int sentence = doc.SentenceOf(quote.Open);
            bool opensParagraph = doc.StartsParagraph(quote.Open) && sentence - latestSentence <= 6;
            bool opensNextSentence = doc.SentenceStart(sentence) == quote.Open && sentence - latestSentence <= 2;
            if (!opensParagraph && !opensNextSentence) continue;
            draft.ContinuationOf = latest;
            draft.Kind = ClaimKind.Statement;
            merged.Add(draft);
            latest = draft;
            latestSentence = doc.SentenceOf(quote.Close);
        }
        while (next < drafts.Count) merged.Add(drafts[next++]);
        return merged;
    }

    private bool IsCue(DocumentView doc, int i, out ClaimKind kind)
    {
        kind = ClaimKind.Statement;
        if (doc.Tokens[i].Kind != TokenKind.Word) return false;
        var word = doc.Word(i);
        // "floated the idea of", "expressed surprise that": phrases that report as a whole.
        if (PhraseCueLength(doc, i) > 0) return true;
        // "points out", "pointed out": the verb only with its particle.
        if (word is "point" or "points" or "pointed" or "pointing") return doc.Is(i + 1, "out") && IsVerbPosition(doc, i);
        // "claims" is a noun far more often than a verb: a verb after a name or pronoun, before its clause.
        if (word is "claims" or "claim") return i > 0 && (char.IsUpper(doc.Word(i - 1)[0]) || doc.Word(i - 1) is "they" or "he" or "she" or "we" or "i" || doc.Is(i - 2, "the"))
            && (doc.Is(i + 1, "that") || doc.Is(i + 1, "they") || doc.Is(i + 1, "he") || doc.Is(i + 1, "she") || doc.Is(i + 1, "it") || doc.Is(i + 1, "the") || doc.Is(i + 1, "to"))
            && !doc.Is(i - 1, "The") && !doc.Is(i - 1, "the");
        if (!cues.TryGetKind(word, out kind)) return false;
        // "the camp successfully maintained a majority", "heard gunfire": verbs that report speech only with a clause or
        // quote after them ("the court heard that …", "…, the court has heard.").
        if (NeedsClause(word) && !(doc.Is(i + 1, "that") || doc.Is(i + 1, "whether") || doc.Is(i + 1, "how") || (i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Kind is TokenKind.Quote or TokenKind.Punctuation) || ClauseFollows(doc, i))) return false;
        // "last Sunday’s disputed election": a participle after a possessive is an adjective.
        if (i > 0 && doc.Word(i).EndsWith("ed") && (doc.Word(i - 1).EndsWith("'s") || doc.Word(i - 1).EndsWith("’s") || doc.Word(i - 1) is "'s" or "’s")) return false;
        // "in remarks to reporters", "barred from claiming asylum": after a preposition the word is a noun or gerund.
        if (i > 0 && (doc.Is(i - 1, "in") || doc.Is(i - 1, "of") || doc.Is(i - 1, "from") || doc.Is(i - 1, "without") || doc.Is(i - 1, "against") || doc.Is(i - 1, "with"))) return false;
        // "the said agreement", "a told story": a cue is not preceded by a determiner.
        return i == 0 || !(doc.Is(i - 1, "the") || doc.Is(i - 1, "a") || doc.Is(i - 1, "an") || doc.Is(i - 1, "his") || doc.Is(i - 1, "her") || doc.Is(i - 1, "their") || doc.Is(i - 1, "its"));
    }

    private static readonly string[][] PhraseCues =
    [
        ["floated", "the", "idea", "of"], ["floated", "the", "idea", "that"], ["expressed", "surprise"], ["expressed", "concern"],
        ["expressed", "hope"], ["expressed", "confidence"], ["made", "clear"], ["cast", "doubt", "on"], ["raised", "concerns"],
    ];

    /// <summary>How many words after token <paramref name="i"/> belong to a phrase cue starting there (0 for none).</summary>
    private static int PhraseCueLength(DocumentView doc, int i)
    {
        foreach (var phrase in PhraseCues)
        {
            if (!doc.Is(i, phrase[0])) continue;
            int k = 1;
            while (k < phrase.Length && doc.Is(i + k, phrase[k])) k++;
            if (k == phrase.Length) return k - 1;
        }
        return 0;
    }

    private static bool IsVerbPosition(DocumentView doc, int i) =>
        i > 0 && !(doc.Is(i - 1, "the") || doc.Is(i - 1, "a") || doc.Is(i - 1, "this") || doc.Is(i - 1, "that") || doc.Is(i - 1, "one"));

    /// <summary>A quotation that is itself the content: it opens its sentence, follows a colon or comma, or directly follows a cue.</summary>
    private bool IsStandalone(DocumentView doc, Quotation q)
    {
        if (q.InsideCount < 3) return false;
        if (q.Open == 0 || doc.SentenceOf(q.Open - 1) != doc.SentenceOf(q.Open) || doc.StartsParagraph(q.Open)) return true;
        if (doc.Is(q.Open - 1, ":") || doc.Is(q.Open - 1, ",")) return true;
        return IsCue(doc, q.Open - 1, out _);
    }

    private bool FindAttribution(DocumentView doc, Quotation q, bool[] consumed, ClaimDraft draft, int[] inQuote)
    {
        int sentence = doc.SentenceOf(q.Close);
        int sEnd = doc.SentenceEnd(sentence);
        // After the quote: ”, X said / ,” said X / ,” he told reporters.
        if (q.Closed)
        {
            int after = q.Close + 1;
            while (after < sEnd && doc.Tokens[after].Kind == TokenKind.Punctuation) after++;
            // "…,” which it blames on western governments": a relative clause, not the quote's attribution.
            bool relative = doc.Is(after, "which") || doc.Is(after, "who");
            for (int i = q.Close + 1; !relative && i < Math.Min(sEnd, q.Close + 2 + MaxSpeakerTokens); i++)
            {
                if (inQuote[i] >= 0 || doc.IsClauseBreak(i)) break;
                if (!IsCue(doc, i, out var kind)) continue;
                draft.Kind = kind;
                SetCue(doc, draft, i, consumed);
                if (i > q.Close + 1 && !doc.Is(i - 1, ","))
                {
                    int from = q.Close + 1;
                    while (from < i && doc.Tokens[from].Kind == TokenKind.Punctuation) from++;
                    if (from < i) SetSpeaker(doc, draft, TrimAdverbs(doc, from, i));
                }
                if (draft.SpeakerStart < 0) SetSpeaker(doc, draft, SpeakerAfter(doc, i + 1, sEnd, inQuote));
                FindVia(doc, draft, i + 1, sEnd, consumed);
                return draft.SpeakerStart >= 0;
            }
        }
        // Before the quote: X said: “…” / X told CNN, “…”.
        int openSentence = doc.SentenceOf(q.Open);
        int sFirst = doc.SentenceStart(openSentence);
        for (int i = q.Open - 1; i >= Math.Max(sFirst, q.Open - 8); i--)
        {
            if (inQuote[i] >= 0) break;
            if (!IsCue(doc, i, out var kind)) continue;
            draft.Kind = kind;
            SetCue(doc, draft, i, consumed);
            // "He said … and said “…”": the coordinated cue shares the sentence's subject.
            bool coordinated = i > sFirst && (doc.Is(i - 1, "and") || doc.Is(i - 1, "but") || (doc.Is(i - 1, ",") && doc.Word(i).EndsWith("ing")));
            SetSpeaker(doc, draft, coordinated ? SentenceSubject(doc, sFirst, i - 1) : SubjectBefore(doc, i, sFirst, inQuote));
            // "said “elements of foreign interference” were directing them": quoted words inside reported speech.
            if (q.Closed && q.Close + 1 < sEnd && doc.Tokens[q.Close + 1].Kind == TokenKind.Word)
            {
                draft.Direct = false;
                draft.ContentStart = doc.Tokens[q.Open].Start;
                draft.ContentEnd = doc.Tokens[ContentEnd(doc, q.Close + 1, sEnd, inQuote, draft, consumed)].End;
            }
            return draft.SpeakerStart >= 0;
        }
        // "Petrova: “Nobody will be punished.”": a name alone before a colon introduces the quote; the colon is the cue.
        int colon = q.Open - 1;
        if (colon > sFirst && doc.Is(colon, ":") && colon - sFirst <= 6 && inQuote[colon - 1] < 0)
        {
            var source = doc.TrimToEntity(sFirst, colon, anyType: true);
            if (source.Start >= 0 && source.End == colon && doc.IsEntityToken(source.Start) && (source.Start == sFirst || IsLeadingDescription(doc, sFirst, source.Start)))
            {
                draft.Kind = ClaimKind.Statement;
                SetCue(doc, draft, colon, consumed);
                SetSpeaker(doc, draft, (sFirst, colon));
                return true;
            }
        }
        return false;
    }

    /// <summary>Capitalised words before a name ("Opposition leader Petrova:"), nothing that makes a clause of it.</summary>
    private bool IsLeadingDescription(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word || IsFiniteVerb(doc.Word(k)) || cues.TryGetKind(doc.Word(k), out _)) return false;
        return true;
    }

    private ClaimDraft? Reported(DocumentView doc, int cue, int sFirst, int sEnd, bool[] consumed, int[] inQuote, ClaimDraft? previous)
    {
        IsCue(doc, cue, out var kind);
        var draft = new ClaimDraft { Kind = kind };
        if (IsPassiveOrUnsaid(doc, cue, sFirst)) return null;
        int before = cue - 1;
        while (before > sFirst && doc.Word(before) is "then" or "also" or "later") before--;
        (int Start, int End) subject;
        if (before > sFirst && doc.Is(before, ",") && doc.Word(cue).EndsWith("ing"))
        {
            // "The government resisted calls to publish, saying such papers are kept confidential": the subject of the
            // sentence speaks, and the content follows the participle.
            subject = previous is not null && previous.SentenceIndex == doc.SentenceOf(cue) ? previous.SubjectTokens : SentenceSubject(doc, sFirst, before);
        }
        else if (before >= sFirst && doc.Word(before) is "and" or "but")
        {
            // "… and said …": the same speaker as the clause before.
            subject = previous is not null && previous.SentenceIndex == doc.SentenceOf(cue) ? previous.SubjectTokens : SentenceSubject(doc, sFirst, before);
        }
        else
        {
            subject = SubjectBefore(doc, cue, sFirst, inQuote);
        }
        draft.SentenceIndex = doc.SentenceOf(cue);
        draft.SubjectTokens = subject;
        int contentFirst = doc.Is(cue + 1, "out") ? cue + 2 : cue + 1 + PhraseCueLength(doc, cue);
        // "admitted to a crowd of angry workers that he had voted": content starts after "that".
        for (int k = cue + 1; k < Math.Min(sEnd, cue + 10); k++)
        {
            if (doc.IsClauseBreak(k) || inQuote[k] >= 0) break;
            // "said Bush and Powell decided mutually that …": a verb in between means the clause began at the cue.
            if (k > cue + 1 && IsFiniteVerb(doc.Word(k))) break;
            if (doc.Is(k, "that")) { contentFirst = k + 1; break; }
        }
        if (contentFirst == cue + 1 && doc.Word(cue) is "told" or "tells" or "tell" && cue + 1 < sEnd && doc.Tokens[cue + 1].Kind == TokenKind.Word)
        {
            contentFirst = cue + 2; // "told reporters the …"
        }
        // "…, the U.S. command said Saturday.": a day after the cue is not content; the content came before.
        bool onlyWhenAfter = contentFirst < sEnd && IsDayOrTime(doc.Word(contentFirst)) && (contentFirst + 1 >= sEnd || doc.IsClauseBreak(contentFirst + 1));
        if (subject.Start >= 0 && contentFirst < sEnd && !doc.IsClauseBreak(contentFirst) && !onlyWhenAfter)
        {
            int contentLast = ContentEnd(doc, contentFirst, sEnd, inQuote, draft, consumed);
            if (contentLast - contentFirst < 1) return null;
            draft.ContentStart = doc.Tokens[contentFirst].Start;
            draft.ContentEnd = doc.Tokens[contentLast].End;
            SetCue(doc, draft, cue, consumed);
            SetSpeaker(doc, draft, subject);
            return draft;
        }
        // "The plan will fail, the minister said." / "…, said the minister."
        if (cue > sFirst + 2)
        {
            int comma = -1;
            for (int k = cue - 1; k > sFirst && k >= cue - MaxSpeakerTokens; k--)
            {
                if (doc.Is(k, ",")) { comma = k; break; }
            }
            if (comma > sFirst + 1)
            {
                var speaker = comma + 1 < cue ? TrimAdverbs(doc, comma + 1, cue) : SpeakerAfter(doc, cue + 1, sEnd, inQuote);
                if (speaker.Start < 0) return null;
                // "…, which it blames on western governments": a relative clause about what came before, not a new claim.
                if (doc.Is(comma + 1, "which") || doc.Is(comma + 1, "who") || doc.Is(comma + 1, "that")) return null;
                int first = sFirst;
                while (first < comma && doc.Tokens[first].Kind == TokenKind.Quote) first++;
                int last = comma - 1;
                while (last > first && doc.Tokens[last].Kind == TokenKind.Quote) last--;
                if (last - first < 2) return null;
                draft.ContentStart = doc.Tokens[first].Start;
                draft.ContentEnd = doc.Tokens[last].End;
                SetCue(doc, draft, cue, consumed);
                SetSpeaker(doc, draft, speaker);
                FindVia(doc, draft, cue + 1, sEnd, consumed);
                return draft;
            }
        }
        return null;
    }

    /// <summary>"The claims about X’s involvement were made in a book … by Philippe Sands": a claim named by a noun, its
    /// content after the noun and its source after "by".</summary>
    private static ClaimDraft? NominalClaim(DocumentView doc, int noun, int sEnd, int[] inQuote)
    {
        var word = doc.Word(noun);
        bool accusation = word is "allegations" or "accusations" or "allegation" or "accusation" or "charges";
        if (!accusation && word is not ("claims" or "claim" or "assertion" or "assertions")) return null;
        if (noun == 0 || !doc.Is(noun - 1, "the") || !(doc.Is(noun + 1, "about") || doc.Is(noun + 1, "that"))) return null;
        int contentFirst = doc.Is(noun + 1, "that") ? noun + 2 : noun + 1;
        int verb = contentFirst;
        while (verb < sEnd && verb - contentFirst < 30 && inQuote[verb] < 0 && !IsFiniteVerb(doc.Word(verb))) verb++;
        if (verb >= sEnd || verb - contentFirst < 2 || !IsFiniteVerb(doc.Word(verb))) return null;
        int by = verb + 1;
        while (by < sEnd && by - verb < 15 && !doc.Is(by, "by")) by++;
        if (by >= sEnd || !doc.Is(by, "by")) return null;
        var source = NounPhrase(doc, by + 1, sEnd);
        if (source.Start < 0) return null;
        var draft = new ClaimDraft { Kind = accusation || word.StartsWith("claim") ? ClaimKind.Accusation : ClaimKind.Statement, SentenceIndex = doc.SentenceOf(noun) };
        draft.ContentStart = doc.Tokens[contentFirst].Start;
        draft.ContentEnd = doc.Tokens[verb - 1].End;
        draft.CueToken = noun;
        draft.CueStart = doc.Tokens[noun].Start;
        draft.CueEnd = doc.Tokens[noun].End;
        SetSpeaker(doc, draft, doc.TrimToEntity(source.Start, source.End));
        return draft;
    }

    private ClaimDraft? ReportedByAccordingTo(DocumentView doc, int according, int sFirst, int sEnd, int[] inQuote, bool[] consumed)
    {
        var draft = new ClaimDraft { Kind = ClaimKind.Statement, CueStart = doc.Tokens[according].Start, CueEnd = doc.Tokens[according + 1].End };
        var source = SpeakerAfter(doc, according + 2, sEnd, inQuote);
        if (source.Start < 0) return null;
        int contentFirst, contentLast;
        if (according == sFirst)
        {
            // According to X, Y.
            int k = source.End;
            while (k < sEnd && !doc.Is(k, ",")) k++;
            contentFirst = k + 1;
            contentLast = ContentEnd(doc, contentFirst, sEnd, inQuote, draft, consumed);
        }
        else
        {
            // Y, according to X.
            contentFirst = sFirst;
            contentLast = according - 1;
            while (contentLast > contentFirst && doc.Tokens[contentLast].Kind is TokenKind.Punctuation or TokenKind.Quote) contentLast--;
        }
        if (contentFirst >= sEnd || contentLast - contentFirst < 2) return null;
        draft.ContentStart = doc.Tokens[contentFirst].Start;
        draft.ContentEnd = doc.Tokens[contentLast].End;
        SetSpeaker(doc, draft, source);
        return draft;
    }

    /// <summary>The last token of reported content: the sentence's end, or before ", according to", "and said", "but … acknowledged".</summary>
    private int ContentEnd(DocumentView doc, int first, int sEnd, int[] inQuote, ClaimDraft draft, bool[] consumed)
    {
        // Content is bounded (a 200k-character "sentence" must not make every cue scan to its end: linear time).
        int limit = Math.Min(sEnd, first + 200);
        int last = limit - 1;
        for (int k = first; k < limit; k++)
        {
            if (inQuote[k] >= 0) continue;
            if (doc.Is(k, "according") && k + 1 < sEnd && doc.Is(k + 1, "to"))
            {
                var via = SpeakerAfter(doc, k + 2, sEnd, inQuote);
                consumed[k] = true; // the source's own claim; not a second claim by the via
                if (via.Start >= 0)
                {
                    via = doc.TrimToEntity(via.Start, via.End, anyType: true);
                    draft.ViaStart = doc.Tokens[via.Start].Start;
                    draft.ViaEnd = doc.Tokens[via.End - 1].End;
                }
                last = k - 1;
                break;
            }
            if ((doc.Is(k, "and") || doc.Is(k, "but")) && k + 1 < sEnd)
            {
                int next = k + 1;
                while (next < sEnd && (doc.Is(next, "then") || doc.Is(next, "also") || doc.Is(next, "later"))) next++;
                if (next < sEnd && IsCue(doc, next, out _)) { last = k - 1; break; }
            }
        }
        while (last > first && (doc.Tokens[last].Kind == TokenKind.Punctuation || (doc.Tokens[last].Kind == TokenKind.Quote && inQuote[last] < 0))) last--;
        // "he expects “to act fully … I expect that will be …”": a quotation opened in the content runs to its close,
        // across sentences (bounded, like the content itself).
        if (last + 1 < doc.Tokens.Length && inQuote[last] >= 0 && inQuote[last + 1] == inQuote[last] && inQuote[first] != inQuote[last] && first <= last)
        {
            int q = inQuote[last];
            int k = last + 1;
            while (k < doc.Tokens.Length && k < first + 400 && inQuote[k] == q) k++;
            last = k - 1;
            while (last > first && doc.Tokens[last].Kind == TokenKind.Punctuation) last--;
        }
        return last;
    }

    private static void FindVia(DocumentView doc, ClaimDraft draft, int from, int sEnd, bool[] consumed)
    {
        for (int k = from; k + 1 < sEnd; k++)
        {
            if (!doc.Is(k, "according") || !doc.Is(k + 1, "to")) continue;
            consumed[k] = true;
            var via = NounPhrase(doc, k + 2, sEnd);
            if (via.Start < 0) return;
            via = doc.TrimToEntity(via.Start, via.End, anyType: true);
            draft.ViaStart = doc.Tokens[via.Start].Start;
            draft.ViaEnd = doc.Tokens[via.End - 1].End;
            return;
        }
    }

    private static void SetCue(DocumentView doc, ClaimDraft draft, int cue, bool[] consumed)
    {
        consumed[cue] = true;
        draft.CueToken = cue;
        draft.CueStart = doc.Tokens[cue].Start;
        draft.CueEnd = doc.Tokens[cue].End;
    }

    private static void SetSpeaker(DocumentView doc, ClaimDraft draft, (int Start, int End) speaker)
    {
        if (speaker.Start < 0 || speaker.End <= speaker.Start) return;
        draft.SpeakerStart = doc.Tokens[speaker.Start].Start;
        draft.SpeakerEnd = doc.Tokens[speaker.End - 1].End;
    }

    /// <summary>The subject of a cue: the noun phrase before it, skipping auxiliaries, adverbs and a comma-delimited appositive.</summary>
    private static (int Start, int End) SubjectBefore(DocumentView doc, int cue, int sFirst, int[] inQuote)
    {
        int j = cue - 1;
        while (j >= sFirst && IsAdverbOrAuxiliary(doc.Word(j))) j--;
        if (j >= sFirst && (doc.Is(j, ",") || doc.Is(j, "—") || doc.Is(j, "–")))
        {
            // "Hugh Hill, a doctor, said": skip the appositive back to its opening comma. "Another expert, Bong
            // Young-shik from the Asan Institute, doubts": a name opening the appositive is the speaker.
            // "some Kremlin proxies — including the firebrand Vladimir Zhirinovsky — have floated": dashes too.
            var mark = doc.Word(j);
            int k = j - 1;
            while (k > sFirst && k > j - 25 && !doc.Word(k).SequenceEqual(mark) && inQuote[k] < 0) k--;
            if (k > sFirst && doc.Word(k).SequenceEqual(mark))
            {
                var named = doc.FirstPerson(k + 1, Math.Min(j, k + 2));
                if (named.Start == k + 1) return named;
                j = k - 1;
            }
            else return (-1, -1);
        }
        if (j < sFirst || inQuote[j] >= 0 || doc.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.Quote) return (-1, -1);
        if (doc.Word(j) is "the" or "a" or "an" or "of" or "at" or "in" or "to" or "that" or "for" or "by" or "with" or "from") return (-1, -1);
        int end = j + 1;
        int start = j;
        while (start > sFirst && end - start < 20 && !doc.IsClauseBreak(start - 1) && inQuote[start - 1] < 0
               && !IsClauseWord(doc.Word(start - 1)) && !EndsClause(doc, start - 1)) start--;
        // "The director of a factory where Mr Lukashenko was scheduled to appear admitted": the subject precedes the relative clause.
        for (int k = start; k < end; k++)
        {
            if (doc.Word(k) is "where" or "who" or "which" or "whose" && k > start)
            {
                end = k;
                if (doc.Is(end - 1, ",")) end--;
                break;
            }
        }
        while (start < end && (doc.Is(start, "and") || doc.Is(start, "but") || doc.Is(start, "then") || doc.Is(start, "however") || doc.Is(start, ",")
               || doc.Is(start, "which") || doc.Is(start, "who") || doc.Is(start, "whom"))) start++;
        if (end - start > MaxSpeakerTokens) start = end - MaxSpeakerTokens;
        if (start >= end) return (-1, -1);
        // Prefer the person named at the end of a long phrase ("Belarus’s president Alexander Lukashenko").
        return doc.TrimToEntity(start, end);
    }

    private static (int Start, int End) SpeakerAfter(DocumentView doc, int from, int sEnd, int[] inQuote)
    {
        int i = from;
        while (i < sEnd && doc.Tokens[i].Kind == TokenKind.Punctuation) i++;
        var np = NounPhrase(doc, i, sEnd);
        // "…, said the minister." — the speaker ends its clause; "said she would form …" is not a speaker.
        if (np.Start >= 0 && np.End < sEnd && !doc.IsClauseBreak(np.End) && !doc.Is(np.End, "on") && !doc.Is(np.End, "in")
            && !doc.Is(np.End, "according") && doc.Tokens[np.End].Kind != TokenKind.Quote) return (-1, -1);
        return np.Start < 0 ? np : doc.TrimToEntity(np.Start, np.End);
    }

    private static (int Start, int End) NounPhrase(DocumentView doc, int from, int sEnd)
    {
        int end = from;
        while (end < sEnd && end - from < MaxSpeakerTokens && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number
               && !IsClauseWord(doc.Word(end)) && !(end > from && doc.Word(end) is "on" or "in" or "at" or "after" or "before" or "during" or "last" or "this" or "to" or "that" or "when" or "while" or "as" or "and")) end++;
        return end > from ? (from, end) : (-1, -1);
    }

    private static (int Start, int End) TrimAdverbs(DocumentView doc, int from, int to)
    {
        while (to > from && IsAdverbOrAuxiliary(doc.Word(to - 1))) to--;
        return to > from ? doc.TrimToEntity(from, to) : (-1, -1);
    }

    private static bool IsAdverbOrAuxiliary(ReadOnlySpan<char> w) => w is
        "also" or "later" or "repeatedly" or "has" or "had" or "have" or "was" or "is" or "were" or "would" or "will" or "previously"
        or "then" or "earlier" or "again" or "just" or "recently" or "not" or "publicly" or "reportedly" or "once" or "further" or "had" or "quickly"
        or "flatly" or "strongly" or "firmly" or "today" or "yesterday" or "separately" or "privately" or "openly" or "initially" or "first" or "finally";

    /// <summary>
    /// Cues that report nothing: passives (<c>were twice denied visas</c>, <c>a blog written by Rathbun</c>) and speech
    /// that did not happen (<c>officials have not said why</c>, <c>declined to say</c>).
    /// </summary>
    private static bool IsPassiveOrUnsaid(DocumentView doc, int cue, int sFirst)
    {
        var form = doc.Word(cue);
        bool participle = form.EndsWith("ed") || form.EndsWith("en");
        if (participle && doc.Is(cue + 1, "by")) return true;
        int j = cue - 1;
        while (j >= sFirst && IsAdverb(doc.Word(j))) j--;
        if (j < sFirst) return false;
        var before = doc.Word(j);
        if (participle && IsPassiveAuxiliary(before) && !before.Equals("not", StringComparison.Ordinal)) return true;
        if (before is "not" or "never" or "n't" || before.EndsWith("n't") || before.EndsWith("n’t")) return true;
        return j > sFirst && doc.Is(j, "to") && (doc.Is(j - 1, "declined") || doc.Is(j - 1, "refused") || doc.Is(j - 1, "unable") || doc.Is(j - 1, "reluctant"));
    }

    /// <summary>"has indicated the whole postal voting system is under scrutiny": a finite verb soon after, before any break.</summary>
    private static bool ClauseFollows(DocumentView doc, int cue)
    {
        for (int k = cue + 2; k < Math.Min(doc.Tokens.Length, cue + 9); k++)
        {
            if (doc.IsClauseBreak(k)) return false;
            if (doc.Word(k) is "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "had" or "could" or "can") return true;
        }
        return false;
    }

    private static bool IsDayOrTime(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today" or "yesterday" or "tonight" or "earlier" or "later" or "recently";

    private static bool NeedsClause(ReadOnlySpan<char> w) =>
        w is "maintain" or "maintains" or "maintained" or "reveal" or "reveals" or "revealed" or "indicate" or "indicates" or "indicated"
        or "show" or "shows" or "showed" or "note" or "noted" or "stress" or "stressed" or "add" or "adds" or "believes" or "questioned" or "questioning" or "heard";

    private static bool IsAdverb(ReadOnlySpan<char> w) =>
        (w.Length > 3 && w.EndsWith("ly")) || w is "twice" or "also" or "later" or "then" or "never" or "already" or "once" or "again" or "since" or "yet" or "ever";

    private static bool IsOpeningPreposition(ReadOnlySpan<char> w)
    {
        foreach (var p in (ReadOnlySpan<string>)["on", "in", "at", "after", "before", "during", "earlier", "later", "last", "meanwhile", "separately"])
            if (w.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private bool HasVerbBetween(DocumentView doc, int from, int to)
    {
        for (int k = from; k < to; k++) if (IsFiniteVerb(doc.Word(k)) || cues.TryGetKind(doc.Word(k), out _)) return true;
        return false;
    }

    private static bool IsFiniteVerb(ReadOnlySpan<char> w) =>
        (w.Length > 4 && w.EndsWith("ed")) || w is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "could" or "should";

    /// <summary>"broadcasts began on August 10 and South Korea says": an "and" after a lower-case word or number joins
    /// clauses, not names ("Hugh Hill and Mary Smith said").</summary>
    private static bool EndsClause(DocumentView doc, int i) =>
        (doc.Is(i, "and") || doc.Is(i, "or") || doc.Is(i, "but")) && i > 0 && !char.IsUpper(doc.Word(i - 1)[0]);

    private static bool IsClauseWord(ReadOnlySpan<char> w) => w is "that" or "said" or "says" or "if" or "because" or "while" or "when" or "although";
}
