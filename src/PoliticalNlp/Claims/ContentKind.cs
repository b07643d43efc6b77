using PoliticalNlp.Claims.Links;

namespace PoliticalNlp.Claims;

/// <summary>
/// The kind of a claim whose cue is neutral (<c>said</c>, <c>told</c>, a continued quote), read from what it says, word
/// by whole word through the claim-word classes (<c>Models/claimwords.tsv</c>; never substrings: <c>applied</c> holds
/// no lie, <c>brisk</c> no risk): a condition or a named danger warns (<c>If they don’t hold out, this wave will roll
/// over there</c>); a negated involvement, or something called false by name, denies (<c>played no part in</c>,
/// <c>the reports were false</c>, <c>them a total fabrication</c>), and so does a negated charge (<c>not guilty</c>,
/// <c>there was no collusion</c>), a negated evidence (<c>there was no evidence linking them</c>), a disavowal
/// (<c>he was unaware</c>), or a rebutting cue whose content is negated from the start (<c>insisted he was not
/// involved</c>, <c>contended it did not have to</c>; not <c>insisted it would not back down</c>, a commitment); blame or condemnation words, or a question put to someone, accuse (a report of
/// violence alone does not: <c>two soldiers were killed</c>); the speaker’s own future promises
/// (<c>she would form a council</c>, but not <c>she would have refused</c>); a danger negated warns of nothing (<c>posed no
/// threat</c>; after a rebutting cue it denies: <c>insists she does not pose a threat</c>). A cue that already says what the claim does
/// (<c>warned</c>, <c>denied</c>) is never overridden, except that a charge a group lays on itself
/// (<c>claimed responsibility for the attack</c>) admits.
/// </summary>
internal static class ContentKind
{
    /// <summary>How many words from the start the speaker's own modal may come (<c>we will</c>, <c>she said she would</c>).</summary>
    private const int CommitmentWindow = 3;

    /// <summary>
    /// How many words from the start a negation may come for a rebutting cue to deny (<c>insisted he was not
    /// involved</c>, <c>maintains they were not sanctioned</c>; later negations are inside the reasons given).
    /// </summary>
    private const int AssertedNegationWindow = 5;

    public static ClaimKind Refine(ClaimKind fromCue, ReadOnlySpan<char> content) => Refine(fromCue, CueFlags.None, content, ClaimWords.Embedded);

    public static ClaimKind Refine(ClaimKind fromCue, CueFlags cueFlags, ReadOnlySpan<char> content) => Refine(fromCue, cueFlags, content, ClaimWords.Embedded);

    public static ClaimKind Refine(ClaimKind fromCue, ReadOnlySpan<char> content, ClaimWords words) => Refine(fromCue, CueFlags.None, content, words);

    public static ClaimKind Refine(ClaimKind fromCue, CueFlags cueFlags, ReadOnlySpan<char> content, ClaimWords words) => Refine(fromCue, cueFlags, content, direct: false, words);

    /// <summary>The kind of a claim from its cue's kind and conditions and its content; <paramref name="direct"/> when the
    /// content is a quotation (<c>would</c> is then a hypothetical, not the reported future of a commitment).</summary>
    public static ClaimKind Refine(ClaimKind fromCue, CueFlags cueFlags, ReadOnlySpan<char> content, bool direct, ClaimWords words)
    {
        if (content.IsEmpty) return fromCue;
        if (fromCue is ClaimKind.Statement or ClaimKind.Accusation && OpensWithCredit(content, words)) return ClaimKind.Admission;
        if (fromCue != ClaimKind.Statement) return fromCue;
        var classes = ClaimWord.None;
        bool negated = false, opensWithCondition = false, subjectFirst = false, commitment = false, blame = false;
        bool opensWithAnaphor = false, negatedCharge = false, negatedEvidence = false, assertedNegation = false, futureSeen = false;
        bool namedDanger = false, deniedDanger = false;
        int index = 0, modalAt = -1, negationAt = -10;
        foreach (var (start, length) in ClaimProfile.Words(content))
        {
            var word = content.Slice(start, length);
            var c = words.Of(word);
            classes |= c;
            bool charge = (c & ClaimWord.Blame) != 0 && (c & (ClaimWord.Violence | ClaimWord.Credit)) == 0;
            if (charge) blame = true;
            // "not guilty", "no collusion", "never lied": the charge itself negated.
            if ((charge || (c & ClaimWord.Condemnation) != 0) && index - negationAt <= 2) negatedCharge = true;
            // "no evidence", "no proof of": what a denial says there is none of.
            if ((c & ClaimWord.Evidence) != 0 && index - negationAt <= 2) negatedEvidence = true;
            // "she doesn't pose a threat", "no risk to the public": a danger denied warns of nothing.
            if ((c & ClaimWord.Danger) != 0)
            {
                if (index - negationAt <= 3) deniedDanger = true;
                else namedDanger = true;
            }
            // "I never said that", "I did not say it": the speaker disowns a statement attributed to them.
            if (FunctionWords.IsSayForm(word) && index - negationAt <= 2) negatedEvidence = true;
            if (ClaimProfile.IsNegation(word))
            {
                negated = true;
                negationAt = index;
                // An asserting cue with its content negated from the start is a rebuttal ("insisted he was not
                // involved"); "would not" / "will not" is a commitment instead.
                if (index < AssertedNegationWindow && !futureSeen) assertedNegation = true;
            }
            if ((c & ClaimWord.Future) != 0) futureSeen = true;
            if (index == 0)
            {
                opensWithAnaphor = (c & ClaimWord.Anaphor) != 0;
                opensWithCondition = (c & ClaimWord.Conditional) != 0;
                subjectFirst = (c & (ClaimWord.FirstPerson | ClaimWord.ThirdPerson)) != 0;
            }
            else if (index <= CommitmentWindow && subjectFirst && !commitment && (c & ClaimWord.Future) != 0 && !(direct && (c & ClaimWord.Backshifted) != 0))
            {
                commitment = true;
                modalAt = index;
            }
            else if (index == modalAt + 1 && word.Equals("have", StringComparison.OrdinalIgnoreCase))
            {
                commitment = false; // "would have" is what might have been, not a commitment
            }
            index++;
        }
        if (opensWithCondition || namedDanger) return ClaimKind.Warning;
        if (deniedDanger && (cueFlags & CueFlags.Rebuts) != 0) return ClaimKind.Denial;
        if (negated && (classes & ClaimWord.Involvement) != 0) return ClaimKind.Denial;
        if ((classes & ClaimWord.Falsity) != 0 && ((classes & (ClaimWord.ClaimNoun | ClaimWord.ChargeNoun)) != 0 || opensWithAnaphor)) return ClaimKind.Denial;
        // "No.", "Never.": an answer that is a negation alone denies what was asked.
        if (index is > 0 and <= 2 && negated && negationAt == index - 1 && (classes & ~ClaimWord.Negation) == 0) return ClaimKind.Denial;
        if (negatedCharge || negatedEvidence || (classes & ClaimWord.Disavowal) != 0) return ClaimKind.Denial;
        if (assertedNegation && (cueFlags & CueFlags.Rebuts) != 0) return ClaimKind.Denial;
        if (blame || (classes & ClaimWord.Condemnation) != 0 || content.Contains('?')) return ClaimKind.Accusation;
        if (commitment) return ClaimKind.Promise;
        return ClaimKind.Statement;
    }

    /// <summary>True when the content's first word is a credit a group takes (<c>responsibility for the bombing</c>).</summary>
    private static bool OpensWithCredit(ReadOnlySpan<char> content, ClaimWords words)
    {
        foreach (var (start, length) in ClaimProfile.Words(content))
            return (words.Of(content.Slice(start, length)) & ClaimWord.Credit) != 0;
        return false;
    }
}
