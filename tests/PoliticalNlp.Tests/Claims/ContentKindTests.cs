using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

/// <summary>The kind of a claim with a neutral cue, read from its content word by whole word.</summary>
public class ContentKindTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

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

    [Theory]
    [InlineData("the ministry's handling of the tender was disgraceful")]
    [InlineData("the council deceived the voters about the budget")]
    [InlineData("the inquiry is a sham and a ploy to delay the vote")]
    public void Condemning_anothers_conduct_accuses(string content) =>
        Assert.Equal(ClaimKind.Accusation, ContentKind.Refine(ClaimKind.Statement, content));

    [Theory]
    [InlineData("the shipments posed no threat to national security")]
    [InlineData("the plant is not a danger to the town")]
    public void A_danger_denied_warns_of_nothing(string content) =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, content));

    [Theory]
    [InlineData("I would be surprised if the council met before May")]
    [InlineData("we would love to see the ferry running again")]
    public void Would_in_a_quotation_is_a_hypothetical_not_a_promise(string content) =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, CueFlags.None, content, direct: true, PoliticalNlp.Claims.Links.ClaimWords.Embedded));

    [Fact]
    public void Would_in_reported_speech_is_the_speakers_commitment() =>
        Assert.Equal(ClaimKind.Promise, ContentKind.Refine(ClaimKind.Statement, CueFlags.None, "she would form a council to rebuild the port", direct: false, PoliticalNlp.Claims.Links.ClaimWords.Embedded));

    [Fact]
    public void Will_in_a_quotation_still_promises() =>
        Assert.Equal(ClaimKind.Promise, ContentKind.Refine(ClaimKind.Statement, CueFlags.None, "we will rebuild every school", direct: true, PoliticalNlp.Claims.Links.ClaimWords.Embedded));

    [Fact]
    public void A_quoted_hypothetical_is_a_statement_through_the_analyzer() =>
        Assert.Contains(Analyzer.Analyze("“I would be surprised if the council met before May,” Maria Petrova said.").Claims,
            c => c.Direct && c.Kind == ClaimKind.Statement && c.Content.Text.StartsWith("I would", StringComparison.Ordinal));

    [Fact]
    public void A_danger_denied_after_a_rebutting_cue_denies() =>
        Assert.Equal(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, CueFlags.Rebuts, "she does not pose a threat to anyone"));

    [Fact]
    public void A_question_put_to_someone_accuses() =>
        Assert.Equal(ClaimKind.Accusation, ContentKind.Refine(ClaimKind.Statement, "why did the mayor wait three weeks?"));

    [Theory]
    [InlineData("two soldiers were killed by a roadside bomb on Friday")]
    [InlineData("rebels attacked a checkpoint north of the town")]
    public void A_report_of_violence_alone_accuses_no_one(string content) =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, content));

    [Theory]
    [InlineData(ClaimKind.Statement)]
    [InlineData(ClaimKind.Accusation)]
    public void Claimed_responsibility_for_an_attack_admits(ClaimKind fromCue) =>
        Assert.Equal(ClaimKind.Admission, ContentKind.Refine(fromCue, "responsibility for the bombing of the depot"));

    [Fact]
    public void Responsibility_for_a_duty_is_no_blame() =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, "the governor has a major responsibility for keeping the roads open"));

    [Fact]
    public void Would_have_is_no_commitment() =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, "she would have voted for the bill"));

    [Theory]
    [InlineData("not guilty")]
    [InlineData("there was no collusion with the contractor")]
    [InlineData("them a total fabrication")]
    public void A_negated_charge_or_a_claim_called_false_denies(string content) =>
        Assert.Equal(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, content));

    [Fact]
    public void Naming_a_danger_warns() =>
        Assert.Equal(ClaimKind.Warning, ContentKind.Refine(ClaimKind.Statement, "any strike on the port would bring retaliation"));

    [Fact]
    public void A_cue_that_says_what_the_claim_does_is_never_overridden() =>
        Assert.Equal(ClaimKind.Admission, ContentKind.Refine(ClaimKind.Admission, "the reports were false"));

    [Theory]
    [InlineData("the agency was not told in advance")]
    [InlineData("the firm did not have to file the report")]
    public void A_rebutting_cue_with_its_content_negated_from_the_start_denies(string content) =>
        Assert.Equal(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, CueFlags.Rebuts, content));

    [Fact]
    public void A_plain_asserting_cue_with_a_negated_content_stays_a_statement() =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, CueFlags.None, "the firm did not have to file the report"));

    [Fact]
    public void Would_not_after_a_rebutting_cue_is_no_denial() =>
        Assert.NotEqual(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, CueFlags.Rebuts, "the union would not back down on the strike"));

    [Fact]
    public void A_negation_late_in_a_rebutting_cue_content_is_no_denial() =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, CueFlags.Rebuts, "the new budget keeps the old rates because the council could not agree"));

    [Theory]
    [InlineData("there was no evidence linking the aides to the payments")]
    [InlineData("he has seen no proof that the minister knew")]
    public void No_evidence_denies(string content) =>
        Assert.Equal(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, content));

    [Fact]
    public void Unaware_denies_with_no_negation_word() =>
        Assert.Equal(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, "he was unaware of the transfer"));

    [Fact]
    public void Evidence_that_is_not_negated_is_no_denial() =>
        Assert.Equal(ClaimKind.Statement, ContentKind.Refine(ClaimKind.Statement, "the evidence points to a gas leak"));

    [Fact]
    public void Insisted_with_a_negated_clause_denies_end_to_end()
    {
        var claims = new PoliticalTextAnalyzer().Analyze("The governor insisted she had not signed the order.").Claims;
        Assert.Single(claims);
        Assert.Equal(ClaimKind.Denial, claims[0].Kind);
    }

    [Theory]
    [InlineData("No.")]
    [InlineData("Absolutely not")]
    public void A_negation_alone_as_the_answer_denies(string content) =>
        Assert.Equal(ClaimKind.Denial, ContentKind.Refine(ClaimKind.Statement, content));
}
