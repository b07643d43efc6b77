namespace PoliticalNlp.Claims;

/// <summary>
/// Layout <c>Declaring that the border was closed, the minister ordered …</c> / <c>Conceding that a deal would come “down
/// the line,” he warned …</c>: a participle cue opens the sentence, its content runs to the comma before the main clause,
/// and the main clause's subject speaks. (Read sets t28, t30, t36; PolNeAR train's missed sentence-opening participles.)
/// </summary>
internal static class OpeningParticipleLayout
{
    /// <summary>How far the participle's content may run before the main clause, in tokens.</summary>
    private const int MaxContentTokens = 40;

    /// <summary>How far after the comma the main clause's verb must come, in tokens.</summary>
    private const int MaxSubjectTokens = 8;

    public static ClaimDraft? TryRead(ExtractionContext ctx, int cue, CueEntry entry, int sFirst, int sEnd)
    {
        var doc = ctx.Doc;
        var word = doc.Word(cue);
        // ("Having said that …, Lee …": the perfect participle opens the sentence; from PolNeAR train's contents that ran on
        // into the main clause.)
        bool perfect = cue > sFirst && doc.Is(cue - 1, "having") && char.IsUpper(doc.Word(cue - 1)[0]);
        if (!(char.IsUpper(word[0]) || cue > sFirst) || !(perfect || word.EndsWith("ing")) || ctx.InQuote[cue] >= 0) return null;
        // ("By insisting that …, she …", "After conceding that …, the minister …": a preposition or subordinator right
        // before the participle makes it the same adjunct; from the allsides sample, where the content ran on past the
        // comma into the main clause. Only capitalised: CueFinder takes no cue after a lower-case gerund preposition,
        // "angered them by saying", because the gerund-preposition list is matched in exact case.)
        // ("But while denouncing …, she …", "But despite calling …": in lower case after discourse words, which the loop
        // below requires of every word before the opener; PolNeAR train and the allsides articles' speakers "But".)
        int opener = perfect || (cue > sFirst && (char.IsUpper(doc.Word(cue - 1)[0]) || (cue - 1 > sFirst && FunctionWords.IsDiscourseWord(doc.Word(cue - 2))))
            && (FunctionWords.IsParticipleSubordinator(doc.Word(cue - 1)) || FunctionWords.IsGerundAdjunctPreposition(doc.Word(cue - 1)))) ? cue - 1 : cue;
        if (!PhraseReader.OnlyDiscourseWordsBefore(doc, sFirst, opener)) return null;
        int first = cue + entry.Words;
        if (doc.Is(first, "that")) first++;
        // "Responding to the criticism, Trump said …", "Writing in the first century, Cicero …": a preposition's phrase is
        // the circumstance of the saying, not what was said.
        if (first >= sEnd || FunctionWords.IsPreposition(doc.Word(first))) return null;
        for (int k = first + 1; k < Math.Min(sEnd - 1, first + MaxContentTokens); k++)
        {
            // The comma before the main clause, outside quotes or closing one ("Declaring that “…,” the president …").
            int boundary;
            if (doc.Is(k, ",") && ctx.InQuote[k] < 0) boundary = k;
            else if (doc.Tokens[k].Kind == TokenKind.Quote && doc.Is(k - 1, ",") && ctx.InQuote[k - 1] >= 0 && ctx.InQuote[k + 1] < 0) boundary = k;
            else continue;
            int main = boundary + 1;
            if (!OpensMainClause(ctx, main, sEnd)) continue;
            var speaker = PhraseReader.SentenceSubject(doc, ctx.Cues, main, Math.Min(sEnd, main + MaxSubjectTokens + 1));
            if (speaker.Start < 0) return null;
            var draft = new ClaimDraft { Kind = entry.Kind, CueClass = entry.Class, Layout = AttributionLayout.OpeningParticiple, SentenceIndex = doc.SentenceOf(cue) };
            int last = ContentBoundary.End(ctx, first, doc.Is(boundary, ",") ? boundary : boundary - 1, draft);
            while (last > first && (doc.Tokens[last].Kind is TokenKind.Quote or TokenKind.Punctuation)) last--;
            if (last - first < 1) return null;
            int contentFirst = first;
            if (doc.Tokens[contentFirst].Kind == TokenKind.Quote) contentFirst++;
            ctx.SetContent(draft, contentFirst, last);
            ctx.SetCue(draft, cue, entry.Words);
            ctx.SetSpeaker(draft, speaker);
            draft.SubjectTokens = speaker;
            return draft;
        }
        return null;
    }

    /// <summary>A subject (a name, a determiner's phrase, a personal pronoun) and within a few words its verb, before any break.</summary>
    private static bool OpensMainClause(ExtractionContext ctx, int main, int sEnd)
    {
        var doc = ctx.Doc;
        if (main >= sEnd || doc.Tokens[main].Kind != TokenKind.Word) return false;
        var w = doc.Word(main);
        if (!FunctionWords.OpensSubject(w)) return false;
        // ("Ukrainian President Petro Poroshenko held …": a lower-case word right after a name is its verb.)
        return PhraseReader.VerbAfterSubject(ctx, main, sEnd, MaxSubjectTokens, cueWordsAreVerbs: true, wordAfterNameIsVerb: true) >= 0;
    }
}
