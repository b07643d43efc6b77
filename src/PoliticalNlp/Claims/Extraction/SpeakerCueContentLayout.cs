namespace PoliticalNlp.Claims;

/// <summary>
/// Layout <c>X said (that) …</c>, with its two variants that take the subject of the sentence: participial
/// (<c>…, saying such papers are kept confidential</c>) and coordinated (<c>… and said …</c>). The content runs from the
/// cue (or its <c>that</c>) to the boundary <see cref="ContentBoundary"/> finds.
/// </summary>
internal static class SpeakerCueContentLayout
{
    /// <summary>True when a temporal subordinator at <paramref name="k"/> opens a clause with its own subject, a personal
    /// pronoun or a definite noun phrase (<c>as he left</c>, <c>as the data were released</c>); not <c>as much</c>, <c>as a
    /// unit</c>, <c>before Congress</c>.</summary>
    private static bool OpensTemporalClause(DocumentView doc, int k, int sEnd) =>
        k + 1 < sEnd && doc.Is(k, FunctionWords.IsTemporalSubordinator) && doc.Tokens[k + 1].Kind == TokenKind.Word
        && (FunctionWords.IsPersonPronounSubject(doc.Word(k + 1)) || (FunctionWords.IsDeterminer(doc.Word(k + 1)) && !FunctionWords.IsIndefiniteArticle(doc.Word(k + 1))));

    /// <summary>How far before its cue a relative pronoun opening a dash aside may stand (<c>— who earlier this year in an
    /// interview with a local paper said</c>).</summary>
    private const int MaxDashAsideLead = 12;

    /// <summary>True when the cue at <paramref name="cue"/> is in a relative clause that a dash opens (<c>Ann Lee — who has
    /// said …</c>): no dash or other clause break stands between the pronoun and the cue.</summary>
    private static bool InDashRelativeAside(ExtractionContext ctx, int cue, int sFirst)
    {
        var doc = ctx.Doc;
        for (int k = cue - 1; k > sFirst && k >= cue - MaxDashAsideLead; k--)
        {
            if (ctx.InQuote[k] >= 0 || doc.IsClauseBreak(k)) return false;
            if (doc.Is(k, FunctionWords.IsSubjectRelativePronoun)) return doc.IsDash(k - 1);
        }
        return false;
    }

    /// <summary>False when the layout does not apply (no subject, or nothing after the cue); true with a draft, or with
    /// null when it applies but yields no claim.</summary>
    public static bool TryRead(ExtractionContext ctx, int cue, CueEntry entry, int sFirst, int sEnd, ClaimDraft? previous, out ClaimDraft? draft)
    {
        var doc = ctx.Doc;
        draft = new ClaimDraft { Kind = entry.Kind, CueClass = entry.Class, Layout = AttributionLayout.SpeakerCueContent, SentenceIndex = doc.SentenceOf(cue) };
        var subject = CueSubjectReader.Read(ctx, cue, sFirst, sEnd, previous, draft);
        // "The minister was quoted by state media as saying …", "The agency quoted Kim as saying …": the one quoted speaks; the
        // one quoting is the via.
        if (QuotedSpeakerReading.SpeakerOf(ctx, cue, sFirst, out var quoted, out var via))
        {
            subject = quoted;
            // ("“…,” the minister was quoted as saying by state media": the quotation before is the claim.)
            if (cue + entry.Words >= sEnd || FunctionWords.IsPreposition(doc.Word(cue + entry.Words)) || doc.Tokens[cue + entry.Words].Kind == TokenKind.Punctuation)
            {
                draft = null;
                return true;
            }
            ctx.SetVia(draft, via);
        }
        draft.SubjectTokens = subject;
        // "…, argued the head of the committee.": a cue right after a comma with its speaker after it reads the content before.
        if (draft.Layout == AttributionLayout.SpeakerCueContent && cue > sFirst + 1
            && (doc.Is(cue - 1, ",") || (doc.Tokens[cue - 1].Kind == TokenKind.Quote && doc.Is(cue - 2, ",")))
            && PhraseReader.SpeakerAfter(doc, cue + entry.Words, sEnd, ctx.InQuote) is { Start: >= 0 } after && after.Start == cue + entry.Words
            && (after.End >= sEnd || doc.IsClauseBreak(after.End))
            && (doc.IsEntityToken(after.End - 1) || FunctionWords.IsPersonHead(doc.Word(after.End - 1)) || IsCapitalisedRun(doc, after))
            && (FunctionWords.IsDeterminer(doc.Word(after.Start)) || char.IsUpper(doc.Word(after.Start)[0])))
        {
            draft = null;
            return false;
        }
        // "No group has claimed responsibility": nobody said anything.
        // ("Neither Lee nor Berg responded": the subject read is only the name after "nor".)
        if (subject.Start >= 0 && (FunctionWords.IsNegativeSubject(doc.Word(subject.Start)) || (subject.Start > sFirst && doc.Is(subject.Start - 1, "nor"))))
        {
            draft = null;
            return true;
        }
        // "Do you believe the report is accurate?", "How do you explain to voters that …": an auxiliary before a pronoun
        // inverts a question; a question asked claims nothing (allsides articles' speakers that open with an auxiliary).
        if (subject.Start >= 0 && draft.Layout == AttributionLayout.SpeakerCueContent && InvertsQuestion(doc, subject, sFirst))
        {
            draft = null;
            return true;
        }
        // "That said, …", "All told, …": a lone demonstrative or quantifier subject with a comma straight after the cue is an
        // idiom; "His first promised pivot came …": a lone possessive determiner is no subject, the cue an adjective
        // (allsides sample: 34, 20 and 16 such claims in the 12,000 articles).
        if (subject.Start >= 0 && subject.End == subject.Start + 1 && draft.Layout == AttributionLayout.SpeakerCueContent
            && ((FunctionWords.IsIdiomSubject(doc.Word(subject.Start)) && cue + entry.Words < sEnd && doc.Is(cue + entry.Words, ","))
                || FunctionWords.IsPossessiveDeterminer(doc.Word(subject.Start))))
        {
            draft = null;
            return true;
        }
        int contentFirst = ContentStartReader.Find(ctx, cue, entry, subject, sFirst, sEnd);
        // "This is not about me, Obama told his advisers as he labored over the speech": after the person told, a clause a
        // temporal subordinator opens is the occasion, not what was told; the content is the clause before the attribution
        // (PolNeAR train's missed attributions).
        if (FunctionWords.IsPersonToldLemma(entry.Lemma) && contentFirst > cue + entry.Words && contentFirst < sEnd && doc.Is(contentFirst - 1, FunctionWords.IsTemporalSubordinator))
        {
            draft = null;
            return false;
        }
        // "The plan will fail, Berg said as he left the room.": after a subject that follows the content's comma, a clause a
        // temporal subordinator opens straight after the cue is the occasion; the content is the clause before (PolNeAR
        // train's false claims, the same shape as the person told's above).
        if (contentFirst == cue + entry.Words && contentFirst < sEnd && subject.Start > sFirst + 1 && doc.Is(subject.Start - 1, ",") && ctx.InQuote[subject.Start - 1] < 0
            && !FunctionWords.IsPreposition(doc.Word(sFirst)) // ("In the timeline of images, you can observe as he grows …": no clause before.)
            && !FunctionWords.IsAuxiliary(doc.Word(subject.Start)) && !FunctionWords.IsFiniteVerb(doc.Word(subject.Start)) // (a subject, not "is warning … hard demands as they try")
            && OpensTemporalClause(doc, contentFirst, sEnd)
            && (entry.Flags & (CueFlags.Naming | CueFlags.NamingAs)) == 0)
        {
            draft = null;
            return false;
        }
        // "…, Kerry said on Sunday during meetings in Berlin.", "…, she said in a statement.": an adjunct alone is no content.
        bool onlyWhenAfter = ContentStartReader.AdjunctOnly(ctx, cue, contentFirst, sEnd);
        // "…, charges he denied.", "… - a charge it denies": the denial's object is the charge named before its subject.
        if (entry.Class == CueClass.Deny && ChargeDenialReading.TryRead(ctx, cue, entry, subject, contentFirst, sFirst, sEnd, draft)) return true;
        if (subject.Start < 0 || contentFirst >= sEnd || doc.IsClauseBreak(contentFirst) || onlyWhenAfter)
        {
            draft = null;
            return false;
        }
        // ", responding to a report about …, said …", ", speaking at a rally": a participle with a preposition's phrase reports
        // the occasion, not what was said (t06); so does a verb of responding in any form ("responded to requests for
        // comment"; grammar list occasion-lemma).
        // ("promising to campaign", "hoping to win": "to" before a verb opens an infinitive, the content.)
        if ((draft.Layout == AttributionLayout.Participial || FunctionWords.IsOccasionLemma(entry.Lemma)) && contentFirst == cue + entry.Words && FunctionWords.IsPreposition(doc.Word(contentFirst))
            && !(doc.Is(contentFirst, "to") && !OpensNounPhrase(doc, contentFirst + 1))
            && !(contentFirst + 1 < sEnd && FunctionWords.IsDayOrTime(doc.Word(contentFirst + 1))) // "announcing on Wednesday he would …"
            && !ThatSoonAfter(ctx, contentFirst, sEnd))
        {
            draft = null;
            return true; // no claim at all: the words before are no content of it either
        }
        int contentLast = entry.Lemma == "plead" ? PleaReading.End(ctx, draft, ref contentFirst, sEnd) : ContentBoundary.End(ctx, contentFirst, sEnd, draft);
        // "Anna Berg, who had argued that the tax was illegal, left the party": a cue in a relative clause reports up
        // to the verb of the main clause.
        // ("The BBC, citing government sources, reported that …": a participle set off by commas between the subject and
        // its verb ends where the main verb follows, as a relative clause does.)
        if (InRelativeClause(doc, cue, sFirst) || (draft.Layout == AttributionLayout.Participial && subject.Start >= 0 && OnlyCommaOrAdverbsBetween(doc, subject.End, cue)))
        {
            for (int k = contentFirst + 1; k < contentLast; k++)
            {
                // ("Riyadh, which described the assault as a “test of global will,” on Wednesday displayed …": the comma may
                // close a quote, and a day may stand before the main verb.)
                int main = k + 1;
                if (doc.Is(k, ",") && ctx.InQuote[k] >= 0 && k + 1 < contentLast && doc.Tokens[k + 1].Kind == TokenKind.Quote && ctx.InQuote[k + 1] >= 0
                    && (k + 2 >= doc.Tokens.Length || ctx.InQuote[k + 2] < 0)) main = k + 2;
                else if (!doc.Is(k, ",") || ctx.InQuote[k] >= 0) continue;
                if (main < contentLast && doc.Is(main, FunctionWords.IsDayOpener) && main + 1 < contentLast && FunctionWords.IsDayOrTime(doc.Word(main + 1))) main += 2;
                var next = doc.Word(main);
                // ("Berg, who said the plan was vetted, said he was unaware": the main clause's verb may be a cue.)
                if (next.Length > 0 && char.IsLower(next[0]) && (FunctionWords.IsFiniteVerb(next) || FunctionWords.IsMainVerbAuxiliary(next) || ctx.Cues.IsCueWord(next)))
                {
                    contentLast = k - 1;
                    break;
                }
            }
        }
        // "Ann Lee — who has said she will run — and Tom Berg signed …": a cue in a relative clause a dash opens reports up to
        // the dash that closes it (allsides articles: such asides' claims ran on into the sentence or were lost).
        if (InDashRelativeAside(ctx, cue, sFirst))
            for (int k = contentFirst + 1; k <= contentLast; k++)
                if (ctx.InQuote[k] < 0 && doc.IsDash(k)) { contentLast = k - 1; break; }
        if ((entry.Flags & (CueFlags.Naming | CueFlags.NamingAs)) != 0) contentLast = NamingEnd(ctx, contentFirst, contentLast);
        // "warned Madrid about the plane", "told the news agency on condition of anonymity": a person told and the topic
        // or circumstance, with no clause, report nothing (what was said comes elsewhere, if at all).
        // (A content opened by "that" is a clause whatever its verb: "warned that Clinton opposes the plan".)
        // "…, a point Lee also acknowledged to Vorland Radio.", "…, his friend confirmed to CNN.": the one addressed is no
        // content (PolNeAR train's false claims, the allsides articles' contents "to CNN"); what was said comes before the
        // attribution, if anywhere.
        if (contentFirst == cue + entry.Words && doc.Is(contentFirst, "to") && !FunctionWords.IsToObjectLemma(entry.Lemma) && OpensNounPhrase(doc, contentFirst + 1)
            && !HoldsClause(ctx, contentFirst + 1, contentLast, false) && OnlyAddressee(doc, contentFirst + 1, contentLast) && EndsSentence(doc, contentLast, sEnd))
        {
            draft = null;
            return false;
        }
        if (FunctionWords.IsPersonToldLemma(entry.Lemma) && contentFirst <= cue + entry.Words + 1 && !doc.Is(contentFirst - 1, "that") && !HoldsClause(ctx, contentFirst, contentLast, entry.Class == CueClass.Warn))
        {
            // "…, a school spokesman told the newspaper.": the person told ends the sentence, so what was said may come
            // before the attribution; the layout that reads the content before the cue decides.
            // ("…, he told the court in his filing.": an occasion after the person told, which the content boundary took off,
            // still ends the sentence; PolNeAR train's attributions missed there.)
            draft = null;
            return !EndsSentence(doc, contentLast, sEnd) && !(contentLast + 1 < sEnd && ContentStartReader.AdjunctOnly(ctx, cue, contentLast + 1, sEnd));
        }
        // "denied wrongdoing", "denies involvement": a denial's content may be one noun (spec §4; read gold t05, t28).
        if (contentLast - contentFirst < 1 && !(entry.Lemma == "deny" && contentLast == contentFirst && IsBareNoun(doc.Word(contentFirst))))
        {
            draft = null;
            return true;
        }
        if (SaysNothing(ctx, cue, entry, contentFirst, contentLast))
        {
            draft = null;
            return true;
        }
        // "…, who asked not to be named / identified": a source's request for anonymity claims nothing (allsides sample).
        if (entry.Class == CueClass.Request && contentFirst + 3 < sEnd && doc.Is(contentFirst, ClaimProfile.IsNegation) && doc.Is(contentFirst + 1, "to")
            && doc.Is(contentFirst + 2, "be") && doc.Is(contentFirst + 3, FunctionWords.IsAnonymityParticiple))
        {
            draft = null;
            return true;
        }
        // "asks what discussions Trump may have had": a question asked claims nothing.
        if (entry.Class == CueClass.Request && contentFirst == cue + entry.Words && FunctionWords.IsQuestionWord(doc.Word(contentFirst)))
        {
            draft = null;
            return true;
        }
        // "rejected the proposal", "dismissed a lawsuit": refusing an action or a request is no denial of a claim.
        // ("declared a state of emergency", "declared war": a declaration that is an act claims nothing either.)
        if ((entry.Class == CueClass.Deny && RefusesAnAction(doc, contentFirst, contentLast)) || (entry.Lemma == "declare" && DeclaresAnAct(doc, contentFirst, contentLast)))
        {
            draft = null;
            return true;
        }
        ctx.SetContent(draft, contentFirst, contentLast);
        ctx.SetCue(draft, cue, entry.Words);
        ctx.SetSpeaker(draft, subject);
        return true;
    }

    /// <summary>True when the subject words, or the word before them and the first, are an auxiliary followed by a
    /// personal pronoun (<c>Do you</c>, <c>How do you</c>, <c>did he</c>): the subject and its auxiliary inverted, as in a
    /// question.</summary>
    private static bool InvertsQuestion(DocumentView doc, (int Start, int End) subject, int sFirst)
    {
        // ("did he think": the subject read is the pronoun alone, its auxiliary before it.)
        for (int k = Math.Max(sFirst, subject.Start - 1); k + 1 < subject.End; k++)
        {
            var w = doc.Word(k);
            bool auxiliary = FunctionWords.IsAuxiliary(w)
                || (w.Length is > 1 and <= PhraseReader.MaxRecasedWordLength && char.IsUpper(w[0]) && PhraseReader.WithFirstLetterRecased(w, upper: false, FunctionWords.IsAuxiliary));
            if (auxiliary && FunctionWords.IsInvertedPronoun(doc.Word(k + 1))) return OnlyQuestionOpenersBefore(doc, sFirst, k);
        }
        return false;
    }

    /// <summary>True when the words from the sentence's start to <paramref name="auxiliary"/> are only question words,
    /// joiners and discourse words (<c>And did he</c>, <c>How do you</c>): a question, not an inversion after a negative
    /// (<c>Not only have they said</c>, <c>Nor have they warned</c>).</summary>
    private static bool OnlyQuestionOpenersBefore(DocumentView doc, int sFirst, int auxiliary)
    {
        for (int k = sFirst; k < auxiliary; k++)
        {
            var w = doc.Word(k);
            if (!(FunctionWords.IsQuestionWord(w) || (w.Length is > 1 and <= PhraseReader.MaxRecasedWordLength && PhraseReader.WithFirstLetterRecased(w, upper: false, FunctionWords.IsQuestionWord))
                  || FunctionWords.IsCoordinator(w) || FunctionWords.IsDiscourseWord(w) || doc.Tokens[k].Kind == TokenKind.Quote)) return false;
        }
        return true;
    }

    /// <summary>A lower-case word that can stand alone as a noun phrase (<c>wrongdoing</c>, <c>charges</c>): no pronoun,
    /// preposition, adverb or other word of the grammar lists.</summary>
    private static bool IsBareNoun(ReadOnlySpan<char> w)
    {
        if (w.Length < 4) return false;
        foreach (char c in w) if (!char.IsLower(c)) return false;
        return !(FunctionWords.IsClauseWord(w) || FunctionWords.IsPreposition(w) || FunctionWords.IsAdverb(w) || FunctionWords.IsDeterminer(w)
                 || FunctionWords.IsObjectPronoun(w) || FunctionWords.IsAdverbOrAuxiliary(w) || FunctionWords.IsFiniteVerb(w));
    }

    /// <summary>
    /// A naming cue's content is its object and the name it gives: <c>called the plan “absurd” and walked out …</c> ends
    /// before <c>and</c> when a verb in the past follows it, the speaker's next act rather than part of the name; so does
    /// <c>called the plan “absurd” and left it …</c>, a verb of any form with a pronoun or determiner as its object (not
    /// <c>called him a liar and a cheat</c>), and <c>portrayed the strike as an act of war and has been discussing …</c>,
    /// an auxiliary (naming-as cues too; the shape from train t08 and t32). After a comma, once the name is given, a verb
    /// in the past ends it too (<c>called himself a nationalist, promised tax cuts …</c>; from the allsides sample).
    /// </summary>
    private static int NamingEnd(ExtractionContext ctx, int first, int last)
    {
        var doc = ctx.Doc;
        for (int k = first + 2; k < last; k++)
        {
            // (Not the comma closing a name's appositive: "because one, Adam Looney, worked for …"; nor one before the name
            // is given: "called the remarks, delivered in Ohio, “racist”".)
            bool comma = doc.Is(k, ",") && !doc.IsEntityToken(k - 1) && NameGivenBefore(ctx, first, k);
            if (ctx.InQuote[k] >= 0 || !(comma || doc.Is(k, "and"))) continue;
            int v = k + 1;
            while (v < last && v < k + 3 && FunctionWords.IsAdverb(doc.Word(v))) v++;
            var verb = doc.Word(v);
            // (After a comma not an auxiliary: "Ailes, who presided over it, had left" goes on with the object's clause.)
            if (doc.Tokens[v].Kind == TokenKind.Word && char.IsLower(verb[0]) && ((verb.Length > 4 && verb.EndsWith("ed")) || FunctionWords.IsFiniteVerb(verb)) && ctx.InQuote[v] < 0
                && !(comma && FunctionWords.IsAuxiliary(verb))) return BeforePunctuation(doc, first, k - 1);
            // ("called himself a nationalist, promised tax cuts …": after a comma only a verb in the past ends it.)
            if (comma) continue;
            if (doc.Tokens[v].Kind == TokenKind.Word && ctx.InQuote[v] < 0 && FunctionWords.IsMainVerbAuxiliary(verb)) return k - 1;
            if (doc.Tokens[v].Kind == TokenKind.Word && char.IsLower(verb[0]) && !FunctionWords.IsDeterminer(verb) && ctx.InQuote[v] < 0 && v + 1 < last
                && (FunctionWords.IsDeterminer(doc.Word(v + 1)) || FunctionWords.IsObjectPronoun(doc.Word(v + 1)))) return k - 1;
        }
        return last;
    }

    /// <summary>True when tokens [from, to) are a comma and adverbs only ("Trump, later alleging …": the participle set off
    /// right after its subject).</summary>
    private static bool OnlyCommaOrAdverbsBetween(DocumentView doc, int from, int to)
    {
        if (from >= to || !doc.Is(from, ",")) return false;
        for (int k = from + 1; k < to; k++)
            if (!FunctionWords.IsAdverb(doc.Word(k))) return false;
        return true;
    }


    /// <summary>True when the span is one to four capitalised words: a name the tagger may have missed (<c>said Grant Green,</c>).</summary>
    private static bool IsCapitalisedRun(DocumentView doc, (int Start, int End) span) =>
        span.End - span.Start is >= 1 and <= 4 && PhraseReader.AllCapitalisedWords(doc, span.Start, span.End);

    /// <summary>True when the name a naming cue gives (a quotation, an indefinite article after its object, or a definite
    /// or possessive phrase after an object pronoun: <c>called it the Trump shutdown</c>) stands in [first, k).</summary>
    private static bool NameGivenBefore(ExtractionContext ctx, int first, int k)
    {
        var doc = ctx.Doc;
        if (k > first + 2 && CueFinder.NameAfterObjectPronoun(doc, first)) return true;
        for (int j = first + 1; j < k; j++)
            if (doc.Tokens[j].Kind == TokenKind.Quote || ctx.InQuote[j] >= 0 || doc.Is(j, FunctionWords.IsIndefiniteArticle)) return true;
        return false;
    }

    /// <summary>The last token up to <paramref name="last"/> that is not punctuation (<c>as a liberal, especially on social
    /// issues, and did not …</c> ends at <c>issues</c>).</summary>
    private static int BeforePunctuation(DocumentView doc, int first, int last)
    {
        while (last > first && doc.Tokens[last].Kind == TokenKind.Punctuation) last--;
        return last;
    }

    /// <summary>
    /// True when the words after a cue are no content at all. "raised concerns with him", "complained to them": a
    /// preposition and a pronoun name who heard it, not what was said; "an oversight he acknowledged and rectified": a joiner
    /// right after the cue goes on with the verbs of a relative clause whose object came before it (both read from the
    /// allsides sample's junk claims). "a day after he said them, but …": a pronoun alone, what was said named before;
    /// "easier said than done": a comparison; "things Trump said about Latinos", "the same could not be said for him": a
    /// neutral cue's preposition with no clause after it names a topic or a person, not what was said.
    /// </summary>
    private static bool SaysNothing(ExtractionContext ctx, int cue, CueEntry entry, int contentFirst, int contentLast)
    {
        var doc = ctx.Doc;
        if (contentLast == contentFirst + 1 && FunctionWords.IsPreposition(doc.Word(contentFirst)) && FunctionWords.IsObjectPronoun(doc.Word(contentLast))) return true;
        if (contentFirst != cue + entry.Words) return false;
        if (doc.Is(contentFirst, FunctionWords.IsClauseConjunction) || doc.Is(contentFirst, "than")) return true;
        if (entry.Class != CueClass.Neutral) return false;
        if (FunctionWords.IsObjectPronoun(doc.Word(contentFirst)) && doc.IsClauseBreak(contentFirst + 1)) return true;
        return entry.Words == 1 && !doc.Is(contentFirst, "to")
            && (FunctionWords.IsPreposition(doc.Word(contentFirst)) || FunctionWords.IsGerundPreposition(doc.Word(contentFirst)))
            && !ApproximatesANumber(doc, contentFirst) && !HoldsClause(ctx, contentFirst, contentLast, warning: false);
    }

    /// <summary>True when the preposition at <paramref name="k"/> approximates a number after it (<c>reported about 300
    /// new cases</c>, <c>reported at least 12 deaths</c>): what was reported, not a topic.</summary>
    private static bool ApproximatesANumber(DocumentView doc, int k) =>
        k + 1 < doc.Tokens.Length && (doc.Tokens[k + 1].Kind == TokenKind.Number || doc.Is(k + 1, "least"));

    /// <summary>True when the tokens hold a quotation, a verb or a word that opens a clause or an infinitive, or open with what
    /// a warning is of (with <paramref name="warning"/>, also after one word, the one warned).</summary>
    private static bool HoldsClause(ExtractionContext ctx, int first, int last, bool warning)
    {
        var doc = ctx.Doc;
        for (int k = first; k <= last; k++)
        {
            if (ctx.InQuote[k] >= 0 || doc.Tokens[k].Kind == TokenKind.Quote) return true;
            var w = doc.Word(k);
            if ((FunctionWords.IsFiniteVerb(w) && !QualifiesTheNounBefore(doc, k)) || FunctionWords.IsPresentVerb(w) || FunctionWords.IsClauseWord(w) || FunctionWords.IsClauseMarker(w)) return true;
            // "warned of a war", "warned against talks", and a warning's "warns travelers of the risks": what the warning is
            // of, right after the cue or the one warned.
            if ((k == first || (warning && k == first + 1)) && FunctionWords.IsWarningTopicPreposition(w)) return true;
        }
        return false;
    }

    /// <summary>True when the word in -ed at <paramref name="k"/> qualifies the noun before it, an article before that, and
    /// takes no object (<c>in an interview posted Sunday</c>): a participle, not a clause's verb.</summary>
    private static bool QualifiesTheNounBefore(DocumentView doc, int k)
    {
        if (k < 2 || !doc.Word(k).EndsWith("ed") || doc.Tokens[k - 1].Kind != TokenKind.Word || !char.IsLower(doc.Word(k - 1)[0])
            || !FunctionWords.IsDeterminer(doc.Word(k - 2))) return false;
        return k + 1 >= doc.Tokens.Length || !(FunctionWords.IsDeterminer(doc.Word(k + 1)) || FunctionWords.IsObjectPronoun(doc.Word(k + 1))
            || doc.Tokens[k + 1].Kind == TokenKind.Number);
    }

    /// <summary>A <c>that</c> opening a clause within a few tokens ("responding to critics that …" still reports).</summary>
    private static bool ThatSoonAfter(ExtractionContext ctx, int from, int sEnd)
    {
        for (int k = from; k < Math.Min(sEnd, from + CueFinder.MaxAdjunctBeforeThat + 2); k++)
        {
            if (ctx.Doc.IsClauseBreak(k) || ctx.InQuote[k] >= 0) return false;
            if (ctx.Doc.Is(k, "that")) return true;
        }
        return false;
    }

    /// <summary>A determiner, a name or a number: "to a report", "to Sanders’ description", not "to campaign".</summary>
    /// <summary>How many words the one addressed after <c>to</c> may take (<c>to CNN early Wednesday morning</c>).</summary>
    private const int MaxAddresseeTokens = 6;

    /// <summary>True when [<paramref name="first"/>, <paramref name="last"/>] is one short noun phrase, the one addressed:
    /// no second determiner, possessive, subject pronoun or question word after its first word, which would open what was
    /// said (<c>confirmed to the Post his own involvement</c>, <c>explained to NPR why …</c>, <c>confirmed to Fox News they
    /// held …</c>).</summary>
    private static bool OnlyAddressee(DocumentView doc, int first, int last)
    {
        if (last - first + 1 > MaxAddresseeTokens) return false;
        for (int k = first + 1; k <= last; k++)
        {
            var w = doc.Word(k);
            if (FunctionWords.IsDeterminer(w) || FunctionWords.IsPossessiveDeterminer(w) || FunctionWords.IsPersonalPronounSubject(w) || FunctionWords.IsQuestionWord(w)) return false;
        }
        return true;
    }

    private static bool OpensNounPhrase(DocumentView doc, int k)
    {
        if (k >= doc.Tokens.Length) return false;
        if (doc.Tokens[k].Kind == TokenKind.Number) return true;
        var w = doc.Word(k);
        return doc.Tokens[k].Kind == TokenKind.Word && (FunctionWords.IsDeterminer(w) || char.IsUpper(w[0]));
    }

    /// <summary>True when only closing punctuation follows the token up to the sentence's end.</summary>
    private static bool EndsSentence(DocumentView doc, int last, int sEnd)
    {
        for (int k = last + 1; k < sEnd; k++) if (doc.Tokens[k].Kind is not (TokenKind.Punctuation or TokenKind.Quote) || doc.Is(k, ",")) return false;
        return true;
    }

    private static bool InRelativeClause(DocumentView doc, int cue, int sFirst)
    {
        int j = cue - 1;
        while (j > sFirst && j > cue - 5 && (FunctionWords.IsAdverbOrAuxiliary(doc.Word(j)) || FunctionWords.IsLowerCaseAdverb(doc.Word(j)))) j--;
        return j >= sFirst && FunctionWords.IsSubjectRelativePronoun(doc.Word(j));
    }

    /// <summary>A short noun phrase headed by an action or request ("the proposal in October", "a lawsuit against …",
    /// "questions about the advice"), with no clause in it.</summary>
    /// <summary>The first words of a declaration's object name an act (grammar list declared-act): <c>a state of
    /// emergency</c>, <c>war on</c>.</summary>
    private static bool DeclaresAnAct(DocumentView doc, int first, int last)
    {
        for (int k = first; k <= last && k < first + 4; k++)
        {
            if (doc.Is(k, FunctionWords.IsDeclaredAct)) return true;
            if (doc.Is(k, "that") || FunctionWords.IsFiniteVerb(doc.Word(k))) return false;
        }
        return false;
    }

    private static bool RefusesAnAction(DocumentView doc, int first, int last)
    {
        int k = first;
        while (k <= last && k < first + 4 && (FunctionWords.IsDeterminer(doc.Word(k)) || doc.Tokens[k].Kind != TokenKind.Word || char.IsUpper(doc.Word(k)[0]) || FunctionWords.IsPossessive(doc.Word(k)))) k++;
        for (int h = k; h <= last && h < k + 2; h++)
        {
            if (FunctionWords.IsActionNoun(doc.Word(h))) return true;
        }
        return false;
    }
}
