namespace PoliticalNlp.Claims;

/// <summary>Conditions under which a cue word reports (compiled with the word into the cue resource).</summary>
[Flags]
internal enum CueFlags
{
    /// <summary>A cue wherever the general checks allow.</summary>
    None = 0,

    /// <summary>Reports only with a clause or quote after it (<c>maintained a majority</c> reports nothing).</summary>
    NeedsClause = 1,

    /// <summary>A cue only in verb position, not after a determiner (<c>the point out</c>).</summary>
    VerbPosition = 2,

    /// <summary>More often a noun: a cue only after a name or pronoun and before its clause (<c>Smith claims that</c>).</summary>
    Ambiguous = 4,

    /// <summary>A noun that names a claim (<c>the allegations that …</c>).</summary>
    Nominal = 8,

    /// <summary>Not a verb cue at all (a noun only).</summary>
    NounOnly = 16,

    /// <summary>Reports only with a clause, a quote or <c>to</c> + verb after it (<c>threatened to resign</c>).</summary>
    Infinitive = 32,

    /// <summary>A naming verb: reports only when it names its object as something (<c>called the deal a “mistake”</c>).</summary>
    Naming = 64,

    /// <summary>Holds a position against another (<c>insisted</c>, <c>maintained</c>, <c>contended</c>): with its
    /// content negated from the start it denies (<c>insisted he was not involved</c>). Read by the claim kind only.</summary>
    Rebuts = 128,
    /// <summary>A request verb: reports only what it asks for, <c>that</c> and a clause or an object then <c>to</c> and a
    /// verb (<c>asked the court to dismiss the charge</c>); <c>asked about</c>, <c>asked whether</c> put a question, and
    /// <c>when asked to</c>, <c>Asked to comment, …</c> are said of the one asked.</summary>
    Request = 256,
    /// <summary>A verb that names its object as something only with <c>as</c>: reports only then (<c>sees the deal as a
    /// betrayal</c>, <c>portrayed the vote as a victory</c>; not <c>saw prices fall</c>, <c>cast as many votes as</c>).</summary>
    NamingAs = 512,
    /// <summary>A verb of findings (<c>found</c>, <c>shows</c>): after a poll, study or document it reports its object
    /// without a clause (<c>a CNN survey found 90 percent support</c>, <c>the disclosure shows millions in income</c>).
    /// Without <see cref="NeedsClause"/> it is a cue only there or before <c>that</c> (<c>polls show</c>, not <c>the TV
    /// show</c>).</summary>
    Finding = 1024,
    /// <summary>A reading verb (<c>reads</c>, <c>read</c>): reports only the words of a text, a cue only when a letter, sign or
    /// message (or <c>it</c>) is its subject just before it, or follows it after a comma or quote (<c>“…,” read the
    /// sign</c>); not <c>Trump read the words he had come to deliver</c>.</summary>
    Written = 2048,
    /// <summary>A present participle that is also a noun or adjective (<c>warning</c>, <c>ruling</c>, <c>finding</c>): a cue
    /// only after a comma, a coordinator or a form of <c>be</c> of the <c>passive-auxiliary</c> list (<c>…, warning that
    /// …</c>, <c>and warning that …</c>, <c>have been warning that …</c>; not <c>a stark warning that …</c>, <c>the ruling
    /// party</c>), and never a verb to the phrase readers (<see cref="CueLexicon.TryGetKind"/>).</summary>
    Participle = 4096,
}
