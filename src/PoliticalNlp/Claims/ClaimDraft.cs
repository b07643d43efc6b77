namespace PoliticalNlp.Claims;

/// <summary>A claim while it is being found: offsets of its parts (-1 when absent), what the cue signals, and where it
/// came from; <see cref="ClaimExtractor"/> turns drafts into immutable <see cref="Claim"/>s.</summary>
internal sealed class ClaimDraft
{
    public int ContentStart, ContentEnd; // character offsets
    public int SpeakerStart = -1, SpeakerEnd = -1;
    public int CueStart = -1, CueEnd = -1;
    public int ViaStart = -1, ViaEnd = -1;
    public string? Canonical;
    /// <summary>The side the link model reads: the canonical name, or the place a description names (<c>the senator from
    /// Ohio</c>), which the spec keeps out of the canonical name.</summary>
    public string? Side;
    public ClaimKind Kind;
    public bool Direct;
    public int CueToken = -1;
    /// <summary>The <c>according</c> token of the via the content boundary found (<c>…, according to Belta</c>), or -1:
    /// it reports no claim of its own once this claim is kept, and may when this claim is not.</summary>
    public int ViaCueToken = -1;
    public int SentenceIndex = -1;
    public ClaimDraft? ContinuationOf;
    public (int Start, int End) SubjectTokens = (-1, -1);
    public bool Duplicate;

    /// <summary>The speaker is a text a reading verb quotes, named by a pronoun (<c>“…,” it read</c>): no entity, though
    /// <c>it</c> would otherwise resolve to the last one named.</summary>
    public bool SpeakerIsText;

    /// <summary>Token ranges [Start, End) of the content and speaker, or (-1, -1).</summary>
    public (int Start, int End) ContentTokens = (-1, -1), SpeakerTokens = (-1, -1);

    /// <summary>The layout that produced the claim and the cue's stance class (the explain trace).</summary>
    public AttributionLayout Layout;
    public CueClass CueClass;
}
