namespace PoliticalNlp.FuzzTests;

/// <summary>Failures that are known and owned elsewhere, so that the fuzz run reports them without failing CI.</summary>
internal static class KnownIssues
{
    /// <summary>
    /// Crashes, broken invariants and super-linear time inside the claims stage (src/PoliticalNlp/Claims) are being fixed
    /// on the claims branch (issue 12, points 1 and 3). Until it lands they are listed in the test output, not failed.
    /// Set this to false once it has: the fuzz run then fails on them like on any other stage.
    /// </summary>
    public const bool ClaimsStageFailuresTolerated = false;

    /// <summary>The reason for skipping a regression test of a claims-stage failure.</summary>
    public const string ClaimsStageSkip = "claims stage: fixed on the claims branch";
}
