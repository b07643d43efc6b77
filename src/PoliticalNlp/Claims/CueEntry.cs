namespace PoliticalNlp.Claims;

/// <summary>One cue form's data: its stance class, lemma, the claim kind it signals and when it reports.</summary>
/// <param name="Class">The stance class.</param>
/// <param name="Lemma">The base form (<c>deny</c> for <c>denied</c>; the phrase's lemma for a phrase cue).</param>
/// <param name="Kind">The claim kind the cue alone signals.</param>
/// <param name="Flags">When the form reports.</param>
/// <param name="Words">How many tokens the cue spans (1, or a phrase's length).</param>
internal readonly record struct CueEntry(CueClass Class, string Lemma, ClaimKind Kind, CueFlags Flags, int Words);
