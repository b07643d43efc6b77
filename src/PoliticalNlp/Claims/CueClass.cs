namespace PoliticalNlp.Claims;

/// <summary>The stance a cue word takes towards what it reports (the classes of the reporting-verb list).</summary>
internal enum CueClass
{
    /// <summary><c>said</c>, <c>told</c>, <c>added</c>: reports without taking a stance.</summary>
    Neutral,

    /// <summary><c>insisted</c>, <c>argued</c>, <c>stressed</c>.</summary>
    Assert,

    /// <summary><c>confirmed</c>, <c>admitted</c>, <c>acknowledged</c>.</summary>
    Confirm,

    /// <summary><c>denied</c>, <c>rejected</c>, <c>dismissed</c>.</summary>
    Deny,

    /// <summary><c>accused</c>, <c>blamed</c>, <c>alleged</c>.</summary>
    Accuse,

    /// <summary><c>warned</c>, <c>predicted</c>, <c>cautioned</c>.</summary>
    Warn,

    /// <summary><c>promised</c>, <c>pledged</c>, <c>vowed</c>.</summary>
    Commit,

    /// <summary><c>urged</c>, <c>demanded</c>, <c>called for</c>.</summary>
    Request,

    /// <summary><c>believes</c>, <c>suspects</c>, <c>concluded</c>.</summary>
    Believe,

    /// <summary><c>testified</c>, <c>tweeted</c>.</summary>
    Testify,

    /// <summary><c>questioned</c>, <c>doubted</c>, <c>cast doubt on</c>.</summary>
    Question,
}
