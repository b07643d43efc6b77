namespace PoliticalNlp.Claims;

/// <summary>Layout <c>The claims about X’s involvement were made in a book … by Philippe Sands</c>: a claim named by a
/// noun (<see cref="CueFlags.Nominal"/>), its content after the noun and its source after <c>by</c>.</summary>
internal static class NominalLayout
{
    public static ClaimDraft? TryRead(ExtractionContext ctx, int noun, int sEnd)
    {
        var doc = ctx.Doc;
        if (Possessive(ctx, noun, sEnd) is { } owned) return owned;
        if (noun == 0 || !doc.Is(noun - 1, "the") || !doc.Is(noun + 1, FunctionWords.IsNominalContentOpener)) return null;
        if (!ctx.Cues.IsNominal(doc, noun, out var entry)) return null;
        int contentFirst = doc.Is(noun + 1, "that") ? noun + 2 : noun + 1;
        int verb = contentFirst;
        while (verb < sEnd && verb - contentFirst < 30 && ctx.InQuote[verb] < 0 && !FunctionWords.IsFiniteVerb(doc.Word(verb))) verb++;
        if (verb >= sEnd || verb - contentFirst < 2 || !FunctionWords.IsFiniteVerb(doc.Word(verb))) return null;
        int by = verb + 1;
        while (by < sEnd && by - verb < 15 && !doc.Is(by, "by")) by++;
        if (by >= sEnd || !doc.Is(by, "by")) return null;
        var source = PhraseReader.NounPhrase(doc, by + 1, sEnd);
        if (source.Start < 0) return null;
        bool accusation = entry.Class == CueClass.Accuse || entry.Lemma == "claim";
        var draft = new ClaimDraft
        {
            Kind = accusation ? ClaimKind.Accusation : ClaimKind.Statement,
            CueClass = entry.Class,
            Layout = AttributionLayout.Nominal,
            SentenceIndex = doc.SentenceOf(noun),
        };
        ctx.SetContent(draft, contentFirst, verb - 1);
        ctx.SetCue(draft, noun);
        ctx.SetSpeaker(draft, doc.TrimToEntity(source.Start, source.End));
        return draft;
    }

    /// <summary>"Zimmer's claim that two members … made it clear …": the possessor is the source, the clause after "that"
    /// the content.</summary>
    private static ClaimDraft? Possessive(ExtractionContext ctx, int noun, int sEnd)
    {
        var doc = ctx.Doc;
        if (noun < 1 || !doc.Is(noun + 1, "that") || noun + 2 >= sEnd || !ctx.Cues.IsNominal(doc, noun, out var entry)) return null;
        int owner = noun - 1;
        if (doc.Word(owner) is "'s" or "’s") owner--;
        else if (!FunctionWords.IsPossessive(doc.Word(owner))) return null;
        if (owner < 0 || !doc.IsEntityToken(owner)) return null;
        var source = doc.TrimToEntity(Math.Max(0, owner - PhraseReader.MaxSpeakerTokens + 1), owner + 1, anyType: true);
        var draft = new ClaimDraft
        {
            Kind = entry.Class == CueClass.Accuse || entry.Lemma == "claim" ? ClaimKind.Accusation : ClaimKind.Statement,
            CueClass = entry.Class,
            Layout = AttributionLayout.Nominal,
            SentenceIndex = doc.SentenceOf(noun),
        };
        int last = ContentBoundary.End(ctx, noun + 2, sEnd, draft);
        if (last - (noun + 2) < 2) return null;
        ctx.SetContent(draft, noun + 2, last);
        ctx.SetCue(draft, noun);
        ctx.SetSpeaker(draft, source);
        return draft;
    }
}
