namespace PoliticalNlp.Tests.Claims;

public class ClaimTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();
    private static readonly AnalyzedDocument Seed = Analyzer.Analyze(TestData.SeedText, "seed");

    private static Claim ClaimStarting(string content) =>
        Seed.Claims.FirstOrDefault(c => c.Content.Text.StartsWith(content, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no claim starting '{content}'");

    [Fact]
    public void Reported_speech_after_a_cue()
    {
        var c = ClaimStarting("Russian counterpart Vladimir Putin had promised him");
        Assert.Equal("Alexander Lukashenko", c.Speaker?.Text);
        Assert.Equal("said", c.Cue?.Text);
        Assert.False(c.Direct);
    }

    [Fact]
    public void Direct_quote_with_cue_after_and_via()
    {
        var c = ClaimStarting("As far as military matters are concerned");
        Assert.True(c.Direct);
        Assert.Equal("Alexander Lukashenko", c.SpeakerCanonical);
        Assert.Equal("Belta", c.Via?.Text);
        Assert.EndsWith("that covers these incidents", c.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_speakers_resolve_to_the_person()
    {
        var c = ClaimStarting("So I had a long and thorough discussion");
        Assert.Equal("he", c.Speaker?.Text);
        Assert.Equal("Alexander Lukashenko", c.SpeakerCanonical);
    }

    [Fact]
    public void A_quote_continued_in_the_next_paragraph_keeps_the_speaker_without_a_cue()
    {
        var c = ClaimStarting("He and I agreed");
        Assert.Null(c.Cue);
        Assert.Equal("Alexander Lukashenko", c.SpeakerCanonical);
        Assert.True(c.Direct);
    }

    [Fact]
    public void Description_speaker_and_admission()
    {
        var c = ClaimStarting("he had voted for the president");
        Assert.Equal("The director of a factory", c.Speaker?.Text);
        Assert.Equal(ClaimKind.Admission, c.Kind);
    }

    [Fact]
    public void Two_cues_joined_by_and_said_are_two_claims()
    {
        ClaimStarting("the strikes were being organised by Belarus’s");
        var second = ClaimStarting("workers who participated should be fired");
        Assert.Equal("Alexander Lukashenko", second.SpeakerCanonical);
    }

    [Fact]
    public void Accusation_kind_from_the_cue()
    {
        Assert.Contains(Seed.Claims, c => c.Kind == ClaimKind.Accusation && c.Cue?.Text == "accused");
    }

    [Fact]
    public void Not_confirmed_link_for_the_security_assistance_claim()
    {
        var link = Assert.Single(Seed.Links, l => l.Kind == LinkKind.NotConfirmed);
        Assert.StartsWith("There was no immediate confirmation", link.ToSpan?.Text, StringComparison.Ordinal);
        var from = Seed.Claims.Single(c => c.Id == link.From);
        Assert.Contains("security assistance", from.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_confirmed_link_starts_from_the_original_claim_not_the_headline()
    {
        var link = Assert.Single(Seed.Links, l => l.Kind == LinkKind.NotConfirmed);
        var from = Seed.Claims.Single(c => c.Id == link.From);
        Assert.StartsWith("Russian counterpart Vladimir Putin had promised him", from.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradiction_between_russias_account_of_the_mercenaries_and_the_belarusian_charge()
    {
        // The learned link model may propose other contradictions in the seed (it is a dev article, not a fit
        // target); what must hold is that Russia's account is set against the Belarusian charge.
        var from = Seed.Claims.Single(c => c.SpeakerCanonical == "Russia"
            && c.Content.Text.Contains("mercenaries were taking advantage", StringComparison.Ordinal));
        Assert.Contains(Seed.Links, l => l.Kind == LinkKind.Contradiction && l.From == from.Id
            && l.ToSpan is { } span && span.Text.Contains("charging them with planning terrorist attacks", StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinated_cue_before_a_quote_keeps_the_sentence_subject()
    {
        var claim = ClaimStarting("“elements of foreign interference” were directing them");
        Assert.Equal("Alexander Lukashenko", claim.SpeakerCanonical);
        Assert.False(claim.Direct);
    }

    [Fact]
    public void Cue_inside_reported_content_is_not_a_claim_of_its_own()
    {
        Assert.DoesNotContain(Seed.Claims, c => c.Cue?.Text == "promised" && c.SpeakerCanonical == "Vladimir Putin");
    }

    [Fact]
    public void Denial_joins_the_assertion_it_rejects_and_the_negated_elaboration_that_follows()
    {
        var doc = Analyzer.Analyze(
            "During the congress, North Korean leader Kim Jong-Un declared his country was a nuclear state. " +
            "Kim said he is willing to consider normalizing ties with countries that have been hostile to North Korea in the past.\n\n" +
            "South Korea’s Defense Ministry rejected Kim’s assertion that North Korea is a nuclear power.\n\n" +
            "“It is a consistent position of us and the international community that we do not recognize North Korea as a nuclear state,” said a defense ministry spokesman.");
        var declared = doc.Claims.Single(c => c.Cue?.Text == "declared");
        var rejected = doc.Claims.Single(c => c.Cue?.Text == "rejected");
        var elaboration = doc.Claims.Single(c => c.Content.Text.Contains("we do not recognize", StringComparison.Ordinal));
        var denials = doc.Links.Where(l => l.Kind == LinkKind.Denial).ToList();
        Assert.Contains(denials, l => l.From == declared.Id && l.To == rejected.Id);
        Assert.Contains(denials, l => l.From == declared.Id && l.To == elaboration.Id);
    }

    [Theory]
    [InlineData("If Belarusians don’t hold out, this wave will roll over there.", ClaimKind.Warning)]
    [InlineData("she would form a co-ordination council from exile", ClaimKind.Promise)]
    [InlineData("the strikes were being organised by Belarus’s “enemies”", ClaimKind.Accusation)]
    public void Neutral_cues_take_their_kind_from_the_content(string content, ClaimKind kind) =>
        Assert.Equal(kind, ClaimStarting(content).Kind);

    [Fact]
    public void A_confirmation_by_another_source_supports_the_claim()
    {
        var doc = Analyzer.Analyze("The Defence Ministry said 40 soldiers were killed in the attack on the border post. " +
            "A hospital director, Hugh Hill, confirmed that 40 soldiers were killed in the attack.");
        var support = Assert.Single(doc.Links, l => l.Kind == LinkKind.Support);
        // One direction for every kind: from = the claim answered (here confirmed), to = the claim that answers it.
        Assert.Equal("Defence Ministry", doc.Claims.Single(c => c.Id == support.From).SpeakerCanonical);
        Assert.Equal("Hugh Hill", doc.Claims.Single(c => c.Id == support.To).SpeakerCanonical);
    }

    [Fact]
    public void Denial_of_these_allegations_answers_the_other_sides_latest_claim()
    {
        var doc = Analyzer.Analyze("Valeska Paris claims she was kept on the ship for twelve years. The Church denied these allegations.");
        var denial = Assert.Single(doc.Links, l => l.Kind == LinkKind.Denial);
        var ends = new[] { denial.From, denial.To }.Select(id => doc.Claims.Single(c => c.Id == id).Cue?.Text).ToArray();
        Assert.Contains("claims", ends);
        Assert.Contains("denied", ends);
    }

    [Fact]
    public void She_and_he_resolve_to_the_latest_speaker_their_given_name_allows()
    {
        var doc = Analyzer.Analyze("Angela Merkel said the talks had failed. Emmanuel Macron said the talks would resume on Monday. " +
            "She added that Germany would not change its position. He said France was ready.");
        Assert.Equal("Angela Merkel", doc.Claims.Single(c => c.Speaker?.Text == "She").SpeakerCanonical);
        Assert.Equal("Emmanuel Macron", doc.Claims.Single(c => c.Speaker?.Text == "He").SpeakerCanonical);
    }

    [Fact]
    public void A_colon_after_a_name_introduces_a_quote()
    {
        var doc = Analyzer.Analyze("Maria Petrova spoke to the crowd.\n\nPetrova: “Nobody will be punished for speaking.”");
        var claim = Assert.Single(doc.Claims, c => c.Content.Text.StartsWith("Nobody", StringComparison.Ordinal));
        Assert.Equal(":", claim.Cue?.Text);
        Assert.Equal("Maria Petrova", claim.SpeakerCanonical);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void A_quotation_over_paragraphs_attributed_at_its_end_belongs_to_that_speaker()
    {
        var doc = Analyzer.Analyze("The president accused the enemies of the state.\n\n“The first paragraph of a long statement.\n\n" +
            "“The second paragraph goes on without closing the first.\n\n“And the third ends it,” Maria Petrova said.");
        Assert.Equal(3, doc.Claims.Count(c => c.SpeakerCanonical == "Maria Petrova"));
        Assert.Equal(2, doc.Claims.Count(c => c.Cue is null && c.SpeakerCanonical == "Maria Petrova"));
    }

    [Fact]
    public void Links_point_at_existing_claims()
    {
        var ids = Seed.Claims.Select(c => c.Id).ToHashSet();
        Assert.All(Seed.Links, l =>
        {
            Assert.Contains(l.From, ids);
            Assert.True(l.To is null ? l.ToSpan is not null : ids.Contains(l.To));
        });
    }

    [Fact]
    public void Article_without_claims_gives_none()
    {
        var doc = Analyzer.Analyze("The river rose overnight. Roads were closed across the valley.");
        Assert.Empty(doc.Claims);
        Assert.Empty(doc.Links);
    }

    [Fact]
    public void Hostile_input_is_handled_without_exceptions_and_with_valid_offsets()
    {
        var rng = new Random(3);
        string quotes = string.Concat(Enumerable.Range(0, 500).Select(i => i % 3 == 0 ? "“" : i % 3 == 1 ? "\" said he " : "”"));
        string longParagraph = string.Concat(Enumerable.Repeat("Officials said the talks would continue and Mr Smith added “more”, ", 3000));
        string surrogates = "He said \uD800 that \uDC00 Russia “denied \uD83D it” " + new string('\uDFFF', 5);
        foreach (var text in new[] { quotes, longParagraph, surrogates })
        {
            var doc = Analyzer.Analyze(text);
            Assert.Equal(doc.ToJson(), Analyzer.Analyze(text).ToJson());
            foreach (var c in doc.Claims)
            {
                Assert.Equal(text[c.Content.Start..c.Content.End], c.Content.Text);
                if (c.Speaker is { } s) Assert.Equal(text[s.Start..s.End], s.Text);
            }
        }
    }
}
