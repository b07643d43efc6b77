namespace PoliticalNlp.Claims;

/// <summary>The sentence shape that attributed a claim (the explain trace says which one produced each claim).</summary>
internal enum AttributionLayout
{
    /// <summary>No layout (a quotation continuing the claim before it).</summary>
    None,

    /// <summary><c>“…,” the minister said.</c> / <c>“…,” said the minister.</c></summary>
    QuoteThenCue,

    /// <summary><c>“…,” the minister continued.</c>: a quote attributed by a past verb the cue list does not hold.</summary>
    QuoteThenVerb,

    /// <summary><c>The minister said: “…”</c> / <c>The minister said “…” were …</c></summary>
    CueThenQuote,

    /// <summary><c>Petrova: “…”</c></summary>
    Colon,

    /// <summary><c>The minister welcomed the move on Twitter: “…”</c>: a clause whose verb the cue list does not hold, then a
    /// colon and the quote.</summary>
    ClauseColon,

    /// <summary><c>The minister said (that) …</c></summary>
    SpeakerCueContent,

    /// <summary><c>The plan will fail, the minister said.</c> / <c>The plan, she said, will fail.</c></summary>
    ContentThenCue,

    /// <summary><c>The plan, she said, was never funded.</c>: an attribution inside one clause, the content its predicate after it.</summary>
    Interrupted,

    /// <summary><c>Specifically, the court said, he should …</c>: the attribution set off by commas, the content after it.</summary>
    MidSentence,

    /// <summary><c>…, saying …</c> / <c>…, adding that …</c>: the sentence's subject speaks through a participle.</summary>
    Participial,

    /// <summary><c>Declaring that the border was closed, the minister ordered …</c>: a participle opening the sentence; the
    /// main clause's subject speaks.</summary>
    OpeningParticiple,

    /// <summary><c>… and said …</c>: a cue coordinated with the clause before shares its subject.</summary>
    Coordinated,

    /// <summary><c>According to X, …</c> / <c>…, according to X.</c></summary>
    AccordingTo,

    /// <summary><c>The claims that … were made by X.</c></summary>
    Nominal,

    /// <summary><c>He is accused of …</c>: a charge in the passive, no speaker.</summary>
    PassiveAccusation,

    /// <summary>A quotation continued from the claim before it, without a cue.</summary>
    Continuation,

    /// <summary><c>“…” — Ann Lee</c>: a quotation opening its paragraph, then a dash and its source.</summary>
    DashAfterQuote,
}
