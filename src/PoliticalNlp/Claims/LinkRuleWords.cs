using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims;

/// <summary>
/// The phrase lists the hand-written link rules (<see cref="ClaimLinker"/>) read, as data: read from the embedded
/// <c>linkrules.tsv</c> (<c>LIST\tENTRY</c> lines), one property a list. How each list is matched is the rule's
/// business and is documented in the file's header.
/// </summary>
internal sealed class LinkRuleWords : WordLists
{
    public const string ResourceName = "PoliticalNlp.Models.linkrules.tsv";

    /// <summary>The list names a file may use, in the order <see cref="WordLists.Write"/> writes them.</summary>
    public static readonly string[] ListNames =
        ["not-confirmed", "charge", "reversal", "doubt-cue", "confirmation-cue", "contrast-opener", "action-noun", "back-reference"];

    private static readonly Lazy<LinkRuleWords> s_embedded = new(() => WordListFile.ReadEmbedded(ResourceName, "link-rule lists", Read));


    private LinkRuleWords(string[][] lists)
        : base(ListNames, lists)
    {
    }

    /// <summary>The lists shipped in the package.</summary>
    public static LinkRuleWords Embedded => s_embedded.Value;

    /// <summary>Phrases by which the narration says a claim is unconfirmed (<c>could not be verified</c>).</summary>
    public string[] NotConfirmed => Lists[0];

    /// <summary>Phrases of a narrated charge against people another source vouches for (<c>charged with</c>).</summary>
    public string[] Charge => Lists[1];

    /// <summary>Phrases of a narrated change of position (<c>u-turn</c>).</summary>
    public string[] Reversal => Lists[2];

    /// <summary>Cue stems that question a claim rather than deny it.</summary>
    public string[] DoubtCues => Lists[3];

    /// <summary>Cue stems by which one source confirms another.</summary>
    public string[] ConfirmationCues => Lists[4];

    /// <summary>First words by which a sentence sets itself against the one before.</summary>
    public string[] ContrastOpeners => Lists[5];

    /// <summary>Noun stems of actions a denial can reject (a proposal, an offer) rather than a claim.</summary>
    public string[] ActionNouns => Lists[6];

    /// <summary>Noun stems that point back at an earlier claim (<c>the allegations</c>).</summary>
    public string[] BackReferences => Lists[7];

    /// <summary>Reads the text form: <c>LIST\tENTRY</c> lines; <c>#</c> starts a comment line; every list must be present.</summary>
    /// <exception cref="InvalidDataException">A line is malformed, names an unknown list, or a list has no entry.</exception>
    public static LinkRuleWords Read(TextReader reader) => new(WordListFile.Read(reader, ListNames, "link rules"));
}
