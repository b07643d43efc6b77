using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

/// <summary>The kind of a claim with a neutral cue, read from its content word by whole word.</summary>
public class ContentKindTests
{
    [Theory]
    [InlineData("the company applied for a permit in March")]       // "applied" holds "lied"
    [InlineData("trade was brisk at the border crossing")]           // "brisk" holds "risk"
    [InlineData("the billion-dollar budget passed the committee")]  // "billion" starts with "bill"
    public void Words_inside_other_words_change_nothing(string content) =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, content));

    [Theory]
    [InlineData("the reports were false", ClaimKind.Denial)]
    [InlineData("the allegations are baseless", ClaimKind.Denial)]
    [InlineData("he was not involved in the decision", ClaimKind.Denial)]
    [InlineData("the minister lied to parliament and broke the law illegally", ClaimKind.Accusation)]
    [InlineData("unless the talks resume, the ceasefire will collapse", ClaimKind.Warning)]
    [InlineData("we will rebuild every school", ClaimKind.Promise)]
    public void Kind_from_content_for_a_neutral_cue(string content, ClaimKind expected) =>
        Assert.Equal(expected, ContentKind.Refine(ClaimKind.Statement, content));

    [Fact]
    public void A_cue_that_says_what_the_claim_does_is_never_overridden() =>
        Assert.Equal(ClaimKind.Admission, ContentKind.Refine(ClaimKind.Admission, "the reports were false"));
}
