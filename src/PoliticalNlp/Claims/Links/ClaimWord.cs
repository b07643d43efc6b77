namespace PoliticalNlp.Claims.Links;

/// <summary>The classes of the claim-word lexicon (<c>Models/claimwords.tsv</c>): what a word tells about a claim or
/// about how one statement bears on another. A word may be in several classes.</summary>
[Flags]
internal enum ClaimWord
{
    None = 0,
    Negation = 1 << 0,
    Falsity = 1 << 1,
    ChargeNoun = 1 << 2,
    ClaimNoun = 1 << 3,
    Contrast = 1 << 4,
    Earlier = 1 << 5,
    Later = 1 << 6,
    Verdict = 1 << 7,
    Confirm = 1 << 8,
    Doubt = 1 << 9,
    Blame = 1 << 10,
    Future = 1 << 11,
    FirstPerson = 1 << 12,
    Conditional = 1 << 13,
    Danger = 1 << 14,
    Turnaround = 1 << 15,
    Deny = 1 << 16,
    Admit = 1 << 17,
    ThirdPerson = 1 << 18,
    Involvement = 1 << 19,

    /// <summary>Condemns another's conduct (<c>disgraceful</c>, <c>deceived</c>, <c>a sham</c>): an accusation whatever
    /// the cue. Read by the claim kind only, so the link features stay as the link model was trained.</summary>
    Condemnation = 1 << 20,

    /// <summary>A blame word that a plain report of violence also uses (<c>killed</c>, <c>attacked</c>): alone it makes
    /// no accusation (<c>two soldiers were killed by a roadside bomb</c>).</summary>
    Violence = 1 << 21,

    /// <summary>What a group claims for itself (<c>responsibility</c>, <c>credit</c>): <c>claimed responsibility for the
    /// attack</c> admits, it accuses no one.</summary>
    Credit = 1 << 22,

    /// <summary>Points back at something already said (<c>that</c>, <c>them</c>): a content that opens with it and calls
    /// it false (<c>called them a total fabrication</c>) denies. Read by the claim kind only.</summary>
    Anaphor = 1 << 23,

    /// <summary>What a denial says there is none of (<c>evidence</c>, <c>proof</c>): <c>there was no evidence linking
    /// them</c> denies. Read by the claim kind only.</summary>
    Evidence = 1 << 24,

    /// <summary>Disowns knowledge or a part by itself, with no negation word (<c>unaware</c>, <c>uninvolved</c>): a
    /// denial. Read by the claim kind only.</summary>
    Disavowal = 1 << 25,

    /// <summary>Opens a subordinate clause at a sentence's start (<c>while</c>, <c>although</c>, <c>if</c>): a claim
    /// reported inside it ends at the comma that closes it (<c>Although Smith said taxes would fall, the budget …</c>).
    /// Read by the content boundary only.</summary>
    Subordinator = 1 << 26,

    /// <summary>A sentence adverb that may stand between a speaker and the cue (<c>Mogherini, meanwhile, said</c>,
    /// <c>Trump instead urged</c>): no part of the speaker. Read by the speaker reading only.</summary>
    SentenceAdverb = 1 << 27,

    /// <summary>The modal of reported speech's future (<c>would</c>): <c>she said she would form a council</c> commits,
    /// but in a quotation it is a hypothetical (<c>“I would be surprised if …”</c>, <c>“I would love to …”</c>), no
    /// promise. Read by the claim kind only.</summary>
    Backshifted = 1 << 28,
}
