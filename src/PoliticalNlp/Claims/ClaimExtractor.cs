using System.Collections.Immutable;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// Finds attributed statements (spec section 4) in stages, each in its own type: quotations and their attribution
/// (<see cref="QuoteThenCueLayout"/>, <see cref="CueThenQuoteLayout"/>, <see cref="ColonLayout"/>); reported speech at
/// each cue <see cref="CueFinder"/> finds, read by one layout a sentence shape (<see cref="NominalLayout"/>,
/// <see cref="AccordingToLayout"/>, <see cref="SpeakerCueContentLayout"/>, <see cref="ContentThenCueLayout"/>), its
/// content cut by <see cref="ContentBoundary"/>; quotations continuing a claim (<see cref="QuoteContinuation"/>); then
/// speakers (<see cref="SpeakerResolver"/>). Linear in the document's length: every search is bounded.
/// </summary>
internal sealed class ClaimExtractor(CueLexicon cues, Gazetteer gazetteer)
{
    private readonly SpeakerResolver _speakers = new(gazetteer);
    private readonly CueFinder _cues = new(cues);
    private readonly CueLexicon _lexicon = cues;

    public ImmutableArray<Claim> Extract(string text, Token[] tokens, Sentence[] sentences, ImmutableArray<Entity> entities)
    {
        if (tokens.Length == 0) return ImmutableArray<Claim>.Empty;
        var doc = new DocumentView(text, tokens, sentences, entities);
        var ctx = new ExtractionContext(doc, _cues);
        var drafts = new List<ClaimDraft>();

        // 1. Direct quotations with their own attribution; the others may continue the claim before them (step 3).
        var quotes = ctx.Quotes;
        var unattributed = new List<(Quotation Quote, ClaimDraft ClaimDraft)>();
        var byQuote = new ClaimDraft?[quotes.Count];
        for (int qi = 0; qi < quotes.Count; qi++)
        {
            var quote = quotes[qi];
            if (!IsStandalone(doc, quote)) continue;
            var draft = new ClaimDraft { Direct = true, SentenceIndex = doc.SentenceOf(quote.Open) };
            int first = quote.FirstInside, last = quote.LastInside;
            while (last > first && doc.Is(last, ",")) last--;
            ctx.SetContent(draft, first, last);
            bool attributed = QuoteThenCueLayout.TryAttribute(ctx, quote, draft) ?? CueThenQuoteLayout.TryAttribute(ctx, quote, draft) ?? (ColonLayout.TryAttribute(ctx, quote, draft) || ColonLayout.TryAttributeClause(ctx, quote, draft));
            if (!attributed && qi > 0 && byQuote[qi - 1] is { Layout: AttributionLayout.QuoteThenVerb or AttributionLayout.QuoteThenCue } before)
                attributed = QuoteThenCueLayout.ResumesAfterAttribution(ctx, before, quote, draft);
            if (!attributed) attributed = DashAttributionLayout.TryAttribute(ctx, quote, draft);
            if (attributed) Keep(ctx, drafts, draft);
            else unattributed.Add((quote, draft));
            byQuote[qi] = draft;
        }
        QuoteContinuation.AttributeOpenParagraphs(doc, quotes, byQuote, drafts, unattributed);

        // 2. Reported speech: each cue outside quotations not already used by a quotation, read by the layout its
        // sentence has. A claim's content starts after the attribution of the claim before it in the sentence (floor).
        ClaimDraft? previous = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            int sFirst = sentences[s].FirstToken, sEnd = sentences[s].FirstToken + sentences[s].TokenCount;
            int floor = sFirst;
            for (int i = sFirst; i < sEnd; i++)
            {
                if (ctx.Consumed[i] || ctx.InQuote[i] >= 0) continue;
                // "said that Putin had promised him …": a cue inside reported content is part of what was reported.
                if (previous is not null && tokens[i].Start >= previous.ContentStart && tokens[i].End <= previous.ContentEnd) continue;
                var draft = ReadAt(ctx, i, sFirst, floor, sEnd, previous);
                if (draft is null) continue;
                ctx.Consumed[i] = true;
                // "Trump responded to reports that McCabe took notes, saying …": a second route to the content just read (the
                // noun cue inside the first attribution) adds no claim and leaves the first the one a participle after it
                // continues.
                if (draft.Layout == AttributionLayout.Nominal && previous is not null && draft.ContentStart == previous.ContentStart && draft.ContentEnd == previous.ContentEnd) continue;
                Keep(ctx, drafts, draft);
                previous = draft;
                floor = Math.Max(floor, Math.Max(draft.ContentTokens.End, Math.Max(draft.SpeakerTokens.End, draft.CueToken + 1)));
            }
        }

        drafts.Sort((a, b) => a.ContentStart != b.ContentStart ? a.ContentStart.CompareTo(b.ContentStart) : a.ContentEnd.CompareTo(b.ContentEnd));
        // Two routes to the same content (a quote and the reported speech around it) make one claim.
        for (int k = 1; k < drafts.Count; k++)
            if (drafts[k].ContentStart == drafts[k - 1].ContentStart && drafts[k].ContentEnd == drafts[k - 1].ContentEnd) drafts[k].Duplicate = true;
        drafts.RemoveAll(d => d.Duplicate);
        drafts = QuoteContinuation.ContinueQuotes(doc, drafts, unattributed);
        EndBeforeNextAttribution(text, drafts);
        foreach (var d in drafts) DropPassiveSubject(doc, text, d);
        for (int k = drafts.Count - 1; k >= 0; k--)
            if (SaysNothing(doc, text, drafts[k])) drafts.RemoveAt(k); // (a loop, not RemoveAll: no delegate allocated a document)
        foreach (var d in drafts) EndWithItsRelativeClause(ctx, d);
        foreach (var d in drafts)
        {
            EndWithinItsBracket(doc, d);
            CloseItsBracket(doc, d);
        }

        // 4. Speakers resolved to the document's entities, in text order (pronouns look back).
        foreach (var d in drafts)
            d.SpeakerIsText = d.SpeakerTokens.Start >= 0 && d.SpeakerTokens.End - d.SpeakerTokens.Start == 1
                && doc.Is(d.SpeakerTokens.Start, FunctionWords.IsWrittenNoun) && (CueFlagsOf(text, d) & CueFlags.Written) != 0;
        _speakers.Resolve(doc, drafts);
        var builder = ImmutableArray.CreateBuilder<Claim>(drafts.Count);
        foreach (var d in drafts)
        {
            var speakerOf = SpeakerSource(d);
            builder.Add(new Claim
            {
                Id = "c" + (builder.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Speaker = speakerOf is not null ? TextSpan.Of(text, speakerOf.SpeakerStart, speakerOf.SpeakerEnd) : null,
                SpeakerCanonical = d.Canonical,
                Side = d.Side,
                Cue = d.CueStart >= 0 ? TextSpan.Of(text, d.CueStart, d.CueEnd) : null,
                Content = TextSpan.Of(text, d.ContentStart, d.ContentEnd),
                Via = d.ViaStart >= 0 ? TextSpan.Of(text, d.ViaStart, d.ViaEnd) : null,
                Kind = ContentKind.Refine(d.Kind, CueFlagsOf(text, d), text.AsSpan(d.ContentStart, d.ContentEnd - d.ContentStart), d.Direct, Links.ClaimWords.Embedded),
                CueKind = d.Kind,
                Direct = d.Direct,
                Layout = d.Layout,
                CueClass = d.CueClass,
            });
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Keeps a claim; the <c>according to</c> its content boundary took as its via reports no claim of its own
    /// (marked only now: "said little, according to an attendee" keeps no claim of "said", and the attendee's stays).</summary>
    private static void Keep(ExtractionContext ctx, List<ClaimDraft> drafts, ClaimDraft draft)
    {
        drafts.Add(draft);
        if (draft.ViaCueToken >= 0) ctx.Consumed[draft.ViaCueToken] = true;
    }

    /// <summary>
    /// The claim whose speaker span names this claim's source: the claim itself, or for a quotation continued without a
    /// cue (<c>"…," Wilcox said. "…"</c>, <c>"…," a senior aide said. "…"</c>) the claim that attributed it (spec section 4:
    /// a continued quote is a claim of the last speaker), when both resolve alike.
    /// </summary>
    private static ClaimDraft? SpeakerSource(ClaimDraft d)
    {
        if (d.SpeakerStart >= 0) return d;
        var source = d.ContinuationOf;
        for (int hops = 0; source is not null && source.SpeakerStart < 0 && hops < 64; hops++) source = source.ContinuationOf;
        return source is { SpeakerStart: >= 0 } && source.Canonical == d.Canonical ? source : null;
    }

    /// <summary>
    /// "Tsarnaev is said to have embraced …", "Lee is thought to …": after a passive auxiliary a cue of saying, reporting or
    /// believing has its subject as the one spoken of, not the source, which the sentence does not name (from the allsides
    /// articles, where the subject spoke in about 200 such claims). So does <c>tell</c>: "Berg had been told that he would
    /// lose" names the one told (PolNeAR train annotates no source; the allsides articles gave 244 such claims to the one
    /// told). The claim stays, without a speaker. ("The court was told" keeps its subject, a court or hearing, grammar list
    /// hearing-venue: the gold of dev news-10 makes the body told the speaker, and the spec is silent.)
    /// </summary>
    private void DropPassiveSubject(DocumentView doc, string text, ClaimDraft d)
    {
        // (A participle in -ing after "is" is progressive: "Kasich is telling a crowd that …". Adverbs may stand between the
        // auxiliary and the cue: "were repeatedly told".)
        if (d.CueToken < 1 || d.SpeakerTokens.Start < 0 || d.SpeakerTokens.End > d.CueToken || CueFinder.PassiveAuxiliaryBefore(doc, d.CueToken, 2) < 0
            || doc.Word(d.CueToken).EndsWith("ing")) return;
        if (!_lexicon.TryGet(text.AsSpan(d.CueStart, d.CueEnd - d.CueStart), out var entry) || !FunctionWords.IsPassiveReportLemma(entry.Lemma)) return;
        if (PassiveAgent(doc, d) is { Start: >= 0 } agent)
        {
            // "Vorland Radio was told by senior military sources that …", "was told by the president to …": the agent after
            // "by" is the source, and what was said starts after it (allsides articles: 30 speakerless claims of "told by";
            // "said by", "reported by" alike).
            d.SpeakerStart = doc.Tokens[agent.Start].Start;
            d.SpeakerEnd = doc.Tokens[agent.End - 1].End;
            d.SpeakerTokens = agent;
            int first = doc.Is(agent.End, "that") ? agent.End + 1 : agent.End;
            if (d.ContentTokens.Start <= first && first < d.ContentTokens.End && doc.Tokens[first].Start < d.ContentEnd)
            {
                d.ContentStart = doc.Tokens[first].Start;
                d.ContentTokens = (first, d.ContentTokens.End);
            }
            return;
        }
        if (doc.Is(d.SpeakerTokens.End - 1, FunctionWords.IsHearingVenue)) return;
        d.SpeakerStart = d.SpeakerEnd = -1;
        d.SpeakerTokens = (-1, -1);
    }

    /// <summary>The noun phrase after <c>by</c> straight after a passive cue, when <c>that</c> or <c>to</c> follows it (the
    /// agent and then what was said); (-1, -1) otherwise.</summary>
    private static (int Start, int End) PassiveAgent(DocumentView doc, ClaimDraft d)
    {
        int by = d.CueToken + 1;
        if (!doc.Is(by, "by")) return (-1, -1);
        int sEnd = doc.SentenceEnd(doc.SentenceOf(d.CueToken));
        var agent = PhraseReader.NounPhrase(doc, by + 1, sEnd);
        // (An infinitive's "to": not "by acting U.S. Ambassador to Ukraine William Taylor".)
        if (agent.Start != by + 1 || agent.End >= sEnd || !(doc.Is(agent.End, "that") || (doc.Is(agent.End, "to") && CueFinder.OpensInfinitive(doc, agent.End)))) return (-1, -1);
        return agent;
    }

    /// <summary>
    /// "There's something to be said for …", "the same can be said of many politicians", "how something is said": a passive
    /// <c>said</c> reports a saying only before <c>to</c> (<c>is said to have embraced</c>) or <c>that</c>, after at most a
    /// short adjunct, or before a comma, a colon or a quotation; otherwise it names no source and no content (the allsides
    /// articles' speakerless claims of <c>said</c>: 31 such).
    /// </summary>
    private bool SaysNothing(DocumentView doc, string text, ClaimDraft d)
    {
        int cue = d.CueToken;
        // (Not with an agent read as its speaker, nor closing the sentence after its content: "The talks collapsed, it was
        // said."; "With that in mind, there's much to be said for …" reports nothing.)
        if (cue < 1 || d.Direct || d.SpeakerTokens.Start > cue || CueFinder.PassiveAuxiliaryBefore(doc, cue, 2) < 0) return false;
        if (d.ContentTokens.End <= cue && cue + 2 == doc.SentenceEnd(doc.SentenceOf(cue))) return false;
        if (!_lexicon.TryGet(text.AsSpan(d.CueStart, d.CueEnd - d.CueStart), out var entry) || entry.Lemma != "say" || !doc.Word(cue).Equals("said", StringComparison.OrdinalIgnoreCase)) return false;
        int next = cue + 1;
        if (next >= doc.Tokens.Length) return true;
        if (doc.Is(next, ",") || doc.Is(next, ":") || doc.Tokens[next].Kind == TokenKind.Quote) return false;
        // (After a short adjunct too: "was said by some officials to be …", "it was said in Count 7 that …".)
        for (int k = next; k < doc.Tokens.Length && k <= next + MaxAdjunctBeforeSaidTo; k++)
        {
            if (doc.Is(k, "to") || doc.Is(k, "that")) return false;
            if (doc.IsClauseBreak(k)) break;
        }
        return true;
    }

    /// <summary>How many words an adjunct between a passive <c>said</c> and its <c>to</c> or <c>that</c> may take (<c>by some
    /// officials</c>, <c>at the time</c>: 3; <c>by multiple administration officials</c>: 4).</summary>
    private const int MaxAdjunctBeforeSaidTo = 4;

    /// <summary>How far back from its cue the relative pronoun of a relative clause is looked for.</summary>
    private const int MaxRelativeToCueTokens = 12;

    /// <summary>
    /// "The bill, which Democrats said would close loopholes, would require …", "Trump, who warned he would rain fire on
    /// …, was muted": a cue inside a relative clause set off by a comma reports what ends where that clause does, at a
    /// comma before the main clause's auxiliary (from the allsides articles, where 55 such contents ran on into the main
    /// clause).
    /// </summary>
    private static void EndWithItsRelativeClause(ExtractionContext ctx, ClaimDraft d)
    {
        var doc = ctx.Doc;
        int cue = d.CueToken, first = d.ContentTokens.Start, end = d.ContentTokens.End;
        if (cue < 2 || first <= cue || end <= first || ctx.InQuote[cue] >= 0) return;
        int sFirst = doc.SentenceStart(doc.SentenceOf(cue));
        bool relative = false;
        for (int k = cue - 1; k > sFirst && k >= cue - MaxRelativeToCueTokens; k--)
        {
            if (doc.Is(k, ",")) return;
            if (doc.Is(k, FunctionWords.IsSubjectRelativePronoun) || doc.Is(k, "whom")) { relative = doc.Is(k - 1, ","); break; }
        }
        if (!relative) return;
        bool verb = false; // (a comma before the content's own verb sets off its subject's aside: "the two men, and Lee in particular, must …")
        for (int j = first + 1; j + 1 < end; j++)
        {
            var w = doc.Word(j - 1);
            verb |= doc.Tokens[j - 1].Kind == TokenKind.Word && (FunctionWords.IsAuxiliary(w) || (char.IsLower(w[0]) && (FunctionWords.IsFiniteVerb(w) || FunctionWords.IsPresentVerb(w))));
            if (j < first + 2 || !doc.Is(j, ",") || ctx.InQuote[j] >= 0 || !verb) continue;
            var next = doc.Word(j + 1);
            if (!FunctionWords.IsAuxiliary(next) || !char.IsLower(next[0])) continue;
            d.ContentEnd = Math.Min(d.ContentEnd, doc.Tokens[j - 1].End);
            d.ContentTokens = (first, j);
            return;
        }
    }

    /// <summary>
    /// A content that opens a bracket and ends right before its closing one takes the closing one too (<c>… voted with Sen.
    /// Ann Lee (D-Calif.)</c>, not <c>… (D-Calif.</c>): the trailing punctuation its layout trimmed belonged to the content.
    /// From the allsides articles, where 754 contents ended with a bracket open.
    /// </summary>
    private static void CloseItsBracket(DocumentView doc, ClaimDraft d)
    {
        int end = d.ContentTokens.End;
        if (end <= d.ContentTokens.Start || end >= doc.Tokens.Length || !doc.Is(end, ")") || doc.Tokens[end].Start != d.ContentEnd) return;
        int open = 0;
        for (int k = d.ContentTokens.Start; k < end; k++)
        {
            if (doc.Is(k, "(")) open++;
            else if (doc.Is(k, ")") && open > 0) open--;
        }
        if (open == 0) return;
        d.ContentEnd = doc.Tokens[end].End;
        d.ContentTokens = (d.ContentTokens.Start, end + 1);
    }

    /// <summary>How far before a content a bracket it starts inside may open (a long aside's length).</summary>
    private const int MaxBracketLookBack = 40;

    /// <summary>
    /// A content that starts inside a bracket ends where the bracket closes (<c>Rain fell (the council said it reached 25
    /// inches) and the river rose.</c>: the content is <c>it reached 25 inches</c>). From the allsides articles, where 95
    /// contents closed a bracket they had not opened.
    /// </summary>
    private static void EndWithinItsBracket(DocumentView doc, ClaimDraft d)
    {
        var (first, end) = d.ContentTokens;
        if (end <= first) return;
        // Walk back from the content for a bracket left open, as far as a bracket may run: scanning from the sentence's
        // start for every claim made a sentence of thousands of claims quadratic (found by the scaling test).
        int sFirst = doc.SentenceStart(doc.SentenceOf(first)), closed = 0;
        bool inside = false;
        for (int k = first - 1; k >= sFirst && k >= first - MaxBracketLookBack && !inside; k--)
        {
            if (doc.Is(k, ")")) closed++;
            else if (doc.Is(k, "(")) inside = closed-- == 0;
        }
        if (!inside) return;
        int depth = 0;
        for (int k = first; k < end; k++)
        {
            if (doc.Is(k, "(")) depth++;
            else if (doc.Is(k, ")") && depth-- == 0)
            {
                int last = k - 1;
                while (last > first && doc.Tokens[last].Kind == TokenKind.Punctuation && !doc.Is(last, ")")) last--;
                if (last < first) return;
                d.ContentEnd = doc.Tokens[last].End;
                d.ContentTokens = (first, last + 1);
                return;
            }
        }
    }

    /// <summary>The conditions of a claim's one-word cue (<c>insisted</c> rebuts); none for a phrase cue or none at all.</summary>
    private CueFlags CueFlagsOf(string text, ClaimDraft d) =>
        d.CueStart >= 0 && _lexicon.TryGet(text.AsSpan(d.CueStart, d.CueEnd - d.CueStart), out var entry) ? entry.Flags : CueFlags.None;

    /// <summary>How many later claims a content is checked against (bounded: linear in the number of claims).</summary>
    private const int AttributionLookahead = 8;

    /// <summary>
    /// A content ends where the next claim's attribution begins when that claim runs on past it: in a chain of
    /// <c>He said: "… He said: "…</c> with quote marks that never pair, each content would otherwise run over the
    /// next ones, and the document's claim content grow faster than its text (found by the fuzzer). A claim nested inside
    /// another's content (its content ends before the outer one ends) leaves the outer one whole.
    /// </summary>
    private static void EndBeforeNextAttribution(string text, List<ClaimDraft> drafts)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            for (int j = i + 1; j < drafts.Count && j <= i + AttributionLookahead && drafts[j].ContentStart < d.ContentEnd; j++)
            {
                var next = drafts[j];
                int attribution = next.SpeakerStart >= 0 && next.CueStart >= 0 ? Math.Min(next.SpeakerStart, next.CueStart) : Math.Max(next.SpeakerStart, next.CueStart);
                if (attribution <= d.ContentStart || attribution >= d.ContentEnd || next.ContentEnd < d.ContentEnd) continue;
                int end = attribution;
                while (end > d.ContentStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '“' or '‘' or ',' or ':')) end--;
                if (end > d.ContentStart) d.ContentEnd = end;
                break;
            }
            // The backstop that keeps the total linear whatever the layouts read: no stretch of text is the content of
            // more than two claims (a content ends where the content of the second claim after it begins).
            if (i + 2 < drafts.Count && drafts[i + 2].ContentStart > d.ContentStart && drafts[i + 2].ContentStart < d.ContentEnd)
            {
                int end = drafts[i + 2].ContentStart;
                while (end > d.ContentStart && char.IsWhiteSpace(text[end - 1])) end--;
                if (end > d.ContentStart) d.ContentEnd = end;
            }
        }
    }

    /// <summary>The claim the cue (or claim noun, or <c>according to</c>) at token <paramref name="i"/> introduces, by the
    /// first layout that reads it.</summary>
    private ClaimDraft? ReadAt(ExtractionContext ctx, int i, int sFirst, int floor, int sEnd, ClaimDraft? previous)
    {
        var doc = ctx.Doc;
        if (doc.Is(i, ":")) return ColonLayout.TryReadUnquoted(ctx, i, sFirst, sEnd);
        if (NominalLayout.TryRead(ctx, i, sEnd) is { } nominal) return nominal;
        if (doc.IsAccordingTo(i, sEnd)) return AccordingToLayout.TryRead(ctx, i, sFirst, floor, sEnd);
        if (PassiveAccusationLayout.TryRead(ctx, i, sFirst, sEnd) is { } passive) return passive;
        if (!_cues.IsCue(doc, i, out var cue) || CueFinder.IsPassiveOrUnsaid(doc, i, sFirst)) return null;
        // "The agency quoted Kim as saying …": the claim is the one quoted's, read at "saying" (QuotedSpeakerReading).
        if (QuotedSpeakerReading.QuotesAs(ctx, i, sEnd, out _, out _)) return null;
        if (OpeningParticipleLayout.TryRead(ctx, i, cue, sFirst, sEnd) is { } opening) return opening;
        // "As Levitt explained to me, …": an opening "as" clause of speaker and cue, its content after the comma (before the
        // layout that would read "to me" as what was explained).
        if (ContentThenCueLayout.AsSpeakerSaid(ctx, i, cue, sFirst, floor, sEnd) is { } asSaid) return asSaid;
        if (SpeakerCueContentLayout.TryRead(ctx, i, cue, sFirst, sEnd, previous, out var draft)) return draft;
        return ContentThenCueLayout.TryRead(ctx, i, cue, sFirst, floor, sEnd)
            ?? (previous is { } inner && cue.Class == CueClass.Neutral && EndsSentenceSoon(doc, i + cue.Words, sEnd) && EndsAtAttributionComma(doc, inner, i, sFirst)
                ? ContentThenCueLayout.TryRead(ctx, i, cue, sFirst, InnerClaimStart(inner), sEnd) : null);
    }

    /// <summary>How many tokens may follow a sentence-final attribution's cue (<c>said on Tuesday.</c>, <c>told reporters.</c>).</summary>
    private const int MaxAfterFinalCue = 4;

    /// <summary>True when the sentence ends within <see cref="MaxAfterFinalCue"/> tokens after <paramref name="after"/>, with
    /// no comma or quotation between (the attribution closes the sentence, as "…, Mr. Lee said." does; not "…, an
    /// explanation dismissed in the West, and …", nor a verb with its own object and clause).</summary>
    private static bool EndsSentenceSoon(DocumentView doc, int after, int sEnd)
    {
        if (sEnd - after > MaxAfterFinalCue) return false;
        for (int k = after; k < sEnd - 1; k++)
            if (doc.Is(k, ",") || doc.Tokens[k].Kind == TokenKind.Quote) return false;
        return true;
    }

    /// <summary>The first token of a claim's attribution and content: its speaker, or its cue when the speaker comes later or
    /// is missing (where the outer claim around it starts: "On Monday, they reported her missing, police said" reports
    /// "they reported her missing").</summary>
    private static int InnerClaimStart(ClaimDraft inner) =>
        inner.SpeakerTokens.Start >= 0 ? Math.Min(inner.SpeakerTokens.Start, inner.CueToken) : inner.CueToken;

    /// <summary>
    /// "Berg told him he had not made up his mind, Mr. Lee said.": the claim before this cue, in its sentence, ends at the
    /// comma that opens this attribution, so this cue reports the whole clause before the comma, that claim inside it (spec
    /// section 4: the outer claim is the one annotated, the inner optional). Before, the inner claim's end was the floor of
    /// this one's content and the outer claim was lost (the allsides articles: 334 sentence-final attributions after a
    /// comma without a claim, most of them after an inner claim).
    /// </summary>
    private static bool EndsAtAttributionComma(DocumentView doc, ClaimDraft previous, int cue, int sFirst)
    {
        if (previous.CueToken < sFirst || previous.ContentTokens.End <= sFirst) return false;
        for (int k = cue - 1; k > sFirst && k >= cue - PhraseReader.MaxSpeakerTokens; k--)
            if (doc.Is(k, ",")) return previous.ContentTokens.End == k;
        return false;
    }

    /// <summary>How many tokens after a short quotation its cue may come (<c>“No,” the senator said</c>).</summary>
    private const int MaxShortQuoteCueDistance = 3;

    /// <summary>True when a quote mark follows in the same sentence: "“And,” he said, “…”" is an interrupted quotation
    /// whose first word alone is no claim.</summary>
    private static bool QuoteLaterInSentence(DocumentView doc, int from)
    {
        int sEnd = doc.SentenceEnd(doc.SentenceOf(from - 1));
        for (int k = from; k < sEnd; k++)
            if (doc.Tokens[k].Kind == TokenKind.Quote) return true;
        return false;
    }

    private bool CueSoonAfter(DocumentView doc, int from)
    {
        for (int k = from; k < doc.Tokens.Length && k < from + MaxShortQuoteCueDistance; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
            if (_cues.IsCue(doc, k, out var cue) && cue.Class == CueClass.Neutral) return true;
        }
        return false;
    }

    /// <summary>A quotation that is itself the content: it opens its sentence, follows a colon or comma, or directly follows a cue.</summary>
    private bool IsStandalone(DocumentView doc, Quotation q)
    {
        // "Krongard simply said, “No.”": a short quotation right after its cue; "“Safety,” said Grimm.", "“Absolutely,” he
        // said": one opening its sentence and closed on a comma, with its cue within a name's length after it (from PolNeAR
        // train's missed one-word answers).
        if (q.InsideCount < 3)
            return (q.InsideCount >= 1 && q.Open >= 2 && (doc.Is(q.Open - 1, ",") || doc.Is(q.Open - 1, ":")) && _cues.IsCue(doc, q.Open - 2, out _))
                || (q.InsideCount == 2 && q.Closed && doc.Is(q.LastInside, ",") && (q.Open == 0 || doc.SentenceOf(q.Open - 1) != doc.SentenceOf(q.Open))
                    && CueSoonAfter(doc, q.Close + 1) && !QuoteLaterInSentence(doc, q.Close + 1));
        if (q.Open == 0 || doc.SentenceOf(q.Open - 1) != doc.SentenceOf(q.Open) || doc.StartsParagraph(q.Open)) return true;
        if (doc.Is(q.Open - 1, ":") || doc.Is(q.Open - 1, ",")) return true;
        // "Rubio hit Trump on taxes — “the numbers don't add up,” he said": after a dash, a quotation that ends on a comma
        // is attributed after it as one opening its sentence.
        if (doc.IsDash(q.Open - 1) && q.Closed && (doc.Is(q.LastInside, ",") || doc.Is(q.Close + 1, ","))) return true;
        return _cues.IsCue(doc, q.Open - 1, out _);
    }
}
