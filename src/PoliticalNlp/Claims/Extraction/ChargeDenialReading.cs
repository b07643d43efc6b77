namespace PoliticalNlp.Claims;

/// <summary>
/// A denial whose object is the charge named before its subject (<c>…, charges he denied.</c>, <c>… – a charge it
/// denies</c>, <c>a charge Israel denied</c>; read sets t28, t32): the charge noun is the content.
/// </summary>
internal static class ChargeDenialReading
{
    /// <summary>True, with the draft filled in, when the deny cue at <paramref name="cue"/> has nothing after it and a
    /// charge or claim noun right before its subject.</summary>
    public static bool TryRead(ExtractionContext ctx, int cue, CueEntry entry, (int Start, int End) subject, int contentFirst, int sFirst, int sEnd, ClaimDraft draft)
    {
        var doc = ctx.Doc;
        // "…, charges he denied.", "… - a charge it denies": the denial's object is the charge named before its subject.
        // (The subject read may run back over the charge: "a charge it" – the pronoun alone is the subject then.)
        if (subject.Start > sFirst && contentFirst == cue + entry.Words
            && (contentFirst >= sEnd || doc.Tokens[contentFirst].Kind == TokenKind.Punctuation))
        {
            // ("a charge Israel denied": the subject read runs back over the charge; what follows the charge noun denies.)
            var denier = subject;
            for (int k = subject.Start; k + 1 < subject.End; k++)
                if ((Links.ClaimWords.Embedded.Of(doc.Word(k)) & (Links.ClaimWord.ChargeNoun | Links.ClaimWord.ClaimNoun)) != 0) denier = (k + 1, subject.End);
            if (ChargeBefore(ctx, denier.Item1, sFirst) is { Start: >= 0 } charge)
            {
                ctx.SetContent(draft, charge.Start, charge.End - 1);
                ctx.SetCue(draft, cue, entry.Words);
                ctx.SetSpeaker(draft, denier);
                return true;
            }
        }
        return false;
    }

    /// <summary>The charge or claim noun (with its determiner) right before a denial's subject: <c>charges</c> in <c>charges he
    /// denied</c>, <c>a charge</c> in <c>a charge it denies</c> (read sets t28, t32); (-1, -1) if none.</summary>
    private static (int Start, int End) ChargeBefore(ExtractionContext ctx, int subject, int sFirst)
    {
        var doc = ctx.Doc;
        int noun = subject - 1;
        if (noun < sFirst || ctx.InQuote[noun] >= 0 || doc.Tokens[noun].Kind != TokenKind.Word
            || (Links.ClaimWords.Embedded.Of(doc.Word(noun)) & (Links.ClaimWord.ChargeNoun | Links.ClaimWord.ClaimNoun)) == 0) return (-1, -1);
        int start = noun > sFirst && FunctionWords.IsDeterminer(doc.Word(noun - 1)) ? noun - 1 : noun;
        return (start, noun + 1);
    }
}
