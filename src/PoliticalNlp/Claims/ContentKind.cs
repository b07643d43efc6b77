using PoliticalNlp.Claims.Links;

namespace PoliticalNlp.Claims;

/// <summary>
/// The kind of a claim whose cue is neutral (<c>said</c>, <c>told</c>, a continued quote), read from what it says, word
/// by whole word through the claim-word classes (<c>Models/claimwords.tsv</c>; never substrings: <c>applied</c> holds
/// no lie, <c>brisk</c> no risk): a condition or a named danger warns (<c>If they don’t hold out, this wave will roll
/// over there</c>); a negated involvement, or something called false by name, denies (<c>played no part in</c>,
/// <c>the reports were false</c>); blame words accuse; the speaker’s own future promises
/// (<c>she would form a council</c>). A cue that already says what the claim does (<c>warned</c>, <c>denied</c>) is
/// never overridden.
/// </summary>
internal static class ContentKind
{
    /// <summary>How many words from the start the speaker's own modal may come (<c>we will</c>, <c>she said she would</c>).</summary>
    private const int CommitmentWindow = 3;

    public static ClaimKind Refine(ClaimKind fromCue, ReadOnlySpan<char> content) => Refine(fromCue, content, ClaimWords.Embedded);

    public static ClaimKind Refine(ClaimKind fromCue, ReadOnlySpan<char> content, ClaimWords words)
    {
        if (fromCue != ClaimKind.Statement || content.IsEmpty) return fromCue;
        var classes = ClaimWord.None;
        bool negated = false, opensWithCondition = false, subjectFirst = false, commitment = false;
        int index = 0;
        foreach (var (start, length) in ClaimProfile.Words(content))
        {
            var word = content.Slice(start, length);
            var c = words.Of(word);
            classes |= c;
            if (ClaimProfile.IsNegation(word)) negated = true;
            if (index == 0)
            {
                opensWithCondition = (c & ClaimWord.Conditional) != 0;
                subjectFirst = (c & (ClaimWord.FirstPerson | ClaimWord.ThirdPerson)) != 0;
            }
            else if (index <= CommitmentWindow && subjectFirst && (c & ClaimWord.Future) != 0)
            {
                commitment = true;
            }
            index++;
        }
        if (opensWithCondition || (classes & ClaimWord.Danger) != 0) return ClaimKind.Warning;
        if (negated && (classes & ClaimWord.Involvement) != 0) return ClaimKind.Denial;
        if ((classes & ClaimWord.Falsity) != 0 && (classes & (ClaimWord.ClaimNoun | ClaimWord.ChargeNoun)) != 0) return ClaimKind.Denial;
        if ((classes & ClaimWord.Blame) != 0) return ClaimKind.Accusation;
        if (commitment) return ClaimKind.Promise;
        return ClaimKind.Statement;
    }
}
