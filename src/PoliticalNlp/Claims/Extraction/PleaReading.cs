namespace PoliticalNlp.Claims;

/// <summary>
/// Pleas (<c>pleaded not guilty to all the charges</c>, <c>pleaded guilty to making false statements</c>): a not-guilty
/// plea is a denial whose content is the plea and the charges pleaded to; a guilty plea admits what follows <c>to</c>
/// (read sets t24, t34; PolNeAR train's pleas).
/// </summary>
internal static class PleaReading
{
    /// <summary>The last token of the plea's content starting at <paramref name="contentFirst"/> (moved past <c>guilty to</c>
    /// for a guilty plea); below <paramref name="contentFirst"/> when there is no plea. Makes a guilty plea an Admission.</summary>
    public static int End(ExtractionContext ctx, ClaimDraft draft, ref int contentFirst, int sEnd)
    {
        var doc = ctx.Doc;
        int contentLast = Plea(doc, contentFirst, sEnd);
        // A guilty plea admits the charge (t24); the charges pleaded to are part of a not-guilty plea, and what a guilty
        // plea admits is its content.
        if (contentLast >= contentFirst && !doc.Is(contentFirst, "not")) draft.Kind = ClaimKind.Admission;
        if (contentLast >= contentFirst && contentLast + 2 < sEnd && doc.Is(contentLast + 1, "to")
            && doc.Tokens[contentLast + 2].Kind is TokenKind.Word or TokenKind.Number)
        {
            if (!doc.Is(contentFirst, "not")) contentFirst = contentLast + 2;
            contentLast = ContentBoundary.End(ctx, contentLast + 2, sEnd, draft);
        }
        return contentLast;
    }

    /// <summary>"pleaded not guilty Wednesday to 30 counts": the plea alone is the content (its last token), or none.</summary>
    private static int Plea(DocumentView doc, int first, int sEnd)
    {
        for (int k = first; k < sEnd && k < first + 3; k++)
            if (doc.Is(k, "guilty")) return k;
        return first - 1;
    }
}
