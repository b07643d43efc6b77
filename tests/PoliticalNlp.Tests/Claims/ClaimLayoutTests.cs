using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

/// <summary>
/// One short invented sentence per attribution layout and per failure shape of issue 8: each layout produces its claim
/// (the explain trace names it), contents end where the next attribution begins, and non-reporting uses make no claim.
/// </summary>
public class ClaimLayoutTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    private static Claim Single(string text)
    {
        var claims = Analyzer.Analyze(text).Claims;
        Assert.True(claims.Length == 1, $"expected one claim, got: {string.Join(" | ", claims.Select(c => c.Explain + " " + c.Content.Text))}");
        return claims[0];
    }

    [Theory]
    [InlineData("“The border will stay closed,” the minister said.", "The border will stay closed", "said", "QuoteThenCue")]
    [InlineData("Maria Petrova said: “We will not give up the fight.”", "We will not give up the fight.", "said", "CueThenQuote")]
    [InlineData("The ministry said the talks had failed.", "the talks had failed", "said", "SpeakerCueContent")]
    [InlineData("The talks had failed, the ministry said.", "The talks had failed", "said", "ContentThenCue")]
    [InlineData("According to the ministry, the talks had failed.", "the talks had failed", "According to", "AccordingTo")]
    [InlineData("The talks had failed, according to the ministry.", "The talks had failed", "according to", "AccordingTo")]
    [InlineData("The claims that the mayor took bribes were made in a report by John Smith.", "the mayor took bribes", "claims", "Nominal")]
    [InlineData("Specifically, the court said, the mayor should get the protection of the law.", "the mayor should get the protection of the law", "said", "MidSentence")]
    public void Each_layout_produces_its_claim(string text, string content, string cue, string layout)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(layout, claim.Layout.ToString());
        Assert.StartsWith(layout, claim.Explain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The new plan, she said, was never funded by the council.", "was never funded by the council", "she")]
    [InlineData("The tax cut, said the minister, will pay for itself.", "will pay for itself", "the minister")]
    [InlineData("The new plan, the aide told them, was never funded.", "was never funded", "the aide")]
    [InlineData("The new plan, according to the aide, was never funded.", "was never funded", "the aide")]
    public void Attribution_inside_one_clause_reads_the_predicate_after_it(string text, string content, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(AttributionLayout.Interrupted, claim.Layout);
    }

    [Theory]
    [InlineData("Based on their long talks, the mayor added, the deal would need to cover four topics.", "the deal would need to cover four topics")]
    [InlineData("In the end, according to his aides, the mayor wants to run again.", "the mayor wants to run again")]
    public void Attribution_after_an_opening_adjunct_reads_the_content_after_it(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Maria Petrova: Council Decision Defies Explanation\n\nThe vote was held on Tuesday.", "Maria Petrova", "Council Decision Defies Explanation")]
    [InlineData("MARIA PETROVA: The closures also make clear how much work is left.\n\nThe hearing ended at noon.", "MARIA PETROVA", "The closures also make clear how much work is left")]
    [InlineData("Sen. Maria Petrova: Council Decision Defies Explanation\n\nThe vote was held on Tuesday.", "Maria Petrova", "Council Decision Defies Explanation")]
    [InlineData("Hacker Maria Petrova: Council Server Was Wide Open\n\nThe vote was held on Tuesday.", "Maria Petrova", "Council Server Was Wide Open")]
    public void Person_before_an_unquoted_colon_at_a_paragraph_start_is_a_colon_claim(string text, string speaker, string content)
    {
        var claim = Analyzer.Analyze(text).Claims.Single(c => c.Layout == AttributionLayout.Colon);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(":", claim.Cue?.Text);
    }

    [Theory]
    [InlineData("The mayor went on to say that the plant would close in May.", "The mayor", "went on to say", "the plant would close in May")]
    [InlineData("She goes on to say the council has no money left.", "She", "goes on to say", "the council has no money left")]
    public void Went_on_to_say_is_one_cue_for_the_content_after_it(string text, string speaker, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Update: The council voted on Tuesday to close the plant.")]
    [InlineData("The mayor named one goal: Better schools for every district.")]
    [InlineData("Big Win For Maria Petrova: Council Drops The Plan\n\nThe vote was held on Tuesday.")]
    [InlineData("Council Chair On Maria Petrova: A Fine Choice For The Post\n\nThe vote was held on Tuesday.")]
    public void Colon_after_no_person_or_mid_sentence_is_no_colon_claim(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Layout == AttributionLayout.Colon);

    [Fact]
    public void Participle_before_a_second_quote_shares_the_speaker_of_the_attribution_before_it()
    {
        var claims = Analyzer.Analyze("“The water was dirty,” she said, adding, “There would have been action in a richer town.”").Claims;
        var added = claims.Single(c => c.Cue?.Text == "adding");
        Assert.Equal("she", added.Speaker?.Text);
        Assert.Equal("There would have been action in a richer town.", added.Content.Text);
    }

    [Theory]
    [InlineData("She said, the plan would fail.", "the plan would fail")]
    [InlineData("But she said, if elected, she would ask the senator to lead the panel.", "if elected, she would ask the senator to lead the panel")]
    [InlineData("The plan would fail, she said, the minister agreed.", "The plan would fail")]
    public void Comma_after_the_cue_of_a_sentence_opening_speaker_leads_to_the_content(string text, string content)
    {
        var claim = Analyzer.Analyze(text).Claims.First(c => c.Cue?.Text == "said");
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("The ministry denies it built the weapon, but the treaty sought to prevent that.", "denies", "it built the weapon")]
    [InlineData("The army insisted the border was calm, but the villagers were fleeing the shelling.", "insisted", "the border was calm")]
    [InlineData("The minister said the talks had failed, but they would try again next week.", "said", "the talks had failed, but they would try again next week")]
    public void Contrast_with_its_own_subject_after_a_stance_cue_is_the_writers(string text, string cue, string content)
    {
        var claim = Analyzer.Analyze(text).Claims.Single(c => c.Cue?.Text == cue);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("The mayor called the plan “absurd” and left it unclear what would happen next.", "the plan “absurd”")]
    [InlineData("The mayor called him a liar and a cheat.", "him a liar and a cheat")]
    public void Naming_cue_content_ends_before_the_speakers_next_act(string text, string content) =>
        Assert.Equal(content, Analyzer.Analyze(text).Claims.Single(c => c.Cue?.Text == "called").Content.Text);

    [Fact]
    public void Relative_clause_after_an_adjunct_and_attribution_is_no_content_of_its_own()
    {
        var claims = Analyzer.Analyze("At the hearing, she told the judge, who was presiding over the case, that the couple had no money.").Claims;
        Assert.DoesNotContain(claims, c => c.Content.Text.StartsWith("who", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sen. Tom Brown (R-Ky.) said the tax plan would give money to banks.", "Tom Brown")]
    [InlineData("Ann Lee (who has 25 delegates so far) said the race is still open.", "Ann Lee")]
    [InlineData("Kelly said she asked for the meeting.", "Kelly")]
    public void Parenthesis_or_capitalised_ly_name_between_speaker_and_cue_keeps_the_claim(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(AttributionLayout.SpeakerCueContent, claim.Layout);
    }

    [Theory]
    [InlineData("The campaign backtracked, putting out a statement contradicting the earlier remark.", "The campaign")]
    [InlineData("The mayor gave an interview on Monday, in which he said the plan would fail.", "he")]
    [InlineData("Ann Lee, 58, who lives outside the city, says she did not know much about the plan.", "Ann Lee")]
    [InlineData("Tom Hale, meanwhile, who has no such backing, said the race was open.", "Tom Hale")]
    [InlineData("PARIS (AP) — The party leader, Marine Lee, voiced support for the candidate on Wednesday, saying the rival would lose.", "Lee")]
    public void Speaker_past_a_participle_after_a_verb_a_relative_after_a_preposition_an_age_or_a_dateline(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Speaking at a rally in Dover, Ohio, Tom Hale attacked the plan, calling it a fraud.", "Tom Hale")]
    [InlineData("In a long speech in the city hall on Monday night, Ann Lee struck a calm tone, saying she would serve.", "Ann Lee")]
    [InlineData("Amid calls from some members to quit the committee, Tom Hale stayed on, arguing that the panel was needed.", "Tom Hale")]
    public void Participle_cue_speaker_is_the_subject_after_an_opening_participle_or_preposition(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Ann Lee, at a meeting in Dover, Ohio, said the plant would close.", "Ann Lee")]
    [InlineData("Tom Hale, whose home town, Dover, is often flooded, argues that the levee is too low.", "Tom Hale")]
    [InlineData("Ann Lee, the editor of the city's paper, the Dover Star, said the paper would be sold.", "Ann Lee")]
    [InlineData("Of the mayor, Tom Hale, who backs the rival, said the mayor had failed.", "Tom Hale")]
    public void Speaker_opening_the_sentence_before_a_chain_of_comma_phrases_is_no_place_in_them(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Ann Lee last week said the plant would close.", "Ann Lee")]
    [InlineData("Tom Hale, the party chairman, this past week announced that the vote would be held in May.", "Tom Hale")]
    [InlineData("Union leaders even insist that the plant will stay open.", "Union leaders")]
    [InlineData("Sen. Ann Lee (R-Ohio) Sunday said the bill was dead.", "Ann Lee")]
    public void Time_phrase_or_adverb_between_speaker_and_cue_is_no_speaker(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("After saying he was nervous about the vote, the farmer asked for a recount.", "the farmer")]
    [InlineData("Since announcing in May that he would retire, Tom Hale has backed the mayor.", "Tom Hale")]
    [InlineData("Ann Lee, after initially saying she would not run, joined the race.", "Ann Lee")]
    public void Participle_cue_after_a_subordinator_speaks_for_the_main_clause_subject(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Eight years ago, Tom Hale backed the mayor and said the city needed him.", "Tom Hale")]
    [InlineData("Instead, Ann Lee was back on the road, pledging to cut taxes.", "Ann Lee")]
    [InlineData("The day before, Tom Hale was just as blunt, claiming the vote was rigged.", "Tom Hale")]
    public void Opening_time_phrase_or_sentence_adverb_is_no_speaker(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("“Why is he attacking me?” Tom Hale said.", "Why is he attacking me?", "Tom Hale")]
    [InlineData("“We will win this!” Ann Lee told the crowd.", "We will win this!", "Ann Lee")]
    public void Question_or_exclamation_quote_before_a_capitalised_speaker_is_attributed(string text, string content, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(AttributionLayout.QuoteThenCue, claim.Layout);
    }

    [Fact]
    public void Speaker_with_a_long_of_phrase_between_quote_and_cue_is_the_name()
    {
        var claim = Single("“The test would be a stretch for them,” Ann Lee of the Dover Center for Arms Control and Security Studies wrote.");
        Assert.Equal("Ann Lee", claim.Speaker?.Text);
        Assert.Equal("wrote", claim.Cue?.Text);
    }

    [Fact]
    public void Speaker_with_a_party_parenthesis_between_quote_and_cue_is_the_name()
    {
        var claim = Single("“The inquiry has to go on,” Sen. Ann Lee (D., Del.) said on Sunday.");
        Assert.Equal("Ann Lee", claim.Speaker?.Text);
        Assert.Equal("The inquiry has to go on", claim.Content.Text);
    }

    [Fact]
    public void Speaker_with_a_relative_clause_holding_commas_between_quote_and_cue_is_the_name()
    {
        var claim = Single("“The census change will cost millions,” Ann Lee, who chairs the Trade, Justice and Science Subcommittee, said in a statement.");
        Assert.Equal("Ann Lee", claim.Speaker?.Text);
        Assert.Equal("said", claim.Cue?.Text);
    }

    [Fact]
    public void Of_phrase_after_a_description_is_no_name_between_quote_and_cue()
    {
        var claims = Analyzer.Analyze("“The resolution is misguided,” the statement from the Office of Budget Planning on the policy said.").Claims;
        Assert.DoesNotContain(claims, c => c.Speaker?.Text == "Office");
    }

    [Fact]
    public void Question_quote_after_a_colon_keeps_its_speaker_before_the_colon()
    {
        var claims = Analyzer.Analyze("Ann Lee responded: “What difference does it make?” Her critics cited it as proof.").Claims;
        var quote = Assert.Single(claims, c => c.Content.Text.StartsWith("What difference", StringComparison.Ordinal));
        Assert.Equal("Ann Lee", quote.Speaker?.Text);
    }

    [Theory]
    [InlineData("Turnout fell by a third, according to a study by the election commission.", "Turnout fell by a third")]
    [InlineData("The mayor will run again, according to people close to the campaign.", "The mayor will run again")]
    [InlineData("According to a survey released by the college on Friday, most voters back the plan.", "most voters back the plan")]
    public void According_to_a_source_with_a_modifier_is_a_claim(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(AttributionLayout.AccordingTo, claim.Layout);
        Assert.NotNull(claim.Speaker);
    }

    [Theory]
    [InlineData("John Lee said, ''If she signs it, the deficit will grow.''", "If she signs it, the deficit will grow.")]
    [InlineData("''The deficit will grow,'' John Lee said.", "The deficit will grow")]
    [InlineData("``The deficit will grow,'' John Lee said.", "The deficit will grow")]
    public void Doubled_apostrophes_and_graves_are_quotation_marks(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.True(claim.Direct);
        Assert.Equal("John Lee", claim.Speaker?.Text);
    }

    [Fact]
    public void A_doubled_apostrophe_quote_continues_like_a_straight_one()
    {
        var claims = Analyzer.Analyze("''The deficit will grow,'' John Lee said. ''We cannot stop it.''").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("We cannot stop it.", claims[1].Content.Text);
        Assert.Equal(AttributionLayout.Continuation, claims[1].Layout);
    }

    [Theory]
    [InlineData("The pilot was kind and careful, an airport official told the newspaper.", "The pilot was kind and careful", "an airport official")]
    [InlineData("Instead, the governor told CNN, his policy would be to wait.", "his policy would be to wait", "the governor")]
    [InlineData("The mayor told The Daily Herald, the budget will not balance.", "the budget will not balance", "The mayor")]
    public void The_person_told_stands_between_the_cue_and_what_was_said(string text, string content, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal("told", claim.Cue?.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("While the mayor said the plan was sound, the council voted it down.", "the plan was sound", "the mayor")]
    [InlineData("Although Smith said taxes would fall, the budget shows a rise of ten percent.", "taxes would fall", "Smith")]
    [InlineData("While Smith in the last week escalated a feud with the council of the city and said he was not ready to back the budget, the mayor launched an attack.",
        "he was not ready to back the budget", "Smith")]
    public void A_claim_in_an_opening_subordinate_clause_ends_at_its_comma(string text, string content, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Fact]
    public void A_semicolon_then_a_number_and_a_cue_starts_the_next_claim()
    {
        var claims = Analyzer.Analyze("Most voters said they follow the race; 26 percent said they do not.").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("they follow the race", claims[0].Content.Text);
        Assert.Equal("they do not", claims[1].Content.Text);
    }

    [Fact]
    public void An_attack_in_words_accuses()
    {
        var claim = Single("The senator blasted the governor for the delay.");
        Assert.Equal("the governor for the delay", claim.Content.Text);
        Assert.Equal(ClaimKind.Accusation, claim.Kind);
    }

    [Fact]
    public void Blasts_as_explosions_report_nothing() =>
        Assert.Empty(Analyzer.Analyze("Two blasts near the port killed three people on Friday.").Claims);

    [Theory]
    [InlineData("The EU foreign policy chief, Anna Berg, meanwhile said the deal was working.", "Anna Berg")]
    [InlineData("Lawyer John Hill, who represents the state in its challenge, on Twitter called the ruling a sweeping victory.", "John Hill")]
    [InlineData("The senator, in an early-morning tweet, instead urged voters to pick one of his rivals.", "The senator")]
    [InlineData("The senator has struggled to win the south, instead claiming some victories in the Midwest.", "The senator")]
    public void A_sentence_adverb_or_a_circumstance_before_the_cue_is_no_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("As the mayor noted, the plan failed in the council.", "the plan failed in the council")]
    [InlineData("But as the mayor noted, those voters will give the plan a second look.", "those voters will give the plan a second look")]
    [InlineData("The plan failed, as the mayor noted.", "The plan failed")]
    [InlineData("It is true, as the court notes, that the report presents no direct evidence.", "the report presents no direct evidence")]
    public void As_the_speaker_said_is_an_attribution(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal("the ", claim.Speaker?.Text[..4]);
    }

    [Fact]
    public void As_best_I_can_tell_is_no_attribution() =>
        Assert.Empty(Analyzer.Analyze("As best I can tell, the plan failed in the council.").Claims);

    [Fact]
    public void A_relative_cue_then_the_main_cue_are_two_claims()
    {
        var claims = Analyzer.Analyze("Berg, who said the plan was vetted by lawyers, said he was unaware of any dispute.").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("the plan was vetted by lawyers", claims[0].Content.Text);
        Assert.Equal("he was unaware of any dispute", claims[1].Content.Text);
    }

    [Fact]
    public void Who_added_after_an_appositive_is_the_named_speaker()
    {
        var claims = Analyzer.Analyze("\"It will not pass,\" said Scott Reed, the group's chief strategist, who added that his group plans to focus on local issues.").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("his group plans to focus on local issues", claims[1].Content.Text);
        Assert.Equal("Scott Reed", claims[1].Speaker?.Text);
    }

    [Fact]
    public void A_sentence_adverb_between_commas_after_the_cue_is_skipped() =>
        Assert.Equal("in the end the senator could not escape the record", Single("He added, though, that in the end the senator could not escape the record.").Content.Text);

    [Fact]
    public void A_straight_mark_closes_an_open_curly_one_by_its_position()
    {
        var claims = Analyzer.Analyze("“The talks failed,\" Anna Berg, a professor, said in the statement. \"We will try again.\"").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("The talks failed", claims[0].Content.Text);
        Assert.Equal("Anna Berg", claims[0].Speaker?.Text);
    }

    [Theory]
    [InlineData("The former watchdog rejected the claims – while saying he would have opened an inquiry.", "he would have opened an inquiry")]
    [InlineData("The former watchdog rejected the claims — saying they were false.", "they were false")]
    public void A_participle_after_a_dash_is_a_claim_of_the_same_speaker(string text, string content)
    {
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal(content, claims[1].Content.Text);
        Assert.Equal("The former watchdog", claims[1].Speaker?.Text);
    }

    [Theory]
    [InlineData("\"I do not like the plan,\" he said, but also wrote: \"I cannot stand to see it fail.\"", "he")]
    [InlineData("The mayor said the plan was sound, but also wrote: \"I cannot stand to see it fail.\"", "The mayor")]
    public void But_also_wrote_a_quote_is_a_second_claim_of_the_same_speaker(string text, string speaker)
    {
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("I cannot stand to see it fail.", claims[1].Content.Text);
        Assert.Equal(speaker, claims[1].Speaker?.Text);
    }

    [Fact]
    public void A_question_asked_claims_nothing() =>
        Assert.Empty(Analyzer.Analyze("The committee asks what the mayor may have known about the contract.").Claims);

    [Fact]
    public void A_participle_after_the_content_is_a_claim_of_the_same_speaker()
    {
        var claims = Analyzer.Analyze("Anna Berg rejected the report, calling it “a clumsy fabrication”.").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal("the report", claims[0].Content.Text);
        Assert.Equal(AttributionLayout.Participial, claims[1].Layout);
        Assert.Equal("Anna Berg", claims[1].SpeakerCanonical);
        Assert.Equal(CueClass.Deny, claims[0].CueClass);
    }

    [Fact]
    public void Adding_that_after_a_quote_keeps_the_quotes_speaker()
    {
        var claims = Analyzer.Analyze("“We are ready,” Anna Berg said, adding that the army would stay in its barracks.").Claims;
        var adding = Assert.Single(claims, c => c.Cue?.Text == "adding");
        Assert.Equal("the army would stay in its barracks", adding.Content.Text);
    }

    [Theory]
    [InlineData("Anna Berg said the plan was dead and Peter Holm said it would survive the vote.", "the plan was dead", "it would survive the vote")]
    [InlineData("Peter Holm denied the report, accusing the ministry of lying to voters.", "the report", "the ministry of lying to voters")]
    [InlineData("Peter Holm insisted he had acted lawfully and has hinted that the inquiry was political.", "he had acted lawfully", "the inquiry was political")]
    [InlineData("The ministry said the border would reopen, though officials stress that no date is set.", "the border would reopen", "no date is set")]
    public void Two_attributions_in_one_sentence_are_two_claims(string text, string first, string second)
    {
        var contents = Analyzer.Analyze(text).Claims.Select(c => c.Content.Text).ToList();
        Assert.Equal([first, second], contents);
    }

    [Theory]
    [InlineData("The plan was dead, Peter Holm said in a statement.", "The plan was dead")]
    [InlineData("The plan was dead, Peter Holm said on Friday.", "The plan was dead")]
    [InlineData("The ministry said on Friday that the border would reopen.", "the border would reopen")]
    [InlineData("The ministry said on “Morning News” that the border would reopen.", "the border would reopen")]
    public void Trailing_attribution_material_is_neither_content_nor_a_claim(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("The minister called the report “a fabrication”.", "called")]
    [InlineData("The rebels threatened to storm the city.", "threatened")]
    [InlineData("The agency reports that the talks collapsed overnight.", "reports")]
    [InlineData("Peter Holm called on world leaders to act at once.", "called on")]
    [InlineData("The audit found that the ministry had overspent.", "found")]
    [InlineData("The audit found Smith did nothing wrong.", "found")]
    [InlineData("The border will stay shut until spring, reports The Washington Post.", "reports")]
    [InlineData("Iran has ruled out talks with the new government.", "ruled out")]
    [InlineData("The ministry denied any involvement in the attack.", "denied")]
    public void Cues_from_the_data_are_found(string text, string cue) => Assert.Equal(cue, Single(text).Cue?.Text);

    [Theory]
    [InlineData("The mayor asked the council to delay the vote.", "the council to delay the vote")]
    [InlineData("Lawyers for Anna Berg asked that the charges be dropped.", "the charges be dropped")]
    [InlineData("The envoy has asked both governments to release their prisoners.", "both governments to release their prisoners")]
    public void A_request_is_a_claim_of_what_it_asks_for(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(ClaimKind.Statement, claim.Kind);
    }

    [Theory]
    [InlineData("Republicans see the deal as a betrayal of their voters.", "see", "the deal as a betrayal of their voters")]
    [InlineData("Critics portrayed the move as a power grab.", "portrayed", "the move as a power grab")]
    [InlineData("The ministry refers to the crisis as an internal matter.", "refers to", "the crisis as an internal matter")]
    [InlineData("Most voters cite the economy as their top worry.", "cite", "the economy as their top worry")]
    [InlineData("The mayor praised the deal as a breakthrough for the region.", "praised", "the deal as a breakthrough for the region")]
    public void A_naming_verb_with_as_is_a_claim_of_the_name_it_gives(string text, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Lawmakers cast as many votes as they could.")]
    [InlineData("Residents see benefits such as clean air.")]
    [InlineData("The deal is seen as a betrayal.")]
    [InlineData("Voters saw the rally as it happened.")]
    public void As_that_names_nothing_makes_no_naming_claim(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("But, according to the poll, most voters remain undecided.", "the poll", "most voters remain undecided")]
    [InlineData("He will skip the debate because, according to his aides, the hosts are unfair.", "his aides", "the hosts are unfair")]
    [InlineData("The plan drew fire from the senators who, according to the mayor, only stood for repealing the law.", "the mayor", "only stood for repealing the law")]
    [InlineData("Berg returned for the lunch and said little, according to an attendee.", "an attendee", "Berg returned for the lunch and said little")]
    [InlineData("The party leads by 27 pledged delegates, according to a count by the agency.", "a count by the agency", "The party leads by 27 pledged delegates")]
    public void According_to_is_read_after_a_joiner_and_past_a_cue_that_made_no_claim(string text, string source, string content) =>
        AssertSingleClaim(text, source, content);

    [Theory]
    [InlineData("As reported by the Daily Ledger, investigators found over 2,000 emails with classified material.", "the Daily Ledger", "investigators found over 2,000 emails with classified material", "reported")]
    [InlineData("Investigators found over 2,000 emails with classified material, as first reported by the Daily Ledger on Tuesday.", "the Daily Ledger", "Investigators found over 2,000 emails with classified material", "first reported")]
    [InlineData("As the Daily Ledger reported on Saturday, the adviser has emerged as an influential voice.", "the Daily Ledger", "the adviser has emerged as an influential voice", "reported")]
    public void As_reported_by_names_its_source_as_according_to_does(string text, string source, string content, string cue)
    {
        var claim = Single(text);
        Assert.Equal((source, content, cue), (claim.Speaker?.Text, claim.Content.Text, claim.Cue?.Text));
    }

    [Theory]
    [InlineData("With the host saying on the air of the event, as reported by the Daily Ledger: “It is not the same anymore.”", "With")]
    [InlineData("The summary of the new bill (as reported by the Daily Ledger) allows families to be held for months.", "The summary")]
    [InlineData("Lee was the director from 2001 to 2013 and, as reported by the Daily Ledger, has a conflict of interest.", "Lee was")]
    public void As_reported_by_before_a_colon_in_a_parenthesis_or_after_a_joiner_takes_no_fragment_as_content(string text, string fragment) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Content.Text.StartsWith(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData("The Ledger says the country has more billionaires; a rival index tallies 585 of them.", "the country has more billionaires")]
    [InlineData("She noted that his admirers include extremists; that he was slow to disavow them.", "his admirers include extremists; that he was slow to disavow them")]
    public void A_semicolon_ends_the_content_unless_a_parallel_clause_follows(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("As the mayor announces that she is ready for the fight, she is set to sign a series of orders.", "she is ready for the fight")]
    [InlineData("But as the union threatens to strike ever more often, it is likely that the deal will merely reset the clock.", "to strike ever more often")]
    public void A_claim_inside_an_opening_as_clause_ends_at_its_comma(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("As Levitt explained to me, inconsistencies are inevitable in any count.", "Levitt", "inconsistencies are inevitable in any count")]
    [InlineData("As he has said repeatedly, he is not sure he has the energy to run.", "he", "he is not sure he has the energy to run")]
    [InlineData("As experts told the Ledger, there is no single policy that will end the epidemic.", "experts", "there is no single policy that will end the epidemic")]
    [InlineData("As a panel of moderators mocked his opposition to the war, Paul argued that the war was a mistake.", "a panel of moderators", "his opposition to the war")]
    [InlineData("As Ann Lee reported two weeks ago, a new poll found most voters undecided.", "Ann Lee", "a new poll found most voters undecided")]
    public void As_speaker_said_reads_past_a_short_adjunct_to_its_comma(string text, string speaker, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims, c => c.Speaker?.Text == speaker);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("The foundation received millions in undisclosed payments, the Ledger reported ten days ago.")]
    [InlineData("The foundation received millions in undisclosed payments, Lee said a week ago.")]
    public void A_time_ago_after_a_post_content_cue_is_no_content(string text) =>
        Assert.Equal("The foundation received millions in undisclosed payments", Single(text).Content.Text);

    [Theory]
    [InlineData("Lee said the plan had failed in an interview with the Ledger on Sunday.", "the plan had failed")]
    [InlineData("Lee said the plan had failed during a briefing.", "the plan had failed")]
    [InlineData("Lee said the evidence was in the email.", "the evidence was in the email")]
    [InlineData("Lee said the aide relied on a memo.", "the aide relied on a memo")]
    [InlineData("Lee said she testified before the jury and during her interviews.", "she testified before the jury and during her interviews")]
    [InlineData("Lee said they began the attacks in March on the email accounts of staff.", "they began the attacks in March on the email accounts of staff")]
    public void A_closing_phrase_of_the_occasion_is_no_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("Lee called him a kind, loving and admirable person.", "him a kind, loving and admirable person")]
    [InlineData("Lee said the cuts came from housing, schooling, and transportation.", "the cuts came from housing, schooling, and transportation")]
    public void A_word_in_ing_inside_a_list_is_no_participle_clause(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_second_predicate_with_its_object_after_and_ends_a_noun_phrase_content() =>
        Assert.Equal("the socialist candidate", Single("Black voters overwhelmingly rejected the socialist candidate and handed Clinton her lead.").Content.Text);

    [Fact]
    public void A_participle_after_an_inverted_attribution_has_no_speaker_after_it() =>
        Assert.Equal("Ann Lee", Assert.Single(Analyzer.Analyze(
            "“You work so hard, you want to use your money in a smart way,” said Ann Lee, a health worker, explaining the thinking.").Claims).Speaker?.Text);

    [Fact]
    public void Calling_half_a_dozen_people_names_nothing() =>
        Assert.Empty(Analyzer.Analyze("One Sunday, the chief executive sat in her study and called half a dozen directors, asking each for an answer.").Claims);

    [Fact]
    public void A_bare_noun_subject_after_an_adjunct_and_that_opens_the_content() =>
        Assert.Equal("anger is fueling the rise", Single("Chris Collins noted in a guest column in Saturday’s paper that anger is fueling the rise.").Content.Text);

    [Fact]
    public void A_participle_noun_before_a_day_and_a_full_stop_is_no_cue() =>
        Assert.Empty(Analyzer.Analyze("Rep. Ann Lee, a recent addition to the committee, led the most aggressive questioning on Wednesday.").Claims);

    [Theory]
    [InlineData("A recent survey found 90 percent support for the new law.", "A recent survey", "90 percent support for the new law")]
    [InlineData("The disclosure shows millions in income from rents and royalties.", "The disclosure", "millions in income from rents and royalties")]
    [InlineData("The latest poll found the mayor leading her rival by seven points.", "The latest poll", "the mayor leading her rival by seven points")]
    [InlineData("New polls show the mayor ahead of her rival.", "New polls", "the mayor ahead of her rival")]
    [InlineData("A new poll by the university found the mayor ahead of her rival.", "A new poll by the university", "the mayor ahead of her rival")]
    public void A_poll_or_document_reports_what_it_found_without_a_clause(string text, string source, string content) =>
        AssertSingleClaim(text, source, content);

    /// <summary>The text holds one claim, with this speaker span and this content.</summary>
    private static void AssertSingleClaim(string text, string speaker, string content)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Police found the car in a ditch near the border.")]
    [InlineData("The team showed great spirit in the second half.")]
    [InlineData("She starred in the reality show for years.")]
    [InlineData("The host of the late-night show “Tonight” resigned.")]
    public void Finding_verbs_after_no_poll_or_document_need_a_clause(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("The other members - Norway, Peru and Chile - said the deal was fair.")]
    [InlineData("The other members — Norway, Peru and Chile — said the deal was fair.")]
    public void A_list_set_off_by_dashes_belongs_to_the_subject_before_it(string text) =>
        AssertSingleClaim(text, "The other members", "the deal was fair");

    [Theory]
    [InlineData("The mayor was asked to resign by the party.")]
    [InlineData("When asked to comment, the ministry stayed silent.")]
    [InlineData("Asked to name a date, the mayor shrugged.")]
    [InlineData("Reporters asked about plans to raise taxes at the briefing.")]
    [InlineData("Voters asked whether the mayor would run again.")]
    public void Asking_a_question_or_being_asked_is_no_request_claim(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("The bombing suspect appeared in court on Monday.")]
    [InlineData("Three men accused of smuggling appeared in court.")]
    [InlineData("Peter Holm never mentioned the deal in his speech.")]
    [InlineData("A group called the Northern Front held a rally.")]
    [InlineData("The applied rules made for brisk business in the billion-dollar market.")]
    [InlineData("The emails found to have contained secrets were deleted.")]
    [InlineData("Lawmakers rejected the proposal in October.")]
    [InlineData("A judge has dismissed a lawsuit against the former spy.")]
    public void Non_reporting_uses_make_no_claim(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_quote_attributed_after_an_appositive_keeps_its_speaker()
    {
        var claim = Single("“The vote was rigged,” Anna Berg, a lawyer from the capital, said on Monday.");
        Assert.Equal("The vote was rigged", claim.Content.Text);
        Assert.Equal("Anna Berg", claim.Speaker?.Text);
        Assert.Equal("said", claim.Cue?.Text);
    }

    [Fact]
    public void A_possessed_claim_noun_names_its_source()
    {
        var claim = Single("At the centre of the row is Anna Berg's claim that the mayor took bribes.");
        Assert.Equal("the mayor took bribes", claim.Content.Text);
        Assert.Equal("Anna Berg", claim.SpeakerCanonical);
        Assert.Equal("Nominal", claim.Layout.ToString());
    }

    [Theory]
    [InlineData("Peter Holm seemed to suggest that the door was still open.", "Peter Holm", "the door was still open")]
    [InlineData("Anna Berg, who had argued that the tax was illegal, resigned from the party.", "Anna Berg", "the tax was illegal")]
    [InlineData("The court also said that, before the vote, the minister had lied.", "The court", "before the vote, the minister had lied")]
    [InlineData("The accused clerk pleaded not guilty on Wednesday to all counts.", "The accused clerk", "not guilty")]
    [InlineData("Foreign Minister Anna Berg, ahead of a meeting with the envoy, called the U.S. decision a “grave mistake.”", "Anna Berg", "the U.S. decision a “grave mistake.”")]
    [InlineData("As the rumours spread, the city police weighed in, saying that no arrests had been made.", "the city police", "no arrests had been made")]
    [InlineData("John Dowd, Trump’s former lawyer, told reporters that the inquiry was over.", "John Dowd", "the inquiry was over")]
    public void Speaker_and_content_around_the_cue(string text, string speaker, string content)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_short_quote_right_after_its_cue_is_the_content()
    {
        var claim = Single("Asked whether the talks could resume, Peter Holm simply said, “No.”");
        Assert.Equal("No.", claim.Content.Text);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void An_inverted_speaker_after_a_comma_reads_the_content_before()
    {
        var claim = Single("The border must be closed at once, argued the head of the Interior Ministry, Anna Berg.");
        Assert.Equal("The border must be closed at once", claim.Content.Text);
    }

    [Fact]
    public void A_negative_subject_claims_nothing() => Assert.Empty(Analyzer.Analyze("No group has claimed responsibility for the attack.").Claims);

    [Fact]
    public void A_participle_after_a_quote_closed_on_its_comma_is_a_claim_of_its_own()
    {
        var claims = Analyzer.Analyze("The envoy said “everything is on the table,” telling a radio station that options need discussion.").Claims;
        Assert.Equal(["everything is on the table", "options need discussion"], claims.Select(c => c.Content.Text).ToArray());
        Assert.All(claims, c => Assert.Equal("The envoy", c.Speaker?.Text));
    }

    [Theory]
    [InlineData("The mayor said the new law would evict 9,000 tenants -- families who rent from the city.", "the new law would evict 9,000 tenants")]
    [InlineData("The council said the depot had broken the permit - a charge the company denies.", "the depot had broken the permit")]
    public void A_dash_that_opens_the_writers_gloss_ends_the_content(string text, string content) =>
        Assert.Equal(content, Analyzer.Analyze(text).Claims[0].Content.Text);

    [Fact]
    public void A_pair_of_dashes_is_an_aside_inside_the_content() =>
        Assert.Equal("the tax -- first floated in May -- would raise little", Single("The mayor said the tax -- first floated in May -- would raise little.").Content.Text);

    [Fact]
    public void A_naming_cue_ends_before_the_speakers_next_act() =>
        Assert.Equal("the plan “reckless”", Analyzer.Analyze("The senator called the plan “reckless” and walked out of the chamber.").Claims[0].Content.Text);

    [Theory]
    [InlineData("“We were never told,” the mayor retorted.", "retorted")]
    [InlineData("The senator boasted that the bill had passed without a single change.", "boasted")]
    [InlineData("The minister confessed that the figures had been wrong.", "confessed")]
    public void Replies_and_boasts_are_cues(string text, string cue) => Assert.Equal(cue, Single(text).Cue?.Text);

    [Theory]
    [InlineData("The ambassador warned Lisbon about the convoy.")]
    [InlineData("A senior officer told the news agency on condition of anonymity.")]
    [InlineData("Suspected smugglers crossed the river overnight.")]
    public void A_person_told_with_no_clause_reports_nothing(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Maria Petrova welcomed the move on Twitter: “Recent events show the need for open sea lanes.”", "welcomed", "Maria Petrova")]
    [InlineData("Maria Petrova, who arrived in Riga on Monday for talks, welcomed the move: “The vote shows that we were right.”", "welcomed", "Maria Petrova")]
    [InlineData("Later, she demurred: “Whichever one I am in at the moment is my favourite.”", "demurred", "she")]
    public void A_clause_then_a_colon_attributes_the_quote_after_it(string text, string cue, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.True(claim.Direct);
        Assert.Equal("ClauseColon", claim.Layout.ToString());
    }

    [Theory]
    [InlineData("Ann Lee wrote on Twitter, “It is time to end the plan for good.”", "wrote")]
    [InlineData("Ann Lee added on Twitter, “It is time to end the plan for good.”", "added")]
    public void A_cue_that_needs_a_clause_reports_a_quotation_after_a_short_adjunct(string text, string cue)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal("Ann Lee", claim.Speaker?.Text);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void A_quotation_after_an_adjunct_that_names_something_is_not_reported() =>
        Assert.DoesNotContain(Analyzer.Analyze("Ann Lee wrote under the pen name “Tom Berg,” but it did not do her any good, as she was found out.").Claims,
            c => c.Speaker?.Text == "Ann Lee");

    /// <summary>A quotation opening the paragraph after a colon is attributed by the words before the colon, and a colon
    /// claim's speaker is the name without its verb or a leading preposition.</summary>
    [Theory]
    [InlineData("The storm reached the coast on Monday.\n\nMaria Petrova welcomed the warning on Twitter:\n\n“Recent events show the need for better shelters.”", "Maria Petrova")]
    [InlineData("The storm reached the coast on Monday.\n\nMaria Petrova:\n\n“Recent events show the need for better shelters.”", "Maria Petrova")]
    [InlineData("The storm reached the coast.\n\nReuters reports that:\n\n“Recent events show the need for better shelters.”", "Reuters")]
    [InlineData("From Reuters: “Recent events show the need for better shelters.”", "Reuters")]
    public void A_quotation_after_a_colon_is_spoken_by_the_name_before_it_across_a_paragraph_break(string text, string speaker)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.StartsWith("Recent events", claim.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The film opened in Paris: “Sons of Trump”.")]
    [InlineData("The result was plain: “We lost the vote in every district.”")]
    public void A_colon_after_no_named_subject_or_before_a_title_attributes_nothing(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Layout.ToString() == "ClauseColon");

    [Fact]
    public void A_cue_with_a_clause_before_the_colon_reports_that_clause() =>
        Assert.StartsWith("Tom Berg could joke about it", Single("Maria Petrova suggested Tom Berg could joke about it on the road: “I will win in a landslide.”").Content.Text, StringComparison.Ordinal);

    [Fact]
    public void A_long_title_before_a_person_and_a_colon_opening_a_paragraph_is_the_speaker()
    {
        var claim = Single("Deputy Secretary of the Navy for Logistics Maria Petrova: “We will not sign the contract this year.”");
        Assert.Equal("Colon", claim.Layout.ToString());
        Assert.Equal("Maria Petrova", claim.SpeakerCanonical);
    }

    [Theory]
    [InlineData("“We will not give up,” the letter reads.", "reads", "the letter")]
    [InlineData("“We will not give up,” read the sign.", "read", "the sign")]
    [InlineData("A message on the website reads: “Welcome to the island, Americans.”", "reads", "A message on the website")]
    public void A_reading_verb_quotes_a_text(string text, string cue, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Maria Petrova read the words she had come to deliver.")]
    [InlineData("No one read the bill before the vote.")]
    [InlineData("Maria Petrova reads the newspaper every morning.")]
    public void Reading_without_a_quoted_text_reports_nothing(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_text_named_it_resolves_to_no_entity()
    {
        var claims = Analyzer.Analyze("Maria Petrova held up a sign. “Vote for change,” it read.").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("it", claim.Speaker?.Text);
        Assert.Null(claim.SpeakerCanonical);
    }

    [Theory]
    [InlineData("The White House defended its decision to abstain from the vote.", "defended", "its decision to abstain from the vote")]
    [InlineData("Maria Petrova praised the mayor’s handling of the floods.", "praised", "the mayor’s handling of the floods")]
    public void Praise_and_defence_report_their_object(string text, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_noun_phrase_content_ends_before_the_speakers_next_predicate() =>
        Assert.Equal("the new budget of the city", Single("Maria Petrova condemned the new budget of the city, but did not rule out a compromise.").Content.Text);

    [Fact]
    public void A_clause_content_keeps_its_verb_after_an_appositive() =>
        Assert.Equal("Islandia, a small state, was earning millions a day from oil", Single("The ministry estimated Islandia, a small state, was earning millions a day from oil.").Content.Text);

    [Theory]
    [InlineData("Maria Petrova accused the council of hiding the report after the vote on Friday.", "the council of hiding the report")]
    [InlineData("The ministry condemned the raid on the port after the talks had failed.", "the raid on the port")]
    [InlineData("The ministry denied the charge and has asked for an inquiry.", "the charge")]
    public void A_stance_cues_noun_phrase_content_ends_before_the_writers_timing_or_next_predicate(string text, string content) =>
        Assert.Equal(content, Analyzer.Analyze(text).Claims[0].Content.Text);

    [Theory]
    [InlineData("The mayor said the budget passed after the vote on Friday.", "the budget passed after the vote on Friday")]
    [InlineData("The mayor urged them to keep following the plan.", "them to keep following the plan")]
    public void A_say_cues_clause_and_a_verb_after_the_time_word_keep_their_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_bare_plural_subject_after_but_is_the_writers_contrast() =>
        Assert.Equal("calm had returned to the valley", Single("The government insisted calm had returned to the valley, but locals are still cut off from the internet.").Content.Text);

    [Theory]
    [InlineData("Declaring that the border was closed, the minister ordered new patrols.", "Declaring", "the border was closed", "the minister")]
    [InlineData("Declaring that “the border is closed,” Maria Petrova ordered new patrols.", "Declaring", "the border is closed", "Maria Petrova")]
    [InlineData("However, conceding that a deal would come later, he warned the farmers.", "conceding", "a deal would come later", "he")]
    public void A_participle_opening_the_sentence_is_a_claim_of_the_main_clauses_subject(string text, string cue, string content, string speaker)
    {
        var claim = Analyzer.Analyze(text).Claims.Single(c => c.Layout.ToString() == "OpeningParticiple");
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Fact]
    public void A_participle_opening_a_sentence_without_a_main_clause_reports_nothing() =>
        Assert.DoesNotContain(Analyzer.Analyze("Declaring victory in the north, at last.").Claims, c => c.Layout.ToString() == "OpeningParticiple");

    [Theory]
    [InlineData("Maria Petrova named the countries she said had sent the ships.", "she")]
    [InlineData("In 2010 he said the plan was dead.", "he")]
    public void A_personal_pronoun_right_before_the_cue_is_the_whole_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("Brian Walsh opened the meeting. “We will vote on Friday,” she said.", null)]
    [InlineData("Donald Walsh opened the meeting. “We will vote on Friday,” she said.", null)]
    [InlineData("Hillary Walsh opened the meeting. “We will vote on Friday,” he said.", null)]
    [InlineData("Lindsey Walsh opened the meeting. “We will vote on Friday,” he said.", "Lindsey Walsh")]
    public void A_pronoun_is_not_resolved_to_a_name_far_more_common_for_the_other_gender(string text, string? canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Claims.Single().SpeakerCanonical);

    [Fact]
    public void A_participle_after_while_without_a_comma_shares_the_clauses_subject()
    {
        var claim = Analyzer.Analyze("Maria Petrova insisted the plan was sound while adding that more money was needed.").Claims.Single(c => c.Cue?.Text == "adding");
        Assert.Equal("Maria Petrova", claim.Speaker?.Text);
        Assert.Equal("more money was needed", claim.Content.Text);
    }

    [Theory]
    [InlineData("The senator noted in a guest column in the Riverton Times that the tax had failed.", "noted", "the tax had failed")]
    [InlineData("Maria Petrova said on the radio show “This Week” on Sunday that the tax had failed.", "said", "the tax had failed")]
    public void A_prepositional_phrase_may_stand_between_the_cue_and_its_that_clause(string text, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Maria Petrova called Berg’s plans to open a new assembly plant in the northern district “an absolute disgrace,” and threatened new fees.",
        "Berg’s plans to open a new assembly plant in the northern district “an absolute disgrace,”")]
    [InlineData("Maria Petrova called herself a nationalist, promised tax cuts and attacked the press.", "herself a nationalist")]
    public void A_naming_verb_names_a_long_object_and_ends_before_the_next_verb_in_the_past(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal("called", claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_naming_verb_before_a_preposition_names_nothing() =>
        Assert.DoesNotContain(Analyzer.Analyze("The mayor called into a radio show on Monday to defend the “new budget.”").Claims, c => c.Cue?.Text == "called");

    [Theory]
    [InlineData("Maria Petrova noted the council returned the money to the fund.", "noted", "the council returned the money to the fund")]
    [InlineData("The association reports the Senate passed the bill by a vote of 21 to 19.", "reports", "the Senate passed the bill by a vote of 21 to 19")]
    public void A_clause_cue_reports_a_clause_without_that_whose_verb_is_in_the_past(string text, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_clause_cue_before_its_object_and_a_joined_verb_reports_nothing() =>
        Assert.Empty(Analyzer.Analyze("The ministers noted their worries and reaffirmed the importance of the talks.").Claims);

    [Theory]
    [InlineData("But in the end, according to Maria Petrova, Berg made further demands.", "Berg made further demands")]
    [InlineData("And without new taxes, they say, the debt will double by 2030.", "the debt will double by 2030")]
    [InlineData("Despite the new limits, experts say, there are still many new plants.", "there are still many new plants")]
    [InlineData("Over the long term, according to the budget office, the rise in deficits is due to aging.", "the rise in deficits is due to aging")]
    [InlineData("Despite the dangers, observers say, retired officers should be free to speak.", "retired officers should be free to speak")]
    [InlineData("Sooner or later, the governor told reporters, the plan starts to pay off.", "the plan starts to pay off")]
    [InlineData("Most of all, the aides say, he wants to meet the council.", "he wants to meet the council")]
    [InlineData("By dropping the receiving line, the aide said, the mayor can invite twice as many guests.", "the mayor can invite twice as many guests")]
    public void An_opening_adjunct_before_a_mid_sentence_attribution_is_no_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_one_word_answer_closed_on_a_comma_before_its_cue_is_a_claim()
    {
        var claim = Single("“Absolutely,” the senator said when asked about the vote.");
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal("Absolutely", claim.Content.Text);
    }

    [Fact]
    public void The_first_word_of_an_interrupted_quotation_is_no_claim_of_its_own() =>
        Assert.DoesNotContain(Analyzer.Analyze("“And,” the senator said, “we will not stop until the vote is won.”").Claims, c => c.Content.Text == "And");

    [Theory]
    [InlineData("The senator raised concerns with him.")]
    [InlineData("It was an oversight he acknowledged and rectified by paying the money back.")]
    [InlineData("The official, who asked not to be named, left early.")]
    public void A_cue_whose_words_hold_no_content_reports_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_cue_in_an_infinitive_of_purpose_has_no_speaker_before_it_and_reports_nothing() =>
        Assert.Empty(Analyzer.Analyze("The mayor, meanwhile, heads to Dover today to announce a new budget.").Claims);

    [Theory]
    [InlineData("For example, while Maria Petrova slammed “the new tax plan,” she voted for the budget.", "the new tax plan")]
    [InlineData("Still, although the mayor said taxes would fall, the budget shows a rise.", "taxes would fall")]
    [InlineData("While the senator called the bill “a disgrace,” he voted for it.", "the bill “a disgrace,”")]
    public void A_claim_in_a_clause_opening_its_sentence_ends_where_that_clause_does(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void An_according_to_source_with_a_long_relative_clause_keeps_its_content_after_the_comma() =>
        Assert.Equal("the deal was never signed",
            Single("According to people who were familiar with the talks in Geneva last week, the deal was never signed.").Content.Text);

    [Fact]
    public void A_participle_aside_after_its_subject_and_an_adverb_ends_before_the_main_verb()
    {
        var claims = Analyzer.Analyze("Maria Petrova, later alleging - again falsely - that the council lied, said she would sue the mayor.").Claims;
        Assert.Contains(claims, c => c.Cue?.Text == "said" && c.Content.Text == "she would sue the mayor");
    }

    [Theory]
    [InlineData("Maria Petrova said, among other things, that the council had lied.", "the council had lied")]
    [InlineData("Maria Petrova said — on the radio, as it happens — that the council had lied.", "the council had lied")]
    [InlineData("Maria Petrova said, in her speech, that the tax would rise.", "the tax would rise")]
    [InlineData("Maria Petrova said Tuesday, in an interview with a local paper, that the tax would rise.", "the tax would rise")]
    [InlineData("Maria Petrova said on the radio, where she is now a regular guest, that the tax would rise.", "the tax would rise")]
    public void A_short_aside_between_the_cue_and_its_that_is_no_part_of_the_content(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("The mayor said the budget is sound, and that the council may reject any appeal.", "the budget is sound, and that the council may reject any appeal")]
    [InlineData("The mayor said the tax brings no harm and that the governor is to blame for the delay.", "the tax brings no harm and that the governor is to blame for the delay")]
    public void A_second_that_clause_joined_to_the_first_is_the_same_claims_content(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Maria Petrova appeared on interview shows amid rumours that question her past.")]
    [InlineData("The governor hinted at that in a news conference on Monday.")]
    public void A_that_after_a_prepositional_phrase_that_opens_no_clause_is_no_cue(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_stray_comma_between_the_person_and_the_cue_leaves_the_person_the_speaker()
    {
        var claim = Single("Sen. Maria Petrova (D-R.I.), said on Tuesday that the plan had failed.");
        Assert.Equal("Maria Petrova", claim.Speaker?.Text);
        Assert.Equal("the plan had failed", claim.Content.Text);
    }

    [Fact]
    public void A_participle_with_a_prepositions_phrase_is_the_occasion_not_a_claim()
    {
        var claims = Analyzer.Analyze("Maria Petrova, responding to a report about the meetings, said her committee would hold hearings.").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal("her committee would hold hearings", claim.Content.Text);
    }

    [Theory]
    [InlineData("The mayor spoke for an hour, promising to rebuild the bridge.", "to rebuild the bridge")]
    [InlineData("The mayor spoke for an hour, announcing on Wednesday he would rebuild the bridge.", "he would rebuild the bridge")]
    public void A_participle_before_an_infinitive_or_a_day_still_reports(string text, string content) =>
        Assert.EndsWith(content, Single(text).Content.Text, StringComparison.Ordinal);

    [Fact]
    public void A_relative_clause_cue_ends_at_the_quote_closed_on_its_comma()
    {
        var claim = Single("Riyadh, which described the assault as a “test of global will,” on Wednesday displayed the remnants of drones.");
        Assert.Equal("the assault as a “test of global will", claim.Content.Text);
    }

    [Fact]
    public void A_charge_in_the_passive_is_an_accusation_without_a_speaker()
    {
        var claim = Single("The former aide is also accused of hiding payments from the tax office.");
        Assert.Equal("is also accused of", claim.Cue?.Text);
        Assert.Equal("hiding payments from the tax office", claim.Content.Text);
        Assert.Null(claim.Speaker);
        Assert.Equal(ClaimKind.Accusation, claim.Kind);
    }

    [Theory]
    [InlineData("Two men accused of smuggling were arrested at the border.")]
    [InlineData("The aide was accused in the blasts last year.")]
    public void A_reduced_relative_or_a_passive_without_of_is_no_accusation(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Layout.ToString() == "PassiveAccusation");

    [Theory]
    [InlineData("He resigned in 2007 after accusations he blocked the inquiry into the contracts.", "accusations", "he blocked the inquiry into the contracts")]
    [InlineData("The minister faces allegations that he hid payments from the tax office.", "allegations", "he hid payments from the tax office")]
    public void A_claim_noun_with_its_clause_is_an_accusation(string text, string cue, string content)
    {
        var claim = Analyzer.Analyze(text).Claims.Single(c => c.Cue?.Text == cue);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(ClaimKind.Accusation, claim.Kind);
    }

    [Theory]
    [InlineData("The minister faces allegations of misconduct.")]
    [InlineData("He fought the charges he denied, and lost.")]
    public void A_claim_noun_with_only_a_topic_or_a_relative_clause_is_no_claim(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Layout.ToString() == "Nominal");

    [Fact]
    public void A_verb_that_is_also_a_claim_noun_keeps_its_speaker() =>
        Assert.Equal("Maria Petrova", Single("Maria Petrova claims the minister hid payments from the tax office.").Speaker?.Text);

    [Theory]
    [InlineData("The former aide has pleaded not guilty to all the charges.", "not guilty to all the charges", ClaimKind.Denial)]
    [InlineData("The former aide pleaded guilty to making false statements.", "making false statements", ClaimKind.Admission)]
    [InlineData("The former aide pleaded not guilty Wednesday to 30 counts.", "not guilty", ClaimKind.Denial)]
    public void A_plea_reads_the_charges_it_answers(string text, string content, ClaimKind kind)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(kind, claim.Kind);
    }

    [Theory]
    [InlineData("A number of countries rejected asylum applications from the former contractor.")]
    [InlineData("The council rejected the bids from two firms.")]
    public void Refusing_requests_in_the_plural_is_no_denial(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("He resigned in 2007 after a long inquiry, charges he denied.", "charges", "he")]
    [InlineData("The council says Vorland broke the deal - a charge it denies.", "a charge", "it")]
    public void A_denial_after_the_charge_it_answers_denies_that_charge(string text, string content, string speaker)
    {
        var claim = Analyzer.Analyze(text).Claims.Single(c => c.Kind == ClaimKind.Denial);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("The governor has signaled he wants a second term.", 1)]
    [InlineData("The driver signaled a left turn.", 0)]
    public void Signaled_reports_only_a_clause(string text, int claims) => Assert.Equal(claims, Analyzer.Analyze(text).Claims.Length);

    [Theory]
    [InlineData("The judge took issue with that interpretation of the law.", "took issue with", ClaimKind.Denial)]
    [InlineData("The president poured scorn on the new report.", "poured scorn on", ClaimKind.Denial)]
    [InlineData("The senator shrugged off the criticism of her record.", "shrugged off", ClaimKind.Denial)]
    [InlineData("The minister lashed out at the opposition for its delays.", "lashed out at", ClaimKind.Accusation)]
    public void Phrasal_rejections_and_attacks_are_cues(string text, string cue, ClaimKind kind)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(kind, claim.Kind);
    }

    [Fact]
    public void The_charges_someone_faces_are_no_claim() =>
        Assert.DoesNotContain(Analyzer.Analyze("The charges Stone is facing are about his testimony to Congress.").Claims, c => c.Layout.ToString() == "Nominal");

    [Theory]
    [InlineData("“We will win,” the party’s leader, Maria Petrova, said.", "Maria Petrova")]
    [InlineData("“We will win,” Berg’s spokesman, Ann Lee, told reporters.", "Ann Lee")]
    [InlineData("“We will win,” Tom Berg, 58, a retired teacher from Riga, said.", "Tom Berg")]
    public void A_quote_attributed_past_an_appositive_names_its_speaker(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal("QuoteThenCue", claim.Layout.ToString());
        Assert.Equal(speaker, claim.SpeakerCanonical);
    }

    [Fact]
    public void Content_before_according_to_leaves_out_the_opening_quote_mark() =>
        Assert.Equal("We will win the vote in May", Analyzer.Analyze("“We will win the vote in May,” according to Tom Berg.").Claims.Single(c => c.Cue?.Text == "according to").Content.Text);

    [Fact]
    public void A_stance_cues_content_ends_before_the_day_it_was_said() =>
        Assert.Equal("the report", Analyzer.Analyze("The Kremlin denied the report on Monday, calling it “absurd.”").Claims[0].Content.Text);

    [Fact]
    public void A_charge_named_before_its_denier_is_the_denials_content()
    {
        var claim = Analyzer.Analyze("Vorland accused Estland of carrying out the attack, a charge Estland denied.").Claims.Single(c => c.Kind == ClaimKind.Denial);
        Assert.Equal("a charge", claim.Content.Text);
        Assert.Equal("Estland", claim.Speaker?.Text);
    }

    [Fact]
    public void Neither_nor_as_the_subject_says_nothing() =>
        Assert.Empty(Analyzer.Analyze("Neither the embassy nor the ministry said the talks had failed.").Claims);

    [Fact]
    public void An_unnamed_antecedent_of_who_said_is_the_speaker()
    {
        var claim = Single("The move drew criticism from rights groups, who said it violated the constitution.");
        Assert.Equal("rights groups", claim.Speaker?.Text);
        Assert.Equal("it violated the constitution", claim.Content.Text);
    }

    [Fact]
    public void A_participle_aside_between_subject_and_verb_leaves_the_main_claim()
    {
        var claim = Single("The BBC, citing government sources, reported that the minister would resign.");
        Assert.Equal("reported", claim.Cue?.Text);
        Assert.Equal("the minister would resign", claim.Content.Text);
    }

    [Fact]
    public void A_capitalised_name_after_told_is_no_verb() =>
        Assert.Equal("she had no plans to resign", Single("Maria Petrova told the Associated Press that she had no plans to resign.").Content.Text);

    [Fact]
    public void No_truth_to_the_claims_is_a_denial() =>
        Assert.Equal(ClaimKind.Denial, Single("“There is no truth to these claims,” a government spokesman said.").Kind);

    [Fact]
    public void A_day_after_on_before_the_clause_is_no_content() =>
        Assert.Equal("she had been misquoted", Single("Maria Petrova said on Monday she had been misquoted.").Content.Text);

    [Fact]
    public void A_determiner_and_noun_told_before_the_clause_are_no_content() =>
        Assert.Equal("her client was innocent", Single("The lawyer told the court her client was innocent.").Content.Text);

    [Fact]
    public void A_possessive_claim_as_subject_ends_before_the_main_verb() =>
        Assert.Equal("the vote was rigged", Analyzer.Analyze("Petrova's claim that the vote was rigged has been widely debunked.").Claims.Single().Content.Text);

    [Fact]
    public void Disowning_a_statement_is_a_denial() =>
        Assert.Equal(ClaimKind.Denial, Single("“I never said that,” Tom Berg told reporters on Tuesday.").Kind);

    [Theory]
    [InlineData("Neither Petrova nor Berg said the talks had failed.")]
    [InlineData("Tom Berg responded to the request for comment on Friday.")]
    public void Neither_nor_and_responding_to_something_report_nothing(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void The_one_quoted_as_saying_is_the_speaker()
    {
        var claim = Single("The minister was quoted by state media as saying the border would reopen.");
        Assert.Equal("The minister", claim.Speaker?.Text);
        Assert.Equal("the border would reopen", claim.Content.Text);
    }

    [Fact]
    public void The_one_quoted_by_state_media_is_the_speaker_and_the_media_the_via()
    {
        var claim = Single("The minister was quoted by state media as saying the border would reopen.");
        Assert.Equal("The minister", claim.Speaker?.Text);
        Assert.Equal("state media", claim.Via?.Text);
    }

    [Fact]
    public void An_adverb_before_quoted_keeps_the_passive_reading()
    {
        var claim = Single("The minister was also quoted by state media as saying the border would reopen.");
        Assert.Equal("The minister", claim.Speaker?.Text);
        Assert.Equal("state media", claim.Via?.Text);
    }

    [Fact]
    public void The_one_quoted_keeps_a_description_with_a_preposition() =>
        Assert.Equal("a spokesman for the ministry", Single("The agency quoted a spokesman for the ministry as saying the border would reopen.").Speaker?.Text);

    [Fact]
    public void An_outlet_quoting_an_official_as_saying_reports_the_officials_claim()
    {
        var claim = Single("The Vorland Herald quoted a senior official as saying that the talks had failed.");
        Assert.Equal("a senior official", claim.Speaker?.Text);
        Assert.Equal("saying", claim.Cue?.Text);
        Assert.Equal("Vorland Herald", claim.Via?.Text);
        Assert.Equal("the talks had failed", claim.Content.Text);
    }

    [Fact]
    public void An_outlet_citing_a_spokesman_as_saying_stops_the_speaker_at_the_day()
    {
        var claim = Single("The Daily Mirror cited a police spokesman Tuesday as saying the suspect had fled.");
        Assert.Equal("a police spokesman", claim.Speaker?.Text);
        Assert.Equal("the suspect had fled", claim.Content.Text);
    }

    [Fact]
    public void A_quote_the_agency_quoted_a_leader_as_saying_is_the_leaders()
    {
        var claim = Single("“The sanctions must end,” the agency quoted Tom Berg as saying.");
        Assert.Equal("Tom Berg", claim.Speaker?.Text);
        Assert.Equal("saying", claim.Cue?.Text);
        Assert.Equal("the agency", claim.Via?.Text);
    }

    [Fact]
    public void A_quote_after_quotes_an_insider_as_saying_is_the_insiders()
    {
        var claim = Single("The blog quotes a “party insider” as saying: “The bill ignores the study.”");
        Assert.Equal("a “party insider”", claim.Speaker?.Text);
        Assert.Equal("The bill ignores the study.", claim.Content.Text);
    }

    [Fact]
    public void Him_quoted_by_an_agency_is_the_person_named_before_not_the_one_quoting()
    {
        var claims = Analyzer.Analyze("Tom Berg met the envoy on Monday. Erik Lund quoted him as saying that the border would reopen.").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("him", claim.Speaker?.Text);
        Assert.Equal("Tom Berg", claim.SpeakerCanonical);
    }

    [Fact]
    public void A_clause_after_the_person_told_opened_by_as_is_the_occasion_not_the_content()
    {
        var claim = Single("The talks are over, Tom Berg told his aides as he left the building.");
        Assert.Equal("The talks are over", claim.Content.Text);
        Assert.Equal("Tom Berg", claim.Speaker?.Text);
    }

    [Fact]
    public void A_quote_after_an_opening_citing_is_cited_and_the_cue_after_it_reads_its_own_clause()
    {
        var claim = Analyzer.Analyze("Citing “urgent family matters,” the senator’s spokeswoman told reporters that he would miss the vote.").Claims
            .Single(c => c.Cue?.Text == "told");
        Assert.Equal("he would miss the vote", claim.Content.Text);
    }

    [Fact]
    public void A_quote_after_an_opening_asserting_stays_the_speakers_own() =>
        Assert.Contains(Analyzer.Analyze("Asserting “there is no case,” Tom Berg dismissed the charges against his aide.").Claims, c => c.Content.Text == "there is no case");

    [Fact]
    public void A_naming_object_with_an_adjective_in_ed_still_names()
    {
        var claim = Single("Tom Berg called the ministry’s neglect of advice from seasoned officers “a disgrace.”");
        Assert.Equal("called", claim.Cue?.Text);
        Assert.StartsWith("the ministry’s neglect", claim.Content.Text);
    }

    [Fact]
    public void Called_an_article_and_a_participle_convenes_and_names_nothing() =>
        Assert.Empty(Analyzer.Analyze("Tom Berg called a planned “review” session for Friday.").Claims);

    [Theory]
    [InlineData("Tom Berg responded by saying that the council had lied.", "the council had lied")]
    [InlineData("Tom Berg ended his speech by saying he would stay in the race.", "he would stay in the race")]
    [InlineData("Tom Berg drew boos upon saying, “The council lied.”", "The council lied.")]
    [InlineData("Tom Berg responded by saying, “The council lied.”", "The council lied.")]
    [InlineData("Tom Berg was booed after saying that the council had lied.", "the council had lied")]
    [InlineData("Tom Berg ended his speech by saying it “will save the city money.”", "it “will save the city money.”")]
    public void A_gerund_of_speech_after_by_upon_or_after_with_its_content_is_the_subjects_claim(string text, string content)
    {
        var claim = Single(text);
        Assert.Equal("saying", claim.Cue?.Text);
        Assert.Equal("Tom Berg", claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Tom Berg, after announcing his resignation, left the room.")]
    [InlineData("Tom Berg criticized the plan before saying goodbye to the staff.")]
    [InlineData("Tom Berg was praised for saying so.")]
    [InlineData("Tom Berg was booed after saying it on the radio.")]
    public void A_gerund_after_a_preposition_without_a_clause_or_quotation_reports_nothing(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Cue?.Text is "announcing" or "saying");

    [Theory]
    [InlineData("Anna Petrova avoided criticizing the ministry during the campaign.")]
    [InlineData("Tom Berg would try to avoid calling the plan “careless.”")]
    public void A_gerund_cue_after_a_verb_of_avoiding_reports_nothing(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Tom Berg's legal team said the charges were baseless.")]
    [InlineData("Tom Berg’s campaign said the poll was wrong.")]
    [InlineData("The Liberals' new leadership said the vote would go ahead.")]
    public void Something_of_a_possessor_is_not_the_possessor(string text) => Assert.Null(Single(text).SpeakerCanonical);

    [Fact]
    public void The_possessors_own_office_speaks_for_it() =>
        Assert.Equal("Tom Berg", Single("Tom Berg's office said the charges were baseless.").SpeakerCanonical);

    [Theory]
    [InlineData("An aide to Senator Tom Berg said the vote would be delayed.", "An aide to Senator Tom Berg")]
    [InlineData("A spokeswoman for Tom Berg declined to comment, saying only that the review was ongoing.", "A spokeswoman for Tom Berg")]
    [InlineData("Aides to Tom Berg say the vote will be delayed.", "Aides to Tom Berg")]
    [InlineData("In a statement, a spokesperson for the Vorland Office of Rural Roads and Coastal Works said the plan was working.", "a spokesperson for the Vorland Office of Rural Roads and Coastal Works")]
    public void An_aide_to_a_named_person_speaks_not_the_person(string text, string speaker)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Null(claim.SpeakerCanonical);
    }

    [Theory]
    [InlineData("Democrats in the Vorland Senate and on Berglund Hill say the plan will fail.", "Democrats")]
    [InlineData("Officials from the Berglund Office of Rural Roads and Coastal Works said the plan will fail.", "Officials")]
    public void A_speaker_phrase_too_long_to_keep_keeps_its_head_not_a_tail_opening_with_a_preposition(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void A_long_title_before_of_keeps_the_name_it_titles() =>
        Assert.Equal("Anna Petrova", Single("Chairman of the Vorland Coastal Defence Council General Anna Petrova said the plan will fail.").SpeakerCanonical);


    [Theory]
    [InlineData("Anna Petrova vowed to form a new government that excludes the far right.", "to form a new government that excludes the far right")]
    [InlineData("The ministry threatened to fine any company that ignores the rules.", "to fine any company that ignores the rules")]
    [InlineData("Tom Berg acknowledged to loud cheers that he had lost the vote.", "he had lost the vote")]
    [InlineData("Anna Petrova is hoping to win a seat that the party lost in Berglund.", "to win a seat that the party lost in Berglund")]
    public void An_infinitive_after_a_cue_of_commitment_is_the_content_and_its_that_a_relative(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("Multiple media reports have suggested that the Vorland talks collapsed.", "Multiple media reports", "the Vorland talks collapsed")]
    [InlineData("Other reports said the Berglund plant would close.", "Other reports", "the Berglund plant would close")]
    public void A_plural_noun_cue_before_a_verb_heads_the_subject(string text, string speaker, string content)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_plural_noun_cue_before_a_copula_reports_nothing() =>
        Assert.Empty(Analyzer.Analyze("The agency's estimates were unchanged from a previous report.").Claims);

    [Theory]
    [InlineData("By insisting that the tax had to rise, Anna Petrova lost the vote in Berglund.", "Anna Petrova", "the tax had to rise")]
    [InlineData("Despite promising he would not, Tom Berg has raised taxes twice.", "Tom Berg", "he would not")]
    public void A_participle_after_an_opening_preposition_is_the_adjunct_of_the_main_clause(string text, string speaker, string content)
    {
        var claim = Single(text);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Do you believe the Vorland report is accurate?")]
    [InlineData("How do you explain to voters that the plan failed?")]
    [InlineData("And did he think the vote in Berglund would be close?")]
    public void A_cue_in_a_question_asked_claims_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void An_inversion_after_a_negative_is_no_question() =>
        Assert.Equal("they will vote down the plan in parliament", Single("Not only have they said they will vote down the plan in parliament.").Content.Text);

    [Theory]
    [InlineData("“The tax will pay for itself,” Tom Berg famously promised.", "Tom Berg")]
    [InlineData("“We will not back down,” the Vorland senator emphatically replied.", "the Vorland senator")]
    public void An_adverb_between_the_speaker_and_the_cue_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void An_adverb_after_to_stays_with_the_verb_it_splits() =>
        Assert.Equal("Berglund Times", Single("“The plan worked,” the Berglund Times article seemed to grudgingly acknowledge.").SpeakerCanonical);

    [Fact]
    public void An_adverb_joined_to_a_noun_stays_in_the_speaker() =>
        Assert.Equal("the sick and elderly", Single("The senators, the sick and elderly say, have lost touch with voters.").Speaker?.Text);

    [Theory]
    [InlineData("Tom Berg is expected to declare victory over the rebels, despite military leaders suspecting the fighters are lying low.", "military leaders")]
    [InlineData("The Vorland vote went ahead despite critics claiming that the count was rigged.", "critics")]
    public void The_noun_phrase_of_an_absolute_phrase_speaks_for_its_participle(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void A_noun_after_with_inside_the_subject_words_is_the_subjects_instrument() =>
        Assert.Equal("Tom Berg", Single("Tom Berg weighed in on Monday with a column saying the tax was a mistake.").SpeakerCanonical);

    [Theory]
    [InlineData("The party's plan for the autumn, once the audit is filed, will depend on what it says.")]
    [InlineData("The minister knows the budget, how it works, and what the committee believes.")]
    public void A_cue_in_a_clause_opened_by_a_question_word_reports_nothing_before_the_comma(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Tom Berg had been told that he would lose the vote narrowly.", "he would lose the vote narrowly", null)]
    [InlineData("Voters in Vorland were repeatedly told that the new tax would pay for itself.", "the new tax would pay for itself", null)]
    [InlineData("The court was told that the ballots had been forged in a warehouse.", "the ballots had been forged in a warehouse", "The court")]
    public void The_subject_of_a_passive_told_is_the_one_told_not_the_speaker(string text, string content, string? speaker)
    {
        var claim = Single(text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Berg's daughter, the Rev. Anna Berg, said in a statement that she wants the company to act.", "Anna Berg")]
    [InlineData("The party's chief whip, former senator Anna Petrova, said the vote would be close.", "Anna Petrova")]
    public void A_titled_name_ending_the_appositive_is_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).SpeakerCanonical);

    [Theory]
    [InlineData("Some candidates, including Senator Anna Petrova, said the vote would be close.")]
    [InlineData("Tom Berg and his running mate, Lt. Gov. Anna Petrova, said the vote would be close.")]
    public void A_name_that_is_one_of_several_in_the_appositive_is_not_the_speaker(string text) =>
        Assert.NotEqual("Anna Petrova", Single(text).SpeakerCanonical);

    [Theory]
    [InlineData("A lawyer for Tom Berg, Anna Petrova, said the charges were baseless.", "Anna Petrova")]
    [InlineData("Minister for Trade Anna Petrova said the talks would resume.", "Anna Petrova")]
    public void A_name_after_the_servants_comma_or_a_capitalised_title_is_the_speaker(string text, string name) =>
        Assert.Equal(name, Single(text).SpeakerCanonical);

    [Fact]
    public void A_title_with_of_before_a_name_is_still_the_name() =>
        Assert.Equal("Tom Berg", Single("Former secretary of state Tom Berg said the vote would be delayed.").SpeakerCanonical);

    [Fact]
    public void She_is_not_resolved_to_a_man_the_lexicon_does_not_know_but_the_news_does()
    {
        var claims = Analyzer.Analyze("Anna Berg said the vote was near. “The plan is ready,” Mitt Larsen said. “We will vote,” she said.").Claims;
        Assert.Equal("Anna Berg", claims.Single(c => c.Speaker?.Text == "she").SpeakerCanonical);
    }

    [Fact]
    public void A_quote_then_a_name_with_a_long_appositive_then_wrote_and_a_time_is_the_names()
    {
        var claim = Single("“The case is far from over,” Anna Petrova, a law professor at the University of Dover at Riga, wrote last week.");
        Assert.Equal("wrote", claim.Cue?.Text);
        Assert.Equal("Anna Petrova", claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Tom Berg says, win or lose in the primary, he is staying in the race.", "win or lose in the primary, he is staying in the race")]
    [InlineData("Tom Berg said, in a statement on Friday, the plan would fail.", "the plan would fail")]
    public void An_aside_between_commas_after_the_cue_then_a_clause_is_read(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("“The budget is sound,” said Tom Berg. “It will pass,” said Vorland Governor Anna Petrova lamented to reporters.", "Anna Petrova")]
    [InlineData("“The budget is sound,” said Tom Berg. “We will win,” said the governor to chants from the crowd.", "the governor")]
    public void An_inverted_cue_after_a_quote_names_its_own_speaker_not_the_one_before(string text, string speaker) =>
        Assert.Equal(speaker, Analyzer.Analyze(text).Claims[1].Speaker?.Text);

    [Fact]
    public void Quoted_as_saying_after_the_quote_adds_no_claim_of_its_own() =>
        Assert.Single(Analyzer.Analyze("“We will reopen the border,” the minister was quoted as saying by state media.").Claims);

    [Fact]
    public void An_allegation_she_has_denied_is_her_denial_not_a_claim_noun()
    {
        var claim = Analyzer.Analyze("Tom Berg accused Maria Petrova of lying, an allegation she has denied.").Claims.Single(c => c.Kind == ClaimKind.Denial);
        Assert.Equal("an allegation", claim.Content.Text);
        Assert.Equal("she", claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Legal scholars believe the new law could be challenged in court.", "the new law could be challenged in court")]
    [InlineData("Tom Berg thinks the talks will fail.", "the talks will fail")]
    public void A_belief_with_its_clause_is_a_claim(string text, string content) => Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("The government would have voters believe the economy is booming.")]
    [InlineData("The minister is believed to have left the country.")]
    [InlineData("Petrova gave the matter much thought.")]
    public void A_belief_made_by_someone_else_or_passive_or_a_noun_is_no_claim(string text) => Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_belief_in_a_relative_clause_stays_inside_the_content() =>
        Assert.Equal("the plan was the idea of Tom Berg, who believed it would calm the markets",
            Single("Aides told reporters the plan was the idea of Tom Berg, who believed it would calm the markets.").Content.Text);

    [Fact]
    public void A_naming_as_content_ends_before_the_speakers_next_verb() =>
        Assert.Equal("the strike as an act of war",
            Single("Maria Petrova portrayed the strike as an act of war and has been discussing a response with her allies.").Content.Text);

    [Fact]
    public void According_to_a_source_then_a_speaker_makes_the_source_the_via()
    {
        var claim = Single("According to state media, Maria Petrova said the border would close.");
        Assert.Equal("Maria Petrova", claim.Speaker?.Text);
        Assert.Equal("state media", claim.Via?.Text);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal("the border would close", claim.Content.Text);
    }

    [Theory]
    [InlineData("“We will win,” the senator from Ohio said on Tuesday.")]
    [InlineData("A judge in New York said the order was unlawful.")]
    [InlineData("Exit polls in New Hampshire and Iowa showed the senator ahead.")]
    public void A_place_inside_a_description_is_not_the_speaker_but_stays_its_side(string text)
    {
        var claim = Analyzer.Analyze(text).Claims.Single();
        Assert.Null(claim.SpeakerCanonical);
        Assert.NotNull(claim.Side); // the link model still tells this source from others by it
    }

    [Theory]
    [InlineData("An email from the Justice Department said the review was complete.", "Justice Department")]
    public void A_body_a_text_comes_from_is_the_speaker(string text, string canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Claims.Single().SpeakerCanonical);

    // (A spokesman for a body is not the body: spec §4's canonical name is the entity the speaker is or refers to, and the
    // gold names the person or no one — t10 "the head of the Office of Government Ethics", t22 "a spokesman for the
    // country's atomic energy agency"; SpeakerTests.A_person_heading_a_description_before_a_preposition_….)
    [Fact]
    public void A_spokesman_for_a_body_still_speaks_for_its_side()
    {
        var claim = Analyzer.Analyze("A spokesman for the Justice Department said the review was complete.").Claims.Single();
        Assert.Null(claim.SpeakerCanonical);
        Assert.NotNull(claim.Side);
    }

    [Theory]
    [InlineData("“We will win,” said the party's spokesman, Tom Berg.")]
    [InlineData("“We will win,” said the party's spokesman, Tom Berg, on Monday.")]
    public void A_description_then_a_name_set_off_by_a_comma_resolves_to_the_name(string text)
    {
        var claim = Single(text);
        Assert.Equal("the party's spokesman", claim.Speaker?.Text);
        Assert.Equal("Tom Berg", claim.SpeakerCanonical);
    }

    [Fact]
    public void A_name_after_a_description_that_starts_a_clause_is_not_its_appositive() =>
        Assert.Null(Analyzer.Analyze("“We will win,” said the spokesman, Tom Berg added later.").Claims[0].SpeakerCanonical);

    [Theory]
    [InlineData("Ann Lee, a spokeswoman for the ministry, arrived. “We are disappointed,” the spokeswoman said.", "Ann Lee")]
    [InlineData("Prime Minister Tom Berg arrived on Monday. “We will win,” the prime minister said.", "Tom Berg")]
    [InlineData("Secretary of State Ann Lee met him. The secretary of state said the talks were useful.", "Ann Lee")]
    public void A_definite_title_refers_back_to_the_person_titled_so(string text, string canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Claims.Single().SpeakerCanonical);

    [Theory]
    [InlineData("Justice Ann Lee spoke first. The chief justice said the case was moot.")]
    [InlineData("Tom Berg met Ann Lee, the president also said the talks were useful.")]
    [InlineData("Ann Lee spoke first. “Nothing changed,” the official said.")]
    public void A_definite_title_no_one_was_given_names_no_one(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Speaker?.Text.StartsWith("the", StringComparison.OrdinalIgnoreCase) == true && c.SpeakerCanonical is not null);

    [Theory]
    [InlineData("Russia and Iran signed a deal. Moscow said the deal was fair.", "Russia")]
    [InlineData("Russia and Iran signed a deal. The Kremlin said the deal was fair.", "Kremlin")]
    public void A_capital_that_speaks_is_its_state_but_a_body_stays_itself(string text, string canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Claims.Single().SpeakerCanonical);

    [Fact]
    public void A_persons_lawyer_is_not_another_lawyer_of_the_story() =>
        Assert.NotEqual("Ann Lee", Analyzer.Analyze("Ann Lee, a lawyer for the city, spoke first. Berg's lawyer said the case was weak.")
            .Claims.Single().SpeakerCanonical);

    [Theory]
    [InlineData("Officials have long believed the deal was dead.", "the deal was dead")]
    [InlineData("He had long thought the vote would fail.", "the vote would fail")]
    public void A_belief_after_have_as_an_auxiliary_is_the_subjects_own(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_capital_inside_a_description_is_no_state() =>
        Assert.NotEqual("Russia", Analyzer.Analyze("Russia signed the deal. The mayor of Moscow said the deal was fair.").Claims.Single().SpeakerCanonical);

    [Theory]
    [InlineData("A State Department official said the talks had stalled.")]
    [InlineData("White House officials said the talks had stalled.")]
    public void Unnamed_people_of_a_body_are_not_the_body(string text)
    {
        var claim = Analyzer.Analyze(text).Claims.Single();
        Assert.Null(claim.SpeakerCanonical);
        Assert.NotNull(claim.Side); // the link model still reads the body as the side they speak for
    }

    [Theory]
    [InlineData("After the vote, the group immediately began calling for the mayor to resign.", "the group")]
    [InlineData("For weeks, the ministry had spent months pushing back against reports that the plant was unsafe.", "the ministry")]
    [InlineData("Arriving at the scene, police began searching the building, believing there were two gunmen.", "police")]
    public void A_participle_after_an_aspectual_verb_is_said_by_that_verbs_subject(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("The claims that the mayor accepted bribes were made in a book by Ann Lee.", "the mayor accepted bribes")]
    [InlineData("The claims that the mayor took bribes were first made by Ann Lee.", "the mayor took bribes")]
    public void A_nominal_claims_own_verb_is_not_the_main_verb(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_quote_said_by_a_member_of_congress_with_party_and_state_is_a_claim() =>
        Assert.Equal("Jim Cole", Single("“We will not back down,” Sen. Jim Cole, D-Calif., said.").Speaker?.Text);

    [Theory]
    [InlineData("Tom Berg met Ann Lee. Berg's lawyer said the case was weak.")]
    [InlineData("Tom Berg met Ann Lee. Berg’s aides said the case was weak.")]
    public void Unnamed_people_of_a_person_are_not_that_person(string text)
    {
        var claim = Analyzer.Analyze(text).Claims.Single();
        Assert.Null(claim.SpeakerCanonical);
        Assert.Equal("Tom Berg", claim.Side); // the side they speak for
    }

    [Theory]
    [InlineData("Lee has denied wrongdoing.", "wrongdoing")]
    [InlineData("Lee, who denies involvement, appeared in court on Monday.", "involvement")]
    public void A_denial_of_one_noun_is_a_claim(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void Denying_bail_is_no_denial_of_a_claim() =>
        Assert.Empty(Analyzer.Analyze("The judge denied bail.").Claims);

    [Theory]
    [InlineData("The Pentagon acted after Sen. Martha Lee, R-Ariz., a retired Air Force pilot, announced that she had been attacked.", "Martha Lee")]
    [InlineData("Rep. Erik Lee, R-Minn. told a local station that he would back the bill.", "Erik Lee")]
    public void A_legislators_party_and_state_is_not_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("Ships suspected of smuggling were seized.")]
    [InlineData("Militants suspected of links to the group have been detained.")]
    public void A_participle_suspected_of_before_the_sentences_verb_is_no_claim(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Officials said the plant would reopen later in the day, but did not give a date.", "the plant would reopen later in the day")]
    [InlineData("Lee said the plan was ready, but declined to give details.", "the plan was ready")]
    [InlineData("Lee said the answer was legal, but was not a summary of her advice.", "the answer was legal, but was not a summary of her advice")]
    public void What_the_speaker_then_would_not_say_is_not_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_claim_noun_opening_the_sentence_keeps_the_main_verb_out_of_its_content() =>
        Assert.Equal("the vote was rigged", Single("The claim that the vote was rigged was false.").Content.Text);

    [Fact]
    public void A_question_word_before_the_subject_is_no_part_of_the_speaker() =>
        Assert.Equal("the president", Single("Here's what the president said: “We will win.”").Speaker?.Text);

    [Theory]
    [InlineData("Four years ago, Lee was first mentioned as a possible chief of the agency.")]
    [InlineData("Lee does not always reject bills with other exceptions.")]
    public void A_passive_or_negated_cue_past_an_adverb_reports_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Lee said: the plan is dead.")]
    [InlineData("Now, as the vote nears, Lee said: the plan is dead.")]
    public void A_colon_after_the_cue_opens_the_content(string text) =>
        Assert.Equal("the plan is dead", Single(text).Content.Text);

    [Theory]
    [InlineData("Lee declared a state of emergency on Monday.")]
    [InlineData("In towns with a local paper, people are much more informed about the council.")]
    [InlineData("Lee so far has won 758 pledged delegates in the primaries.")]
    [InlineData("The county has 23 confirmed cases of the virus so far.")]
    [InlineData("The newly announced measures are a response to the concerns.")]
    [InlineData("Energy shares added 1 percent after the report.")]
    [InlineData("But dumping the mayor is easier said than done in this city.")]
    [InlineData("Ann Lee tried to walk back her comments a day after she said them, but the damage was done.")]
    [InlineData("Take a look at our list of things the mayor said about the budget.")]
    [InlineData("In 1996, Justice Lee wrote the court's decision striking down the measure.")]
    [InlineData("She writes about the sins of capitalism for a weekly paper.")]
    [InlineData("Whether you agree or disagree with the plans, the debate mattered.")]
    [InlineData("Prosecutors usually obtain or threaten more serious charges.")]
    [InlineData("Among the applicants who made it on to recommended slates: two mayors and a judge.")]
    [InlineData("Winning them would thwart one of the mayor's most promising paths to victory.")]
    [InlineData("The most telling promise she has made is that she will not overpromise.")]
    public void An_act_or_an_adjective_is_no_reporting_use(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Ten states reported an increase, while 20 reported a decline in claims.", "20")]
    [InlineData("Lee in 2016 claimed that the vote was rigged.", null)]
    public void A_count_before_a_cue_is_a_subject_when_no_noun_follows_the_cue(string text, string? speaker)
    {
        var claims = Analyzer.Analyze(text).Claims;
        if (speaker is not null) Assert.Contains(claims, c => c.Speaker?.Text == speaker);
        else Assert.Contains(claims, c => c.Cue?.Text == "claimed");
    }

    [Theory]
    [InlineData("Legal experts believe the law, in its current form, could be used against them.", "the law, in its current form, could be used against them")]
    [InlineData("The Daily Courier reports Ann Lee, R-Ohio, has sponsored a bill on wages.", "Ann Lee, R-Ohio, has sponsored a bill on wages")]
    public void A_short_aside_inside_a_clause_without_that_keeps_it_a_clause(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("Ann Lee told a federal court Friday he does not intend to pursue the lawsuit.", "he does not intend to pursue the lawsuit")]
    [InlineData("Ann Lee told the court her client was innocent.", "her client was innocent")]
    public void A_noun_told_with_its_adjective_and_day_is_no_part_of_the_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_cue_word_right_after_an_according_to_source_is_a_noun_of_that_phrase()
    {
        var claim = Single("Smoking is linked to one in five deaths each year, according to CDC estimates for annual fatalities.");
        Assert.Equal("according to", claim.Cue?.Text);
    }

    [Theory]
    [InlineData("“The figure is hard to pin down,” they wrote in their report.", "wrote")]
    [InlineData("Judge Ann Lee disagreed, writing in her judgment that “the law is clear.”", "writing")]
    [InlineData("“We will not back down,” added Maria Petrova.", "added")]
    public void Writing_and_adding_report_a_quote_or_clause(string text, string cue) =>
        Assert.Equal(cue, Single(text).Cue?.Text);

    [Theory]
    [InlineData("Maria Petrova said on Friday the council would vote again.", "the council would vote again")]
    [InlineData("The ministry said Tuesday the talks had failed.", "the talks had failed")]
    public void A_day_after_the_cue_is_no_part_of_a_content_opened_by_an_article(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_denial_of_a_pronoun_is_still_a_claim() =>
        Assert.Equal("denied", Single("The minister denied it, and the opposition questioned the inquiry.").Cue?.Text);

    [Theory]
    [InlineData("The fervor is gone, Sen. Ann Lee (R-Iowa) told the Daily Courier.", "Ann Lee", "The fervor is gone")]
    [InlineData("Sen. Ann Lee (a Dover Democrat so young he has been mistaken for a junior staffer) says he was unfocused after the vote.", "Ann Lee", "he was unfocused after the vote")]
    [InlineData("Sources told the Courier, however, that she did chime in.", "Sources", "she did chime in")]
    [InlineData("The Census Bureau says Millennials, numbering 75 million, surpassed Baby Boomers in 2015.", "Census Bureau", "Millennials, numbering 75 million, surpassed Baby Boomers in 2015")]
    [InlineData("Maria Petrova said in politics it takes time to build trust.", "Maria Petrova", "it takes time to build trust")]
    [InlineData("The family said in a statement it was saddened by the shooting.", "The family", "it was saddened by the shooting")]
    public void A_parenthesis_an_aside_or_an_adjunct_between_the_parts_of_an_attribution_is_passed_over(string text, string speaker, string content)
    {
        var claim = Single(text);
        Assert.Contains(speaker, claim.Speaker?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_participle_after_the_comma_of_a_mid_sentence_cue_is_no_content() =>
        Assert.DoesNotContain(Analyzer.Analyze("“Great,” Sen. Ann Lee said, sharing the video on Twitter.").Claims, c => c.Content.Text.StartsWith("sharing", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ann Lee warned that Tom Berg supports the plan.", "Tom Berg supports the plan")]
    [InlineData("Ann Lee, speaking at a rally in Dover, warned that the senator likes the plan.", "the senator likes the plan")]
    public void A_warning_opened_by_that_is_a_clause_whatever_its_verb(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("He added, that there is a strong emphasis on a fair process.", "there is a strong emphasis on a fair process")]
    [InlineData("The Courier reported, according to sources in the meetings, Maria Petrova tried to calm the donors.", "Maria Petrova tried to calm the donors")]
    public void A_stray_comma_or_an_according_to_aside_between_the_cue_and_its_clause_is_passed_over(string text, string content) =>
        Assert.Equal(content, Assert.Single(Analyzer.Analyze(text).Claims, c => c.Cue?.Text is "added" or "reported").Content.Text);

    [Fact]
    public void A_passive_cue_with_its_agent_after_a_comma_ends_the_content() =>
        Assert.Equal("the witnesses worked with Lee in organizing the Dover Group",
            Single("According to the filings, the witnesses worked with Lee in organizing the Dover Group, described by the prosecutors as “a lobbying front.”").Content.Text);

    [Fact]
    public void A_passive_aside_closed_before_that_keeps_the_content_going() =>
        Assert.Equal("the allegations, reported by the Courier last week, that he had broken the law",
            Single("Maria Petrova denied the allegations, reported by the Courier last week, that he had broken the law.").Content.Text);

    [Theory]
    [InlineData("The state reported about 300 new cases on Monday.", "about 300 new cases on Monday")]
    public void A_preposition_approximating_a_number_opens_what_was_reported(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_passive_aside_closed_before_a_verb_keeps_the_content_going() =>
        Assert.Equal("the plan, announced by the White House on Monday, would cut taxes",
            Single("Ann Lee said the plan, announced by the White House on Monday, would cut taxes.").Content.Text);

    [Fact]
    public void A_that_with_its_verb_after_a_stray_comma_is_no_clause_opener() =>
        Assert.DoesNotContain(Analyzer.Analyze("It is an investment, they say, that would be recouped in three years.").Claims,
            c => c.Content.Text.StartsWith("would", StringComparison.Ordinal));

    [Theory]
    [InlineData("Democrats on the committee believe the report ends the controversy.", "the report ends the controversy")]
    [InlineData("A Harvard spokesperson told the Courier the university declines to comment.", "the university declines to comment")]
    public void A_present_verb_makes_the_words_after_a_cue_a_clause(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("The friend jumped on top of them and Ann Lee escaped, she told the Daily Courier in an interview posted Sunday night.",
        "The friend jumped on top of them and Ann Lee escaped")]
    [InlineData("Maria Petrova told congressional lawmakers last week the agency had hoped to enroll 800,000 people.",
        "the agency had hoped to enroll 800,000 people")]
    public void A_person_told_and_a_participle_or_time_phrase_after_it_are_no_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_warning_of_something_after_the_ones_warned_is_a_claim() =>
        Assert.Equal("warns", Single("The government warns travelers of the risks posed by the storm.").Cue?.Text);

    [Fact]
    public void A_place_that_only_qualifies_a_description_names_no_one() =>
        Assert.Null(Analyzer.Analyze("The Paris prosecutor's office said the attack took place at noon.").Claims.Single().SpeakerCanonical);

    [Fact]
    public void A_quotation_after_a_dash_is_attributed_by_the_cue_after_it()
    {
        var claim = Single("Lee attacked the budget — “the numbers do not add up,” she said of the plan.");
        Assert.Equal("the numbers do not add up", claim.Content.Text);
        Assert.Equal("she", claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Tom Berg hit Jim Cole on taxes — “the numbers do not add up,” he said.", "Tom Berg")]
    [InlineData("Tom Berg said the vote was close. Cole’s support, he said, was fading.", "Tom Berg")]
    public void He_is_the_subject_opening_his_sentence_not_a_later_object(string text, string canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Claims.Last().SpeakerCanonical);

    [Fact]
    public void The_noun_of_an_absolute_with_phrase_speaks() =>
        Assert.Equal("the ministry", Single("The talks stalled, with the ministry saying the offer was too low.").Speaker?.Text);

    [Fact]
    public void A_negated_infinitive_cue_reports_nothing() =>
        Assert.Empty(Analyzer.Analyze("Aides have been careful not to threaten the regime in public.").Claims);

    [Fact]
    public void A_quoted_title_opening_a_paragraph_continues_no_claim()
    {
        var doc = Analyzer.Analyze("“The show changed my life,” Ann Lee said.\n\n“Sons of the Desert”\n\nThe film opened in 1933.");
        Assert.Single(doc.Claims);
    }

    [Fact]
    public void A_warnings_content_is_what_it_warns_of_not_whom() =>
        Assert.Equal("being dragged into a war", Single("Iran warned President Tom Berg on Thursday against being dragged into a war.").Content.Text);

    [Fact]
    public void An_adverb_opening_the_sentence_is_no_part_of_the_speaker() =>
        Assert.Equal("organizers", Single("Already organizers say 25,000 people marched.").Speaker?.Text);

    [Fact]
    public void A_person_named_before_a_role_noun_is_not_the_speaker() =>
        Assert.Null(Analyzer.Analyze("Tom Berg was charged. A Berg lawyer said the charges were weak.").Claims.Single().SpeakerCanonical);

    [Theory]
    [InlineData("Tom Berg was charged. A source familiar with Berg's thinking said he would fight.")]
    [InlineData("Tom Berg was charged. People close to Berg said he would fight.")]
    public void An_unnamed_source_about_a_person_is_not_that_person(string text) =>
        Assert.Null(Analyzer.Analyze(text).Claims.Single().SpeakerCanonical);

    [Theory]
    [InlineData("Local unions are demanding that the plant stay open.", "Local unions")]
    [InlineData("Some economists have been saying that prices will rise.", "Some economists")]
    public void A_progressive_participle_cue_leaves_its_auxiliaries_out_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("The ministry issued a statement saying the border was closed.", "The ministry")]
    [InlineData("On Tuesday, the agency released a report to parliament saying the program had failed.", "the agency")]
    [InlineData("Former officials have signed a letter calling on the board to resign.", "Former officials")]
    public void A_statement_put_out_by_the_subject_is_said_by_the_subject(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void An_existential_there_is_not_trimmed_to_a_speaker() =>
        Assert.DoesNotContain(Analyzer.Analyze("Officials say there is new evidence suggesting the fire was set.").Claims, c => c.Speaker?.Text == "there");

    [Theory]
    [InlineData("A retired general issued a statement saying the base would close.", "A retired general")]
    [InlineData("The newly elected mayor released a report saying the budget was short.", "The newly elected mayor")]
    public void An_adjective_before_the_clause_verb_does_not_stop_the_search_for_it(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("The committee could also ask the court to intervene.", "The committee")]
    [InlineData("Ann Lee did say that the talks had stalled.", "Ann Lee")]
    public void A_modal_or_do_before_the_cue_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("Oil prices rose a week after the cartel pledged to cut output.", "the cartel")]
    [InlineData("The talks stalled long before the envoys acknowledged the gap.", "the envoys")]
    [InlineData("The vote went ahead even as party elders warned that it would fail.", "party elders")]
    public void A_temporal_subordinator_opens_the_cues_own_clause(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("Even some allies said the plan was too costly.", "some allies")]
    [InlineData("Just 28 percent of voters said the country was on the right track.", "28 percent of voters")]
    public void A_focus_particle_opening_the_sentence_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("On Monday a judge said the case could go ahead.", "a judge")]
    [InlineData("During one call the witness said the payments had stopped.", "the witness")]
    [InlineData("At least five senators said they would vote against the bill.", "At least five senators")]
    public void A_short_opening_phrase_without_a_comma_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void A_long_according_to_source_is_not_cut_at_the_speaker_length() =>
        Assert.Equal("a spokesman for the country's atomic energy agency",
            Single("Prices will rise sharply, according to a spokesman for the country's atomic energy agency, who spoke on Monday.").Speaker?.Text);

    [Fact]
    public void A_number_inside_a_participles_sentence_subject_keeps_it_whole() =>
        Assert.Equal("Other potential 2028 candidates",
            Single("Other potential 2028 candidates backed the measure, saying it protected free speech.").Speaker?.Text);

    [Theory]
    [InlineData("Ann Lee spoke on Monday. She’s hoping the vote will pass.", "She")]
    [InlineData("Ann Lee spoke on Monday. She’s said the vote will pass.", "She")]
    public void A_contracted_auxiliary_is_no_part_of_a_pronoun_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Analyzer.Analyze(text).Claims.Single().Speaker?.Text);

    [Fact]
    public void A_coordinated_cue_after_a_prepositional_phrase_is_said_by_the_clauses_subject() =>
        Assert.Equal("The clerk", Analyzer.Analyze("The clerk first said the files were lost, but in a later interview said they had been shredded.").Claims.Last().Speaker?.Text);

    [Fact]
    public void A_subject_after_the_phrase_is_the_cues_own() =>
        Assert.EndsWith("the minister", Analyzer.Analyze("We did not know why, but earlier this morning the minister said the talks had ended.").Claims.Last().Speaker?.Text);

    [Theory]
    [InlineData("Anna Berg of the Institute of Budget and Fiscal Policy Studies said the plan would fail.", "Anna Berg")]
    [InlineData("Senior officials from the two countries of the Northern Fisheries Council said the talks would resume.", "Senior officials from the two countries")]
    public void A_speaker_too_long_to_keep_whole_keeps_its_head_not_its_tail(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void A_quote_before_a_name_and_a_long_appositive_is_the_names() =>
        Assert.Equal("Anna Berg", Single("“The north wants the ability to strike the coast,” Anna Berg, an expert on the north’s missile programme at the Dover Institute of Regional Studies, told me.").Speaker?.Text);

    [Fact]
    public void The_one_told_is_never_the_speaker() =>
        Assert.DoesNotContain(Analyzer.Analyze("The plan will fail in the end, a long-time observer of the regional trade talks and their many rounds, told me.").Claims,
            c => c.Speaker?.Text is "me");

    [Fact]
    public void A_relative_where_is_no_part_of_the_speaker() =>
        Assert.Equal("Republicans", Analyzer.Analyze("The bill stalled in the House, where Republicans said the plan cost too much.").Claims.Single().Speaker?.Text);

    [Fact]
    public void The_occasion_before_a_participle_is_not_who_speaks()
    {
        var claims = Analyzer.Analyze("“The plan is working,” Anna Berg said at a press conference announcing the tax cut. “We will do more.”").Claims;
        Assert.All(claims, c => Assert.Equal("Anna Berg", c.Speaker?.Text));
    }

    [Fact]
    public void A_participle_before_a_quotation_reads_its_subject_as_reported_speech_does() =>
        Assert.Equal("Anna Berg", Analyzer.Analyze("Anna Berg, who had insisted the judge was biased, issued a statement saying, “I do not feel that the vote matters.”").Claims
            .Single(c => c.Cue?.Text == "saying").SpeakerCanonical);

    [Fact]
    public void A_participle_after_an_as_clause_is_said_by_that_clauses_subject() =>
        Assert.Equal("Anna Berg", Analyzer.Analyze("It was a potent punch by the two leaders, as Anna Berg echoed the criticism, saying the plan was a fraud.").Claims
            .Single(c => c.Cue?.Text == "saying").Speaker?.Text);

    [Theory]
    [InlineData("The school of journalism has published a letter disputing the report.", "The school of journalism")]
    [InlineData("Several of his allies have in the past said the plan was flawed.", "Several of his allies")]
    [InlineData("He’s spent weeks saying the vote was stolen.", "He")]
    [InlineData("Several people I have interviewed said the plan failed.", "Several people I have interviewed")]
    public void A_speaker_ends_before_its_clauses_auxiliary(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void An_absolute_with_before_a_quotation_is_no_part_of_the_speaker() =>
        Assert.Equal("the ministry", Analyzer.Analyze("The talks collapsed on Monday, with the ministry saying, “We are done with them.”").Claims
            .Single(c => c.Cue?.Text == "saying").Speaker?.Text);

    [Fact]
    public void Who_after_a_place_speaks_for_the_person_the_place_locates() =>
        Assert.Equal("Anna Berg", Analyzer.Analyze("“It is a matter of trust,” said Anna Berg, a teacher from Uppsala, Sweden, who said she would vote against the plan.").Claims
            .Single(c => c.Content.Text.StartsWith("she would", StringComparison.Ordinal)).SpeakerCanonical);

    [Fact]
    public void Who_after_a_place_skips_a_name_that_only_modifies_a_noun() =>
        Assert.Equal("Anna Berg", Analyzer.Analyze("“It is a matter of trust,” said Anna Berg, 32, a former aide to the Barack Obama campaign in Chicago who said she would vote against the plan.").Claims
            .Single(c => c.Content.Text.StartsWith("she would", StringComparison.Ordinal)).SpeakerCanonical);

    [Fact]
    public void Reports_that_name_a_claim_whose_source_the_sentence_does_not_give()
    {
        var claim = Assert.Single(Analyzer.Analyze("The resignation was followed by reports that the minister had taken bribes.").Claims);
        Assert.Equal("the minister had taken bribes", claim.Content.Text);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void A_noun_cue_inside_an_attribution_leaves_the_participle_after_it_its_speaker()
    {
        var claims = Analyzer.Analyze("Maria Petrova responded on Sunday to claims that the mayor kept notes, saying she never saw him write anything down.").Claims;
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("Maria Petrova", c.Speaker?.Text));
    }

    [Fact]
    public void A_cue_word_in_s_after_a_verb_in_ed_is_its_object() =>
        Assert.Empty(Analyzer.Analyze("The council raised doubts about the plan.").Claims);

    [Theory]
    [InlineData("The swap followed reports that the minister had resigned.")]
    [InlineData("The story fueled unfounded claims that the minister had resigned.")]
    public void A_claim_noun_after_a_verb_in_ed_names_a_claim_without_a_speaker(string text)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal("the minister had resigned", claim.Content.Text);
        Assert.Null(claim.Speaker);
    }

    [Theory]
    [InlineData("Tom Berg spoke on Friday, telling reporters the plan had failed.", "the plan had failed")]
    [InlineData("Anna Petrova told a crowd in Berglund, Vorland, that the mine would reopen.", "the mine would reopen")]
    [InlineData("Anna Petrova told a crowd of about 6,000 in a park in Berglund that the mine would reopen.", "the mine would reopen")]
    [InlineData("Tom Berg told the Berglund Times the mine would close.", "the mine would close")]
    [InlineData("Tom Berg told Vorland Radio News he would resign.", "he would resign")]
    [InlineData("Anna Petrova told the court in Berglund she was innocent.", "she was innocent")]
    [InlineData("Anna Petrova told the crowd over loudspeakers to go home.", "to go home")]
    [InlineData("Anna Petrova told the crowd over loudspeakers not to panic.", "not to panic")]
    [InlineData("Officials in Vorland were told not to speak to the press.", "not to speak to the press")]
    public void The_one_told_is_no_part_of_what_they_were_told(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("Tom Berg told the minister about his decision to resign.")]
    [InlineData("Anna Petrova spoke, telling the voters in Berglund the truth, and they cheered.")]
    public void What_follows_a_topic_or_a_new_clause_is_not_read_as_what_was_told(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Content.Text.StartsWith("to ", StringComparison.Ordinal) || c.Content.Text.StartsWith("they", StringComparison.Ordinal));

    [Fact]
    public void What_was_told_ends_before_a_joined_clause_of_its_own() =>
        Assert.Equal("the truth", Single("Anna Petrova spoke, telling the voters the truth, and they cheered.").Content.Text);

    [Fact]
    public void Maintaining_a_thing_is_keeping_it_not_saying_it() =>
        Assert.DoesNotContain(Analyzer.Analyze("Anna Petrova offered a budget plan while maintaining the pension payment.").Claims, c => c.Cue?.Text == "maintaining");

    [Fact]
    public void Maintaining_a_clause_still_reports_it() =>
        Assert.Equal("the vote was fair", Single("Tom Berg spoke on Friday, maintaining that the vote was fair.").Content.Text);

    [Theory]
    [InlineData("Rising seas threaten the coast of Vorland.")]
    [InlineData("Tom Berg spoke for an hour, stressing the importance of the vote.")]
    [InlineData("The leaked files came out on Friday, revealing the limits of the campaign.")]
    [InlineData("Voters in Berglund keep believing the promises of every candidate.")]
    public void Every_form_of_a_cue_that_needs_a_clause_needs_one(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("The program is hardly formal, but it has attracted a loyal following, said Ms. Petrova.", "Petrova")]
    [InlineData("Voters in Berglund must decide soon, and that is best done in public, said a spokesman for the party.", "a spokesman for the party")]
    [InlineData("The fighters are surrounded, but their advance has been slow, says the Berglund Times reporter.", "the Berglund Times reporter")]
    public void A_clause_joined_between_commas_is_no_appositive_of_a_subject(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("Officials who have worked with Berg, and a group of lawmakers who have sued, say the payments are illegal.", "Officials")]
    [InlineData("Officials who have worked with Berg — and have been close to him for years — say they were not surprised.", "Officials")]
    [InlineData("Party leaders, and some worried allies, believe the plan has failed.", "Party leaders")]
    public void A_second_subject_or_verb_phrase_between_commas_keeps_the_subject_before_it(string text, string speakerStart) =>
        Assert.StartsWith(speakerStart, Single(text).Speaker?.Text ?? "", StringComparison.Ordinal);

    [Theory]
    [InlineData("The judge -- who was tired -- said the report was wrong.", "The judge")]
    [InlineData("Vorland -- a member of the alliance -- said Friday it would send troops.", "Vorland")]
    public void A_double_hyphen_sets_off_an_aside_as_a_dash_does(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("Then he cut into Tom Berg, calling him a liar.", "he")]
    [InlineData("Yesterday she spoke in Berglund, saying the vote was fair.", "she")]
    public void An_opening_adverb_is_no_part_of_the_subject_pronoun_after_it(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void A_subject_pronoun_after_a_subordinate_clause_with_an_appositive_speaks() =>
        Assert.Equal("he", Single("When Tom Berg, the campaign manager, was asked if Anna Petrova would resign, he laughed and said, \"We will see.\"").Speaker?.Text);

    [Fact]
    public void Alongside_opens_an_adjunct_not_the_subject() =>
        Assert.Equal("the mayor", Analyzer.Analyze("Alongside protests in Berglund, the mayor spoke on Friday, saying, \"The count was fair.\"").Claims.Single(c => c.Cue?.Text == "saying").Speaker?.Text);

    [Theory]
    [InlineData("Amid calls for a recount, the mayor of Berglund stayed at home.")]
    [InlineData("The court in Vorland opened an inquiry into alleged abuse by the police.")]
    [InlineData("Despite warnings from the ministry, the ships left Berglund.")]
    public void A_cue_word_right_after_a_preposition_is_a_noun(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Tom Berg later blamed the weather for the defeat.", "blamed")]
    [InlineData("Anna Petrova has since blamed the weather for the defeat.", "blamed")]
    [InlineData("The campaign carried on, despite reports that its staff had quit.", "reports")]
    public void An_adverb_that_is_also_a_preposition_or_a_noun_cue_before_that_keeps_the_cue(string text, string cue) =>
        Assert.Contains(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == cue);

    [Fact]
    public void A_speaker_of_a_long_title_and_a_name_after_the_content_still_speaks()
    {
        var claim = Single("Two children were among the passengers, Vorland foreign affairs ministry spokesman Tom Anders Berg said Thursday.");
        Assert.Equal(("Two children were among the passengers", "Tom Anders Berg"), (claim.Content.Text, claim.Speaker?.Text));
    }

    [Theory]
    [InlineData("\"The plan has failed,\" Anna Petrova, the top spokeswoman for the party in Vorland told reporters.", "The plan has failed,")]
    [InlineData("\"The plan has failed,\" Anna Petrova, longtime party spokeswoman for the city of Berglund told reporters.", "The plan has failed,")]
    [InlineData("The plan has failed, Anna Petrova of Vorland, Tom Berg of Berglund and Eva Holm of Vorland said.", "Anna Petrova")]
    public void A_long_speaker_window_never_takes_a_quotation_or_a_list_of_speakers_as_content(string text, string notInContent) =>
        Assert.All(Analyzer.Analyze(text).Claims, c => Assert.DoesNotContain(notInContent, c.Content.Text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Tom Berg said on Tuesday at a news conference in Berglund, \"The ministry failed.\"")]
    [InlineData("Anna Petrova said of the new budget plan for the coming year, \"The ministry failed.\"")]
    public void A_quotation_after_an_adjunct_closed_by_a_comma_is_what_the_cue_reports(string text) =>
        Assert.Equal("The ministry failed.", Single(text).Content.Text);

    [Fact]
    public void A_participle_between_a_cue_and_a_quotation_is_no_adjunct_of_the_cue() =>
        Assert.DoesNotContain(Analyzer.Analyze("\"We have made progress\" on the roads, Anna Petrova said on Monday, addressing the unrest in Berglund, Vorland, over the floods, \"but not enough.\"").Claims,
            c => c.Content.Text == "but not enough.");

    [Fact]
    public void A_name_after_a_lead_in_set_off_by_a_dash_opens_a_colon_attribution()
    {
        var claim = Single("VOTERS SHIFT IN THE NORTH FOR THE FIRST TIME - Tom Berg: \"The analysis finds that most states lean one way.\"");
        Assert.Equal(("Tom Berg", ":"), (claim.Speaker?.Text, claim.Cue?.Text));
    }

    [Theory]
    [InlineData("Tom Berg wrote to his followers, \"It is time to go.\"", "It is time to go.")]
    [InlineData("Tom Berg wrote to the board that the vote was rigged.", "the vote was rigged")]
    public void A_clause_needing_cue_with_the_one_addressed_after_to_still_reports(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void As_a_speaker_noted_in_an_adjunct_reports_the_main_clause() =>
        Assert.Equal("the leading candidate has earned a few fans", Single("As the Vorland Times noted in a column Thursday, the leading candidate has earned a few fans.").Content.Text);

    [Fact]
    public void A_quotation_set_off_by_a_comma_ends_before_a_joiner_after_it() =>
        Assert.DoesNotContain("shared", Single("Tom Berg said to his followers, \"It is time to go,\" and shared a link.").Content.Text, StringComparison.Ordinal);

    [Fact]
    public void A_naming_verb_names_an_object_past_its_appositive() =>
        Assert.Equal("called", Single("Tom Berg called Anna Petrova, his rival, a liar.").Cue?.Text);

    [Fact]
    public void An_inverted_attribution_may_name_its_speaker_after_a_title_in_lower_case() =>
        Assert.Equal("Tom Berg", Single("The couple had been traveling together, wrote film director Tom Berg.").Speaker?.Text);

    [Theory]
    [InlineData("The Vorland Times report, citing current and former Berglund officials, ran on Monday.")]
    [InlineData("The Vorland Times report, citing former official Tom Berg, ran on Monday.")]
    public void A_participle_after_a_comma_is_no_inverted_attribution(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Cue?.Text is "citing" or "wrote");

    [Fact]
    public void Adding_to_concerns_increases_them_and_tells_no_one() =>
        Assert.Empty(Analyzer.Analyze("The vote in Vorland was delayed again, adding to concerns that the party is divided.").Claims);

    [Theory]
    [InlineData("The subpoena was withdrawn and Tom Berg testified voluntarily in 1998.")]
    [InlineData("Vorland responded angrily to the report from Berglund.")]
    [InlineData("The party got voters to listen to words he has been repeating for decades.")]
    public void An_adverb_or_a_time_after_the_cue_is_no_content(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void An_adverb_before_an_infinitive_keeps_the_promise() =>
        Assert.Equal("again to shut down the camp", Single("Tom Berg promised again to shut down the camp.").Content.Text);

    [Fact]
    public void A_time_phrase_ending_in_later_is_when_it_was_reported() =>
        Assert.Equal("Staff discussed a walkout in the event of his ouster",
            Single("Staff discussed a walkout in the event of his ouster, as the Vorland Herald reported a few days later.").Content.Text);

    [Fact]
    public void An_opening_adjunct_before_the_speaker_is_no_content() =>
        Assert.Empty(Analyzer.Analyze("Earlier this year, Tom Berg argued strenuously for the inclusion of a tax in the package.").Claims);

    [Fact]
    public void Adding_to_a_person_that_still_reports() =>
        Assert.Equal("Vorland had obtained the files", Single("Tom Berg added to Petrova that Vorland had obtained the files.").Content.Text);

    [Theory]
    [InlineData("Having said that, the plan has flaws.")]
    [InlineData("That said, \"the ministry in Vorland remains hopeful.\"")]
    public void That_said_and_having_said_that_report_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_quotation_then_a_long_title_and_name_then_a_clause_needing_cue_reports_the_quotation() =>
        Assert.Equal("Anna Petrova", Single("\"The ministry remains hopeful,\" Deputy Vorland Defense Secretary Anna Petrova wrote in a memo.").Speaker?.Text);

    [Fact]
    public void A_time_phrase_with_an_article_before_that_is_no_part_of_the_content() =>
        Assert.Equal("he lacked the fire for a campaign", Single("Tom Berg announced a year ago that he lacked the fire for a campaign.").Content.Text);

    [Fact]
    public void A_coordinated_cue_after_now_shares_the_subject() =>
        Assert.Equal("Tom Berg", Single("House Republican Tom Berg used to support Anna Petrova, but now said Eva Holm had a chance.").Speaker?.Text);

    [Fact]
    public void A_time_phrase_between_the_subject_and_the_cue_is_no_part_of_the_speaker() =>
        Assert.Equal("Tom Berg", Single("Tom Berg earlier in the day touted the progress the panel has made.").Speaker?.Text);

    [Fact]
    public void A_joiner_after_a_clause_with_its_own_verb_opens_the_cues_clause() =>
        Assert.Equal("the lawmakers", Single("The report was published in May and the lawmakers had mentioned Vorland as a possible suspect.").Speaker?.Text);

    [Theory]
    [InlineData("Tom Berg denied the accusations through a spokeswoman.")]
    [InlineData("Tom Berg denied the accusations in a statement.")]
    public void The_channel_of_a_denial_is_no_part_of_what_was_denied(string text) =>
        Assert.Equal("the accusations", Single(text).Content.Text);

    [Theory]
    [InlineData("Said Tom Berg, \"The plan failed.\"")]
    [InlineData("The plan was costly in Vorland, added Tom Berg: \"It failed.\"")]
    public void A_name_alone_between_an_opening_or_comma_cue_and_a_quotation_speaks(string text) =>
        Assert.Equal("Tom Berg", Single(text).Speaker?.Text);

    [Fact]
    public void The_one_told_before_a_quotation_is_no_inverted_speaker() =>
        Assert.Equal("She", Single("She told Tom Berg, \"The plan failed.\"").Speaker?.Text);

    [Theory]
    [InlineData("Even though Anna Petrova said the plan would fail, the council approved it.")]
    [InlineData("Just as Anna Petrova said the plan would fail, the council approved it.")]
    [InlineData("A few weeks after Anna Petrova said the plan would fail, the council approved it.")]
    [InlineData("Days after Anna Petrova said the plan would fail, the council approved it.")]
    [InlineData("Vorland debated the plan for weeks, and though Anna Petrova said the plan would fail, the council approved it.")]
    public void A_qualified_or_joined_subordinate_clause_ends_its_content_at_its_comma(string text) =>
        Assert.Equal("the plan would fail", Single(text).Content.Text);

    [Fact]
    public void A_comma_between_the_adjectives_after_a_does_not_end_a_subordinate_clause() =>
        Assert.Equal("a new, friendly deal with Vorland", Single("Even as Tom Berg called for a new, friendly deal with Vorland, his party voted against it.").Content.Text);

    [Theory]
    [InlineData("Having said that the plan would fail, Tom Berg voted against it.")]
    [InlineData("Having warned the plan would fail, Tom Berg voted against it.")]
    public void A_perfect_participle_opening_the_sentence_reports_for_the_main_clauses_subject(string text)
    {
        var claim = Single(text);
        Assert.Equal(("Tom Berg", "the plan would fail"), (claim.Speaker?.Text, claim.Content.Text));
    }

    [Theory]
    [InlineData("Tom Berg denied any role in the plan, and the council has never accused him.", "any role in the plan")]
    [InlineData("Tom Berg explained the problem in a book, but the voters have ignored it.", "the problem in a book")]
    [InlineData("Tom Berg praised Vorland, Berglund, and the council was pleased.", "Vorland, Berglund, and the council was pleased")]
    public void A_joiner_and_a_new_subject_with_its_verb_end_a_noun_phrase_content_but_not_a_list(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_perfect_participle_after_a_comma_reports_for_the_clauses_subject() =>
        Assert.Equal("Vorland", Single("Vorland is the second-largest donor, having pledged more aid to Berglund.").Speaker?.Text);

    [Theory]
    [InlineData("But let's say, for the sake of argument, that this is a war.")]
    [InlineData("But let’s say that Vorland wins the vote.")]
    public void A_supposition_with_lets_say_reports_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Tom Berg, when told he was for the invasion, laughed.")]
    [InlineData("Anna Petrova refused the order when told it came from Vorland.")]
    public void A_subordinator_before_told_makes_an_elided_passive_that_reports_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Tom Berg resigned after reports that he had misled the council.")]
    [InlineData("The senators acted after reports emerged that he had misled the council.")]
    public void A_claim_noun_after_a_subordinating_preposition_still_reports(string text) =>
        Assert.Contains(Analyzer.Analyze(text).Claims, c => c.Content.Text == "he had misled the council");

    [Theory]
    [InlineData("Tom Berg went on to say, \"The plan will fail.\"")]
    [InlineData("Tom Berg went on to say: \"The plan will fail.\"")]
    public void A_cue_phrase_before_a_quotation_is_read_from_its_first_word(string text)
    {
        var claim = Single(text);
        Assert.Equal(("Tom Berg", "went on to say"), (claim.Speaker?.Text, claim.Cue?.Text));
    }

    [Theory]
    [InlineData("\"The plan will fail,\" Tom Berg, now 81 and retired, said.")]
    [InlineData("\"The plan will fail,\" Tom Berg, retired in Berglund, said.")]
    public void An_appositive_ending_in_a_participle_leads_to_the_cue_after_a_quotation(string text) =>
        Assert.Equal("Tom Berg", Single(text).Speaker?.Text);

    [Fact]
    public void An_inverted_speaker_with_a_relative_clause_before_a_quotation_speaks() =>
        Assert.Equal("Anna Petrova", Single("Said Anna Petrova, who grew up with Tom Berg in Vorland, \"We were all so proud of him.\"").Speaker?.Text);

    [Theory]
    [InlineData("The council approved it, and as Anna Petrova said on Monday, the plan has already failed.")]
    [InlineData("It is unclear what he gave, given that, as Anna Petrova said on Monday, the plan has already failed.")]
    public void An_as_aside_inside_the_sentence_reports_the_clause_after_it(string text) =>
        Assert.Equal("the plan has already failed", Single(text).Content.Text);

    [Fact]
    public void An_as_aside_after_a_participle_clause_reports_no_clause_after_it() =>
        Assert.DoesNotContain(Analyzer.Analyze("Asked whether more time would help, as Anna Petrova suggested on Monday, Tom Berg rejected the idea.").Claims,
            c => c.Speaker?.Text == "Anna Petrova" && c.Content.Text.StartsWith("Tom Berg", StringComparison.Ordinal));

    [Fact]
    public void A_quotation_after_a_quoted_question_continues_the_one_who_asked()
    {
        var claims = Analyzer.Analyze("Tom Berg said the plan was good. \"Can we win Vorland?\" Anna Petrova asked. \"I don't know. But we can make them spend money there.\"").Claims;
        Assert.Equal("Anna Petrova", claims.Single(c => c.Content.Text.StartsWith("I don't know", StringComparison.Ordinal)).SpeakerCanonical);
    }

    [Theory]
    [InlineData("Tom Berg said the plan was good. Anna Petrova also discussed it. She said:\n\n\"It is very appropriate that we stand here today.\"")]
    [InlineData("Tom Berg said the plan was good. Anna Petrova also discussed it. Petrova said:\n\n\"It is very appropriate that we stand here today.\"")]
    public void A_subject_and_said_before_a_colon_attribute_the_paragraph_quotation_after_it(string text)
    {
        var claim = Analyzer.Analyze(text).Claims.Single(c => c.Direct);
        Assert.Equal(("Anna Petrova", "said"), (claim.SpeakerCanonical, claim.Cue?.Text));
    }

    [Theory]
    [InlineData("Tom Berg said the plan was good. \"Tell me what is wrong?\" Anna Petrova asked him, according to a person familiar with the call.")]
    [InlineData("Tom Berg said the plan was good. \"Tell me what is wrong?\" Anna Petrova asked me, according to a person familiar with the call.")]
    public void A_quoted_question_then_a_speaker_asking_someone_is_the_askers(string text) =>
        Assert.Equal("Anna Petrova", Analyzer.Analyze(text).Claims.Single(c => c.Direct).SpeakerCanonical);

    [Fact]
    public void What_was_explained_to_me_is_no_claim_content() =>
        Assert.DoesNotContain(Analyzer.Analyze("The virus spreads through close contact, as Anna Petrova explained to me in an interview.").Claims, c => c.Content.Text == "to me");

    [Theory]
    [InlineData("Tom Berg noted this week that most of those plans run only to 2030.", "most of those plans run only to 2030")]
    [InlineData("Tom Berg stressed this week that the plans run only to 2030.", "the plans run only to 2030")]
    [InlineData("Tom Berg threatened last week to impose a tariff on cars made in Vorland.", "to impose a tariff on cars made in Vorland")]
    [InlineData("Tom Berg threatened earlier this week to impose a tariff on cars made in Vorland.", "to impose a tariff on cars made in Vorland")]
    public void A_time_phrase_between_the_cue_and_its_clause_is_passed_over(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_time_phrase_before_to_and_a_person_keeps_the_person_told() =>
        Assert.Equal("Tom Berg", Single("\"The plan will fail,\" Tom Berg wrote this week to Anna Petrova of Vorland.").Speaker?.Text);

    [Fact]
    public void An_as_aside_after_a_joiner_reports_a_clause_with_a_lower_case_subject() =>
        Assert.Equal("people in the case could still be punished",
            Analyzer.Analyze("They can still get in trouble for it, and as Tom Berg noted, people in the case could still be punished.").Claims.Single(c => c.Speaker?.Text == "Tom Berg").Content.Text);

    [Fact]
    public void A_participle_after_a_claim_in_a_relative_clause_is_the_sentences_subjects() =>
        Assert.Equal("Tom Berg", Analyzer.Analyze("President Tom Berg rebuked critics who say he should condemn the group, saying the label would help its recruiters.").Claims
            .Single(c => c.Cue?.Text == "saying").SpeakerCanonical);

    [Fact]
    public void A_participle_after_an_opening_phrase_and_a_subordinate_clause_is_the_main_clauses_subjects()
    {
        var claims = Analyzer.Analyze("In a September debate, while most of his rivals called for a bigger effort, Tom Berg stuck to the old approach, noting that the leadership was weak.").Claims;
        Assert.Equal("a bigger effort", claims.Single(c => c.Cue?.Text == "called for").Content.Text);
        Assert.Equal("Tom Berg", claims.Single(c => c.Cue?.Text == "noting").SpeakerCanonical);
    }

    [Theory]
    [InlineData("In the end, Tom Berg said in an email, the plan was costly and would fail.", "the plan was costly and would fail")]
    [InlineData("If anything, Tom Berg argued in his email, the incident shows why the council should adopt new rules.", "the incident shows why the council should adopt new rules")]
    [InlineData("The economy, Tom Berg acknowledged after the report, is not growing as fast as he wants.", "is not growing as fast as he wants")]
    public void An_attribution_set_off_by_commas_with_an_adjunct_after_its_cue_reports_the_clause_after_it(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_list_after_a_cues_prepositional_object_is_no_clause_after_an_aside() =>
        Assert.DoesNotContain(Analyzer.Analyze("Instead, they are insisting on due process, transparency, and democratic reforms.").Claims,
            c => c.Content.Text.StartsWith("transparency", StringComparison.Ordinal));

    [Fact]
    public void An_appositive_with_nouns_joined_by_and_leads_to_a_clause_needing_cue_after_a_quotation() =>
        Assert.Equal("Tom Berg", Single("\"There are stories,\" Tom Berg, a former director of the Vorland union and organizer, wrote in an email.").Speaker?.Text);

    [Fact]
    public void A_written_attribution_set_off_by_commas_with_an_adjunct_reports_the_clause_after_it() =>
        Assert.Equal("is to shame the voters", Single("The purpose of the law, Anna Petrova wrote in a statement, is to shame the voters.").Content.Text);

    [Theory]
    [InlineData("\"Will he be the next minister?\" a Vorland staffer in the room wondered.", "a Vorland staffer in the room")]
    public void A_described_speaker_with_capitalised_adjectives_or_a_phrase_before_a_past_speech_verb_speaks(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void An_adjective_in_ed_after_the_determiner_is_no_speech_verb() =>
        Assert.Equal("said", Single("\"The plan will fail,\" the bespectacled, 71-year-old diplomat said in an interview.").Cue?.Text);

    [Fact]
    public void An_adverb_between_the_comma_and_a_participle_keeps_the_clauses_subject_speaking() =>
        Assert.Equal("Anna Petrova", Single("Anna Petrova has expressed frustration about her first debate, recently telling one person that she is ready.").SpeakerCanonical);

    [Fact]
    public void A_subordinator_after_a_discourse_word_makes_the_participle_the_main_clauses_subjects() =>
        Assert.Equal("she", Single("But while denouncing the tax schemes of big firms to audiences, she has not outlined a plan of her own.").Speaker?.Text);

    [Fact]
    public void A_participle_joined_to_an_opening_adjunct_participle_is_the_main_clauses_subjects()
    {
        var claims = Analyzer.Analyze("After initially pointing to a technical failure and insisting the army was not to blame, officials on Saturday admitted the error.").Claims;
        Assert.StartsWith("officials", claims.Single(c => c.Cue?.Text == "insisting").Speaker?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_aside_after_a_subordinate_clauses_subject_is_that_subjects_and_ends_before_its_verb()
    {
        var claims = Analyzer.Analyze("The dispute grew on Monday, as Tom Berg, contradicting Anna Petrova, said he had never agreed to pay.").Claims;
        Assert.Equal("Tom Berg", claims.Single(c => c.Cue?.Text == "contradicting").SpeakerCanonical);
        Assert.Equal("he had never agreed to pay", claims.Single(c => c.Cue?.Text == "said").Content.Text);
    }

    [Fact]
    public void A_plural_noun_cue_before_an_attribution_set_off_by_commas_heads_the_content() =>
        Assert.Equal("added", Single("Cost estimates, he added, were based on a prototype.").Cue?.Text);

    [Theory]
    [InlineData("Tom Berg said Sunday in Berglund, Vorland, that he was hoping for a large turnout.")]
    [InlineData("Tom Berg said in Berglund, Vorland, that he was hoping for a large turnout.")]
    public void A_place_and_its_state_set_off_by_commas_before_that_leave_the_clause_the_content(string text) =>
        Assert.Equal("he was hoping for a large turnout", Analyzer.Analyze(text).Claims.Single(c => c.Cue?.Text == "said").Content.Text);

    [Fact]
    public void A_gerund_preposition_after_a_discourse_word_opens_an_adjunct_whose_content_ends_at_its_comma() =>
        Assert.Equal("the charges a witch hunt", Single("But despite calling the charges a witch hunt, he could be facing the biggest test of his career.").Content.Text);

    [Theory]
    [InlineData("\"We will win,\" Anna Petrova said. \"Oh, my God,\" a young woman exclaimed upon seeing her.", "a young woman")]
    [InlineData("\"We will win,\" Anna Petrova said. \"Oh, my God,\" a young woman exclaimed when she saw her.", "a young woman")]
    public void A_quotation_attributed_by_an_unlisted_past_verb_may_end_in_a_subordinate_clause(string text, string speaker) =>
        Assert.Equal(speaker, Analyzer.Analyze(text).Claims.Single(c => c.Content.Text == "Oh, my God").Speaker?.Text);

    [Fact]
    public void A_quoted_question_asked_of_a_described_person_is_the_askers() =>
        Assert.Equal("Tom Berg", Analyzer.Analyze("\"We will win,\" Anna Petrova said. \"Did you know it was a trap?\" Tom Berg asked the real estate mogul.").Claims
            .Single(c => c.Content.Text.StartsWith("Did you know", StringComparison.Ordinal)).SpeakerCanonical);

    [Fact]
    public void A_present_speech_verb_missing_from_the_cue_list_attributes_the_quotation_before_it() =>
        Assert.Equal("a voice-over in the ad", Analyzer.Analyze("\"We will win,\" Anna Petrova said. \"They know the plan is strong enough,\" a voice-over in the ad states.").Claims
            .Single(c => c.Content.Text.StartsWith("They know", StringComparison.Ordinal)).Speaker?.Text);

    [Fact]
    public void A_horizontal_bar_after_a_dateline_is_a_dash() =>
        Assert.Equal("The ministry", Single("BERGLUND \u2015 The ministry said on Monday that the talks had failed.").Speaker?.Text);

    [Theory]
    [InlineData("Tom Berg said the ban was a priority, a plan he has since modified in favor of a narrower rule.", "the ban was a priority")]
    [InlineData("Tom Berg said the strike hit a weapons depot, an explanation dismissed in the West.", "the strike hit a weapons depot")]
    [InlineData("Tom Berg said Anna Petrova, a former contractor, was aboard the plane.", "Anna Petrova, a former contractor, was aboard the plane")]
    [InlineData("Tom Berg said they need food, a bed and medicine.", "they need food, a bed and medicine")]
    [InlineData("Tom Berg said the trip gave him and his wife, Anna, a chance to see old friends.", "the trip gave him and his wife, Anna, a chance to see old friends")]
    public void A_gloss_opened_by_a_comma_and_an_article_that_closes_the_sentence_is_the_writers(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("Tom Berg confirmed the meeting would take place but would not offer details of the agenda.", "the meeting would take place")]
    [InlineData("Anna Petrova said all staff sign such agreements, though she did not discuss their terms.", "all staff sign such agreements")]
    [InlineData("Tom Berg said the bank was watching closely but did not see problems yet.", "the bank was watching closely but did not see problems yet")]
    public void What_the_speaker_would_not_disclose_after_but_or_though_is_no_part_of_the_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_speaker_read_from_a_preposition_takes_in_the_head_noun_before_it() =>
        Assert.Equal("Executives at more than a dozen health insurance companies", Single("Executives at more than a dozen health insurance companies said the plan would fail.").Speaker?.Text);

    [Fact]
    public void An_adverb_before_a_speakers_preposition_is_no_head_noun() =>
        Assert.Equal("at least some of the victims", Single("Yet at least some of the victims said the plan would fail.").Speaker?.Text);

    [Fact]
    public void An_occasion_after_the_person_told_still_ends_the_attribution() =>
        Assert.Equal("Vorland was only doing its job", Single("Vorland was only doing its job, he told the court in his filing.").Content.Text);

    [Fact]
    public void A_hyphenated_word_ending_in_ed_is_no_verb_inside_an_adjunct_before_a_quotation() =>
        Assert.Equal("said", Single("Sen. Tom Berg said in an op-ed piece before a 2014 Senate hearing, \u201cThe ministry failed to honor repeated requests for more security.\u201d").Cue?.Text);

    [Theory]
    [InlineData("The talks went well, a point Tom Berg also acknowledged to Vorland Radio.", "The talks went well")]
    [InlineData("The minister died at home on Friday, his friend Tom Berg confirmed to the Vorland Post.", "The minister died at home on Friday")]
    public void The_one_addressed_after_to_is_no_content_and_the_clause_before_is(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("Tom Berg admitted to an affair.", "to an affair")]
    [InlineData("Tom Berg confirmed to the Vorland Post his own part in the plan.", "to the Vorland Post his own part in the plan")]
    public void A_to_phrase_that_is_what_was_said_stays_the_content(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_subordinate_clause_after_the_cues_comma_is_the_occasion_not_the_content() =>
        Assert.DoesNotContain(Analyzer.Analyze("\"Quiet,\" he demanded, as Tom Berg continued to interject.").Claims, c => c.Content.Text.StartsWith("as ", StringComparison.Ordinal));

    [Fact]
    public void A_subordinate_clause_after_the_cues_comma_may_open_the_content() =>
        Assert.Equal("as with the last trial, she would vote to acquit", Single("Therefore, Anna Petrova concluded, as with the last trial, she would vote to acquit.").Content.Text);

    [Fact]
    public void A_headline_names_the_one_addressed_after_the_speaker_before_its_colon()
    {
        var claim = Single("Anna Petrova to Vorland Union: Berg will reverse the reform.");
        Assert.Equal("Anna Petrova", claim.Speaker?.Text);
        Assert.Equal("Berg will reverse the reform", claim.Content.Text);
    }

    [Fact]
    public void An_adverb_alone_after_a_comma_names_no_speaker() =>
        Assert.DoesNotContain(Analyzer.Analyze("Tom Berg spoke after a day in which she repeatedly, implicitly criticized the plan.").Claims, c => c.Speaker?.Text == "implicitly");

    [Fact]
    public void A_degree_word_before_an_adverb_after_a_joiner_is_no_speaker() =>
        Assert.Equal("He", Analyzer.Analyze("He vowed to ban them, declined to criticize the mayor, and most recently defended the use of the image.").Claims
            .Single(c => c.Cue?.Text == "defended").Speaker?.Text);

    [Fact]
    public void A_clause_needing_cue_after_a_quotation_closed_on_an_exclamation_mark_attributes_it() =>
        Assert.Equal("Tom Berg", Analyzer.Analyze("\"We will win,\" Anna Petrova said. \"If she thinks she can win, she is wrong!\" Tom Berg wrote on Twitter.").Claims
            .Single(c => c.Content.Text.StartsWith("If she thinks", StringComparison.Ordinal)).SpeakerCanonical);

    [Fact]
    public void An_editorial_is_a_text_a_reading_verb_reports() =>
        Assert.Equal("the editorial", Analyzer.Analyze("\"We will win,\" Anna Petrova said. \"If she wants to lead, Anna Petrova should act like a leader,\" the editorial read.").Claims
            .Single(c => c.Content.Text.StartsWith("If she wants", StringComparison.Ordinal)).Speaker?.Text);

    [Theory]
    [InlineData("Anna Petrova, on “Morning Hour,” said the vote was late.")]
    [InlineData("Anna Petrova, a host of the show “Morning Hour,” said the vote was late.")]
    public void A_quoted_title_closing_the_speakers_aside_keeps_the_speaker(string text)
    {
        var claim = Single(text);
        Assert.Equal("Anna Petrova", claim.Speaker?.Text);
        Assert.Equal("the vote was late", claim.Content.Text);
    }

    [Theory]
    [InlineData("Tom Berg — who previously said he would close the mine — said at a rally that the borders should close.")]
    [InlineData("Tom Berg - who previously said he would close the mine - said at a rally that the borders should close.")]
    public void A_relative_clause_between_dashes_reports_a_claim_of_the_name_before_it(string text)
    {
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Contains(claims, c => c.Speaker?.Text == "Tom Berg" && c.Content.Text == "he would close the mine");
        Assert.Contains(claims, c => c.Speaker?.Text == "Tom Berg" && c.Content.Text == "the borders should close");
    }

    [Fact]
    public void A_claim_in_a_dash_aside_ends_at_the_dash_that_closes_it() =>
        Assert.Equal("she thinks the mayor should resign", Single("The first two to sign were Anna Petrova — who has said for months that she thinks the mayor should resign — and Tom Berg.").Content.Text);

    [Theory]
    [InlineData("Police said at least six people died in Vorland.", "at least six people died in Vorland")]
    [InlineData("Tom Berg contends at most ten ballots remain.", "at most ten ballots remain")]
    public void At_least_opens_a_quantity_not_an_adjunct_after_the_cue(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Theory]
    [InlineData("The plan will fail, Tom Berg said as he left the room.")]
    [InlineData("The plan will fail, officials said as the vote was counted.")]
    public void A_temporal_clause_right_after_the_cue_is_the_occasion_when_the_content_comes_first(string text) =>
        Assert.Equal("The plan will fail", Single(text).Content.Text);

    [Fact]
    public void A_comparison_after_the_cue_leaves_the_content_after_it() =>
        Assert.Equal("the plan will fail", Single("The vote was close, Anna Petrova warned as she did last year that the plan will fail.").Content.Text);

    [Theory]
    [InlineData("Anna Petrova warned, as she did last year, that the plan will fail.")]
    [InlineData("Anna Petrova warned as she has in the past that the plan will fail.")]
    public void A_comparison_with_an_earlier_saying_is_no_part_of_the_content(string text) =>
        Assert.Equal("the plan will fail", Single(text).Content.Text);

    [Theory]
    [InlineData("Polls show Berg is trailing Petrova.", "Polls")]
    [InlineData("Records show Berg paid the fine in 2019.", "Records")]
    public void A_capitalised_finding_noun_opening_the_sentence_reports_a_finding(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Theory]
    [InlineData("56% say they should pay the fines.", "56%")]
    [InlineData("Just 15% say the plan is fair.", "15%")]
    public void A_percentage_with_its_sign_is_a_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Single(text).Speaker?.Text);

    [Fact]
    public void A_second_percentage_and_its_cue_end_the_content_before_it()
    {
        var claims = Analyzer.Analyze("Only 6% said the plan was too harsh, and 30% said it was just right.").Claims;
        Assert.Contains(claims, c => c.Speaker?.Text == "6%" && c.Content.Text == "the plan was too harsh");
        Assert.Contains(claims, c => c.Speaker?.Text == "30%" && c.Content.Text == "it was just right");
    }

    [Fact]
    public void A_comparison_set_off_by_commas_ends_at_its_closing_comma() =>
        Assert.DoesNotContain(Analyzer.Analyze("Anna Petrova said, as she has before, the bill that the council passed is illegal.").Claims,
            c => c.Content.Text == "the council passed is illegal");

    [Fact]
    public void That_before_a_time_word_in_a_comparison_is_no_complementizer() =>
        Assert.Equal("the plan will fail", Single("Anna Petrova warned as she did that morning that the plan will fail.").Content.Text);

    [Fact]
    public void At_more_than_opens_an_adjunct_not_a_quantity_content() =>
        Assert.Equal("The plan will fail", Single("The plan will fail, Tom Berg said at more than 40 rallies.").Content.Text);

    [Theory]
    [InlineData("Much of what Tom Berg does is bad, which can be said of many politicians.")]
    public void A_passive_said_without_to_or_that_reports_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Tom Berg was said by some officials to be sympathetic to the plan.")]
    [InlineData("It was said in the filing that the plan would fail.")]
    public void A_passive_said_before_to_or_that_after_a_short_adjunct_still_reports(string text) =>
        Assert.NotEmpty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_passive_said_keeps_its_long_agent_as_the_speaker() =>
        Assert.Equal("multiple senior administration officials", Single("Tom Berg was said by multiple senior administration officials to be sympathetic to the plan.").Speaker?.Text);

    [Fact]
    public void A_passive_said_after_its_content_still_reports() =>
        Assert.Equal("The talks collapsed", Single("The talks collapsed, it was said.").Content.Text);

    [Fact]
    public void The_agent_of_a_passive_told_is_the_speaker()
    {
        var claim = Single("Vorland Radio was told by senior military sources that the reports were false.");
        Assert.Equal("senior military sources", claim.Speaker?.Text);
        Assert.Equal("the reports were false", claim.Content.Text);
    }

    [Fact]
    public void A_to_after_the_agent_that_opens_no_infinitive_leaves_the_claim_as_it_was() =>
        Assert.DoesNotContain(Analyzer.Analyze("Much of what was said by acting Ambassador to Vorland Tom Berg was new.").Claims, c => c.Speaker?.Text == "acting Ambassador");

    [Fact]
    public void A_participle_after_a_count_word_is_an_adjective_and_leaves_the_attribution_its_content()
    {
        var claim = Single("There have been five confirmed cases in Vorland, health officials said.");
        Assert.Equal("health officials", claim.Speaker?.Text);
        Assert.Equal("There have been five confirmed cases in Vorland", claim.Content.Text);
    }

    [Fact]
    public void A_count_word_before_a_cue_and_a_clause_is_the_subject() =>
        Assert.Contains(Analyzer.Analyze("The statement by the two suggested both are invested in the plan.").Claims, c => c.Cue?.Text == "suggested");

    [Fact]
    public void A_phrasal_cue_with_its_agent_after_the_particle_is_a_passive() =>
        Assert.Equal("the official", Single("The result could be a sentence of less than the ten years called for by the law, the official said.").Speaker?.Text);

    [Fact]
    public void A_sentence_final_attribution_reports_the_clause_that_holds_a_claim_of_its_own()
    {
        var claims = Analyzer.Analyze("Tom Berg told him he had not made up his mind, Anna Petrova said.").Claims;
        Assert.Contains(claims, c => c.Speaker?.Text == "Anna Petrova" && c.Content.Text == "Tom Berg told him he had not made up his mind");
        Assert.Contains(claims, c => c.Speaker?.Text == "Tom Berg" && c.Content.Text == "he had not made up his mind");
    }

    [Fact]
    public void The_outer_claim_starts_at_the_inner_claims_speaker_after_an_opener() =>
        Assert.Contains(Analyzer.Analyze("On Monday, they reported her missing, police said.").Claims,
            c => c.Speaker?.Text == "police" && c.Content.Text == "they reported her missing");

    [Fact]
    public void A_stance_cue_after_an_inner_claims_comma_is_no_outer_attribution() =>
        Assert.DoesNotContain(Analyzer.Analyze("Instead, Vorland said a strike had hit a warehouse held by rebels, an explanation dismissed in the West.").Claims,
            c => c.Cue?.Text == "dismissed" && c.Content.Text.Contains("Vorland said", StringComparison.Ordinal));

    [Theory]
    [InlineData("Analyst Tom Berg agreed that the shift was a matter of geography.", "agreed", "the shift was a matter of geography")]
    [InlineData("Tom Berg agrees with Anna Petrova that the plan is the best option.", "agrees", "the plan is the best option")]
    [InlineData("A campaign aide later clarified that Berg misspoke.", "clarified", "Berg misspoke")]
    [InlineData("The group recognizes that many people are still struggling.", "recognizes", "many people are still struggling")]
    [InlineData("The judge ruled that the law was invalid.", "ruled", "the law was invalid")]
    [InlineData("Anna Petrova has made it clear that the talks are over.", "made it clear", "the talks are over")]
    public void Agreement_clarification_rulings_and_made_it_clear_report_their_clause(string text, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Tom Berg agreed to the talks in Vorland.")]
    [InlineData("Vorland recognized the new government on Monday.")]
    public void Agreement_and_recognition_without_a_clause_report_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("Experts note that the plan failed.", "note", "the plan failed")]
    [InlineData("Polls indicate that the race in Vorland is close.", "indicate", "the race in Vorland is close")]
    [InlineData("The judge ordered that the documents be released.", "ordered", "the documents be released")]
    public void Note_indicate_and_ordered_report_the_clause_after_them(string text, string cue, string content)
    {
        var claim = Single(text);
        Assert.Equal(cue, claim.Cue?.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Editor’s note: Tom Berg is a columnist in Vorland.")]
    [InlineData("Tom Berg ordered a review of the mine.")]
    public void A_note_that_is_a_noun_and_an_order_without_a_clause_report_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Fact]
    public void A_quotation_resumed_after_a_speech_verb_that_is_no_cue_is_the_same_speakers()
    {
        var claims = Analyzer.Analyze("“To date,” she continued, “there has been little interest in the mine in Vorland.”").Claims;
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("continued", c.Cue?.Text));
        Assert.Equal("there has been little interest in the mine in Vorland.", claims[1].Content.Text);
        Assert.Equal("she", claims[1].Speaker?.Text);
    }

    [Theory]
    [InlineData("Tom Berg rejected the plan, warning that the mine would close.")]
    [InlineData("Officials in Vorland have been warning that the mine would close.")]
    public void Warning_as_a_participle_reports_its_clause(string text) =>
        Assert.Contains(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == "warning" && c.Content.Text == "the mine would close");

    [Theory]
    [InlineData("Tom Berg issued a stark warning that the mine would close.")]
    [InlineData("The vote in Vorland is a flashing warning sign that the mine would close.")]
    public void Warning_as_a_noun_is_no_cue(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == "warning");

    [Theory]
    [InlineData("Tom Berg vented to aides, complaining that the plan had failed.", "complaining")]
    [InlineData("Vorland radio is reporting that the plan had failed.", "reporting")]
    [InlineData("The court struck down the law, ruling that the plan had failed.", "ruling")]
    [InlineData("The polls are showing that the plan had failed.", "showing")]
    [InlineData("Anna Petrova attacked Berg on Monday, charging that the plan had failed.", "charging")]
    public void Participles_of_cue_verbs_after_a_comma_or_be_report_their_clause(string text, string cue) =>
        Assert.Contains(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == cue && c.Content.Text == "the plan had failed");

    [Fact]
    public void A_participle_cue_form_is_no_verb_inside_a_speaker_phrase() =>
        Assert.Contains(Analyzer.Analyze("The ruling party rejected the plan, warning that the mine would close.").Claims,
            c => c.Cue?.Text == "warning" && c.Speaker?.Text == "The ruling party");

    [Theory]
    [InlineData("The court’s ruling that the law was invalid surprised Tom Berg.", "ruling")]
    [InlineData("The key finding that the mine was unsafe surprised Tom Berg.", "finding")]
    [InlineData("Vorland joined the union in 2008, recognizing Kosovo in the same year.", "recognizing")]
    public void A_participle_cue_form_used_as_a_noun_or_without_a_clause_reports_nothing(string text, string word) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == word);

    [Fact]
    public void A_quotation_closed_by_doubled_curly_single_marks_is_attributed_to_the_speaker_after_it()
    {
        var claim = Single("“We will reopen the mine in Vorland,’’ Tom Berg said.");
        Assert.Equal("Tom Berg", claim.Speaker?.Text);
        Assert.Equal("We will reopen the mine in Vorland", claim.Content.Text);
    }

    [Theory]
    [InlineData("Analysts in Vorland called it the most severe crackdown in decades.", "it the most severe crackdown in decades")]
    [InlineData("Tom Berg called her one of the heroes of the strike.", "her one of the heroes of the strike")]
    public void A_naming_verb_with_an_object_pronoun_then_a_definite_phrase_names_it(string text, string content) =>
        Assert.Equal(content, Single(text).Content.Text);

    [Fact]
    public void A_naming_verb_with_an_object_pronoun_then_a_time_names_nothing() =>
        Assert.Empty(Analyzer.Analyze("The White House called him the day before the vote in Vorland.").Claims);

    [Fact]
    public void A_comma_after_the_closing_mark_of_a_quotation_that_opens_its_sentence_leads_to_its_attribution()
    {
        var claim = Single("“We will reopen the mine in Vorland”, Tom Berg said.");
        Assert.True(claim.Direct);
        Assert.Equal("Tom Berg", claim.Speaker?.Text);
        Assert.Equal("We will reopen the mine in Vorland", claim.Content.Text);
    }

    [Fact]
    public void A_name_given_after_an_object_pronoun_ends_the_naming_content_at_the_speakers_next_act() =>
        Assert.Equal("it the Vorland shutdown", Single("Tom Berg called it the Vorland shutdown, blamed the unions and left the hall.").Content.Text);

    [Fact]
    public void A_naming_verb_with_an_object_pronoun_then_a_time_two_words_on_names_nothing() =>
        Assert.Empty(Analyzer.Analyze("The White House called them the following morning about the vote in Vorland.").Claims);

    [Fact]
    public void A_quotation_opening_its_paragraph_then_a_dash_and_a_name_is_that_names()
    {
        var claims = Analyzer.Analyze("Anna Petrova spoke first. “We will win the vote,” she said.\n\n“My fight is over.” — Tom Berg\n\nBerg was a columnist.").Claims;
        var pulled = Assert.Single(claims, c => c.Content.Text == "My fight is over.");
        Assert.Equal("Tom Berg", pulled.Speaker?.Text);
        Assert.Equal("—", pulled.Cue?.Text);
    }

    [Fact]
    public void Quotations_on_single_lines_each_signed_with_a_dash_and_a_name_are_each_that_persons()
    {
        // Paragraphs set on single lines, no blank line between them.
        var claims = Analyzer.Analyze("“My fight is over.” ― Tom Berg\n“We will win the vote.” ― Anna Petrova\nBerg was a columnist.").Claims;
        Assert.Equal("Tom Berg", Assert.Single(claims, c => c.Content.Text == "My fight is over.").Speaker?.Text);
        Assert.Equal("Anna Petrova", Assert.Single(claims, c => c.Content.Text == "We will win the vote.").Speaker?.Text);
    }

    [Fact]
    public void A_quotation_in_hard_wrapped_text_runs_across_a_line_break_after_a_full_stop()
    {
        // The block's lines go on in lower case elsewhere, so its single line breaks fall inside sentences.
        var claims = Analyzer.Analyze("Tom Berg spoke to the council\nabout the budget on Monday. “We lost the vote.\nWe will appeal the ruling,” Anna Petrova said.").Claims;
        var claim = Assert.Single(claims, c => c.Speaker?.Text == "Anna Petrova");
        Assert.Equal("We lost the vote.\nWe will appeal the ruling", claim.Content.Text);
    }

    [Fact]
    public void A_right_quotation_mark_opening_a_paragraph_opens_the_quotation()
    {
        var claims = Analyzer.Analyze("Tom Berg spoke first.\n\n”The vote was rigged,” Anna Petrova said. “We will appeal.”").Claims;
        var first = Assert.Single(claims, c => c.Content.Text == "The vote was rigged");
        Assert.Equal("Anna Petrova", first.Speaker?.Text);
        Assert.True(first.Direct, "the words between the marks are a quotation");
        Assert.Contains(claims, c => c.Content.Text == "We will appeal.");
    }

    [Fact]
    public void A_single_line_break_inside_a_sentence_is_no_paragraph_break()
    {
        // Hard-wrapped text: the pull-quote reading needs the name to end its paragraph, and here the sentence goes on.
        var claims = Analyzer.Analyze("“My fight is over.” ― Tom Berg\nand his rival wrote the column.").Claims;
        Assert.DoesNotContain(claims, c => c.Cue?.Text == "―");
    }

    [Theory]
    [InlineData("Tom Berg spoke first.\n\n“We have never been prouder of you,” Anna Petrova wrote to Berg in a message.")]
    [InlineData("Tom Berg spoke first.\n\n“We have never been prouder of you,” his rival, Anna Petrova, wrote in a letter.")]
    public void A_quotation_then_its_writer_is_the_writers_not_a_continuation(string text)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal("Anna Petrova", claim.Speaker?.Text);
        Assert.Equal("wrote", claim.Cue?.Text);
    }

    [Fact]
    public void A_quotation_closed_in_the_sentence_before_a_fronted_participle_leaves_the_writers_adjunct_alone()
    {
        var claims = Analyzer.Analyze("Tom Berg asked, “Who would do this?”\n\nContradicting that account, Anna Petrova wrote in an unpublished book manuscript that the mayor told her he had lied.").Claims;
        // (Read as the quotation's attribution, the cue took the adjunct after it as its content.)
        Assert.DoesNotContain(claims, c => c.Content.Text.StartsWith("in an unpublished", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_after_a_quotation_inside_a_paragraph_is_no_attribution() =>
        Assert.DoesNotContain(Analyzer.Analyze("Tom Berg spoke. He called the plan “a disaster” — Anna Petrova, his rival, disagreed.").Claims, c => c.Cue?.Text == "—");

    [Fact]
    public void A_quotation_resumed_after_its_attribution_and_an_adjunct_is_the_same_speakers()
    {
        var claims = Analyzer.Analyze("“These men know how to use words,” said Tom Berg, speaking of politicians in Vorland, “and leave themselves room.”").Claims;
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("Tom Berg", c.Speaker?.Text));
        Assert.All(claims, c => Assert.Equal("said", c.Cue?.Text));
        Assert.Equal("and leave themselves room.", claims[1].Content.Text);
    }
}
