using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

/// <summary>Speaker spans and their resolution on shapes read from unseen text (issue 8, seventh round); invented sentences.</summary>
public class SpeakerTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    [Fact]
    public void A_quote_continued_without_a_cue_names_the_speaker_of_the_quote_it_continues()
    {
        var claims = Analyzer.Analyze("“The budget is a mess,” Maria Petrova said. “Nobody in this council has read it.”").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Null(claims[1].Cue);
        Assert.Equal("Maria Petrova", claims[1].Speaker?.Text);
        Assert.Equal(claims[0].Speaker, claims[1].Speaker);
        Assert.Equal(claims[0].SpeakerCanonical, claims[1].SpeakerCanonical);
    }

    [Theory]
    [InlineData("“The tax is theft,” said Maria Petrova at a rally in Dover.", "Maria Petrova")]
    [InlineData("“The tax is theft,” said Maria Petrova when asked about the vote.", "Maria Petrova")]
    [InlineData("“The tax is theft,” said the spokesman as he left the hall.", "the spokesman")]
    public void A_name_after_its_cue_speaks_though_an_adjunct_follows_it(string text, string speaker)
    {
        var claim = Assert.Single(Analyzer.Analyze("“We will win,” John Ortega told the council. " + text).Claims, c => c.Content.Text.Contains("theft"));
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Only recently has the council said there is reason to rename the streets.", "the council")]
    [InlineData("The vote came in May, well after the mayor announced that the tax would rise.", "the mayor")]
    public void A_subordinator_or_inverted_auxiliary_before_the_subject_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("Maria Petrova came into office promising she would cut taxes.", "Maria Petrova")]
    [InlineData("The party took out an ad saying the talks had failed.", "The party")]
    public void A_speaker_before_a_participle_ends_before_its_own_verb_in_the_past(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("“The plan failed,” said officials who asked not to be named.", "officials")]
    [InlineData("“The plan failed,” said a senior official who spoke on condition of anonymity.", "a senior official")]
    public void A_speaker_after_its_cue_ends_before_its_relative_clause(string text, string speaker)
    {
        var claims = Analyzer.Analyze(text).Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Fact]
    public void A_verb_after_and_is_no_second_speaker() =>
        Assert.DoesNotContain(Analyzer.Analyze("“We will win,” said Maria Petrova and then left.").Claims,
            c => c.Speaker?.Text.Contains("left", StringComparison.Ordinal) == true);

    [Fact]
    public void A_quotation_closing_an_aside_on_its_comma_leaves_the_sentence_opener_the_speaker()
    {
        var claim = Assert.Single(Analyzer.Analyze("Maria Petrova, who calls the mayor a “sociopath,” said she doubts the plan will pass.").Claims,
            c => c.Cue?.Text == "said");
        Assert.Equal("Maria Petrova", claim.Speaker?.Text);
        Assert.Equal("she doubts the plan will pass", claim.Content.Text);
    }

    [Fact]
    public void A_capitalised_name_after_a_cue_that_follows_a_comma_speaks_the_words_before()
    {
        var claim = Assert.Single(Analyzer.Analyze("It is hard, while others are easy, said Grant Green.").Claims);
        Assert.Equal("Grant Green", claim.Speaker?.Text);
        Assert.Equal("It is hard, while others are easy", claim.Content.Text);
    }

    [Theory]
    [InlineData("The contrast, said Doyle and others, would be clear.", "Doyle and others")]
    [InlineData("“We will win,” said Maria Petrova and John Ortega.", "Maria Petrova and John Ortega")]
    public void Two_speakers_joined_by_and_after_the_cue_speak_together(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_noun_before_a_relative_when_is_no_speaker_after_its_cue() =>
        Assert.DoesNotContain(Analyzer.Analyze("“We were united,” said the professor of the days when voters shared one story.").Claims,
            c => c.Speaker?.Text.EndsWith("the days", StringComparison.Ordinal) == true);

    [Fact]
    public void A_name_after_its_cue_goes_on_past_at_when_a_capitalised_word_follows() =>
        Assert.DoesNotContain(Analyzer.Analyze("“We were united,” said University of California at Irvine law professor Rick Hasen.").Claims,
            c => c.Speaker?.Text == "University of California");

    [Fact]
    public void An_according_to_source_keeps_its_adjunct_after_a_name()
    {
        var claim = Assert.Single(Analyzer.Analyze("According to documents made public by the FBI as part of its inquiry, the deal was never signed.").Claims);
        Assert.Equal("the deal was never signed", claim.Content.Text);
        Assert.StartsWith("documents", claim.Speaker?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_continued_from_an_unnamed_source_names_that_description()
    {
        var claims = Analyzer.Analyze("“The budget is a mess,” one council member said. “Nobody here has read it.”").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Null(claims[1].Cue);
        Assert.Equal("one council member", claims[1].Speaker?.Text);
        Assert.Null(claims[1].SpeakerCanonical);
    }

    [Theory]
    [InlineData("The two mayors will meet next week, Tom Baker said, adding, “They need to sit down and talk.”", "Tom Baker")]
    [InlineData("The two mayors will meet next week, said Tom Baker, adding, “They need to sit down and talk.”", "Tom Baker")]
    [InlineData("The two mayors will meet soon, Tom Baker said Tuesday, adding, “They need to sit down and talk.”", "Tom Baker")]
    public void A_quote_after_a_participle_is_spoken_by_the_attribution_before_its_comma_not_the_sentence_subject(string text, string speaker)
    {
        var claims = Analyzer.Analyze(text).Claims;
        var quoted = Assert.Single(claims, c => c.Direct);
        Assert.Equal("adding", quoted.Cue?.Text);
        Assert.Equal(speaker, quoted.Speaker?.Text);
    }

    [Fact]
    public void A_participle_after_a_claim_noun_object_is_spoken_by_the_subject_not_the_object()
    {
        var claims = Analyzer.Analyze("Ann Lee contradicted the mayor’s account, saying, “I never agreed to that plan.”").Claims;
        var quoted = Assert.Single(claims, c => c.Direct);
        Assert.Equal("Ann Lee", quoted.Speaker?.Text);
    }

    [Fact]
    public void A_cue_coordinated_in_a_joined_clause_is_spoken_by_that_clauses_subject_not_the_sentence_opener()
    {
        var claim = Assert.Single(Analyzer.Analyze("Lee beat Berg in the vote, but Berg has not conceded and has called it a fraud.").Claims);
        Assert.Equal("called", claim.Cue?.Text);
        Assert.Equal("Berg", claim.Speaker?.Text);
    }

    [Fact]
    public void A_participle_after_a_joined_clause_is_spoken_by_that_clauses_subject()
    {
        var claims = Analyzer.Analyze("Farmers say the tax is unfair, and the union has sued the county, saying the rules break the law.").Claims;
        var participle = Assert.Single(claims, c => c.Cue?.Text == "saying");
        Assert.Equal("the union", participle.Speaker?.Text);
    }

    [Theory]
    [InlineData("When Ann Lee pointed out that the plan was costly, Tom Berg seized on the remark, repeating his view that the tax would hurt families.", "repeating", "Tom Berg")]
    [InlineData("As the paper reported, the board rejected the offer and insisted that the vote was fair.", "insisted", "the board")]
    public void A_participle_or_joined_cue_after_a_claim_in_the_opening_subordinate_clause_is_spoken_by_the_main_clauses_subject(string text, string cue, string speaker)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == cue);
        Assert.Equal(speaker, claim.Speaker?.Text);
    }

    [Theory]
    [InlineData("Department of Homeland Security (DHS) officials say they have found the files.", "Department of Homeland Security (DHS) officials")]
    [InlineData("Washington (CNN) Ann Lee said the vote would be held on Monday.", "Ann Lee")]
    public void A_common_noun_after_a_names_acronym_in_brackets_speaks_with_the_name(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_subordinator_opening_a_phrase_without_a_comma_leaves_the_participle_to_the_claim_before()
    {
        // ("After the speech the board said …, fix …": the subject found past the first comma would be the verb "fix".)
        var claims = Analyzer.Analyze("After the speech the board said it would fund schools, fix the roads and build homes, but criticized the mayor's plan.").Claims;
        var criticized = Assert.Single(claims, c => c.Cue?.Text == "criticized");
        Assert.Equal("the board", criticized.Speaker?.Text);
    }

    [Theory]
    [InlineData("“The budget is a mess,” Maria Petrova said. “Nobody here has read it,” Tom Baker continued.", "continued", "Tom Baker")]
    [InlineData("“The budget is a mess,” Maria Petrova said. “Nobody here has read it,” the senator quipped in reference to the vote.", "quipped", "the senator")]
    [InlineData("“The budget is a mess,” Maria Petrova said. “Nobody here has read it,” continued Tom Baker.", "continued", "Tom Baker")]
    public void A_quote_attributed_by_a_verb_the_cue_list_lacks_is_not_a_continuation_of_the_speaker_before(string text, string cue, string speaker)
    {
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal(cue, claims[1].Cue?.Text);
        Assert.Equal(speaker, claims[1].Speaker?.Text);
        // (A listed cue that needs a clause, "continued", reads the quote before it as one: QuoteThenCue.)
        Assert.Contains(claims[1].Layout, new[] { AttributionLayout.QuoteThenVerb, AttributionLayout.QuoteThenCue });
    }

    [Theory]
    [InlineData("“Sit down,” the bespectacled passenger remarked.", "the bespectacled passenger")]
    public void An_adjective_in_ed_after_a_determiner_is_not_the_verb_of_the_attribution(string text, string speaker)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal("remarked", claim.Cue?.Text);
    }

    [Fact]
    public void A_title_followed_by_a_past_verb_is_no_claim() =>
        Assert.Empty(Analyzer.Analyze("“The Apprentice” aired on Monday.").Claims);

    [Fact]
    public void A_question_quoted_then_a_past_speech_verb_is_the_askers_as_a_question_with_said_is_the_speakers() =>
        Assert.Equal("Tom Baker", Assert.Single(Analyzer.Analyze("“Are you sure?” Tom Baker wondered.").Claims).Speaker?.Text);
    [Fact]
    public void A_joiner_after_a_quote_is_not_its_speaker()
    {
        var claims = Analyzer.Analyze("Mayor Ann Lee condemned “such a cowardly attack” and declared a day of mourning.").Claims;
        Assert.DoesNotContain(claims, c => c.Speaker?.Text == "and");
        Assert.All(claims, c => Assert.Equal("Ann Lee", c.SpeakerCanonical));
    }

    [Fact]
    public void A_stray_quote_mark_after_nested_quotes_is_not_the_speaker()
    {
        var claim = Assert.Single(Analyzer.Analyze("''I saw it on 'The Morning Show,''' said Tom Baker, a former aide.").Claims);
        Assert.Equal("Tom Baker", claim.Speaker?.Text);
    }
    [Fact]
    public void A_clause_after_an_inverted_cue_is_not_its_speaker()
    {
        var claims = Analyzer.Analyze("Tom Baker, quoting “the old saying,” said the mayor could be in trouble.").Claims;
        Assert.DoesNotContain(claims, c => c.Speaker?.Text.Contains("could", StringComparison.Ordinal) == true);
    }
    [Fact]
    public void A_participle_after_a_subordinate_clause_with_a_named_subject_is_that_subjects()
    {
        var claims = Analyzer.Analyze("The protest began a week after the mayor closed the park, calling it a danger to children.").Claims;
        var participle = Assert.Single(claims, c => c.Cue?.Text == "calling");
        Assert.Equal("the mayor", participle.Speaker?.Text);
    }

    [Fact]
    public void A_coordinated_cue_after_a_subordinate_clause_with_a_pronoun_subject_stays_with_the_main_subject()
    {
        var claims = Analyzer.Analyze("Tom Baker backed the mayor after he won the primary and said the party was united.").Claims;
        var said = Assert.Single(claims, c => c.Cue?.Text == "said");
        Assert.Equal("Tom Baker", said.Speaker?.Text);
    }

    [Fact]
    public void A_pronoun_speaker_is_not_the_person_its_own_claim_names()
    {
        var claims = Analyzer.Analyze("Prime Minister Oskar Lind welcomed Anton Berglund in Stockholm on Monday. Before the cameras, he called Berglund the “greatest friend the country has ever had,” and praised his reforms.").Claims;
        var called = Assert.Single(claims, c => c.Cue?.Text == "called");
        Assert.Equal("Oskar Lind", called.SpeakerCanonical);
    }

    [Theory]
    [InlineData("The family said the talks had failed.", "The family")]
    [InlineData("A close ally said the talks had failed.", "A close ally")]
    [InlineData("Supporters of the assembly said the talks had failed.", "Supporters of the assembly")]
    public void A_noun_in_ly_before_the_cue_is_no_adverb_but_the_speakers_head(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void An_adverb_in_ly_between_the_speaker_and_the_cue_stays_out_of_the_speaker() =>
        Assert.Equal("The family", Assert.Single(Analyzer.Analyze("The family repeatedly said the talks had failed.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("On the legal side, the GOP-controlled House filed a brief, telling the court that the rule was void.", "the GOP-controlled House")]
    [InlineData("The state-owned press agency ran a story, saying the talks had failed.", "The state-owned press agency")]
    public void A_hyphenated_adjective_in_ed_does_not_end_the_sentences_subject(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_sentence_subject_cut_by_its_length_before_a_name_reads_the_name_to_its_end() =>
        Assert.Equal("The chairman of the House Homeland Security Committee",
            Assert.Single(Analyzer.Analyze("The chairman of the House Homeland Security Committee held a hearing and said the plan had failed.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("The minister walked out of the hall and reportedly said the talks had failed.", "The minister")]
    [InlineData("The union postponed the vote but eventually told its members the strike was over.", "The union")]
    public void A_cue_after_a_joiner_and_an_adverb_in_ly_shares_the_clauses_subject(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("Maria Petrova has consistently and vehemently denied all allegations of misconduct.", "Maria Petrova")]
    [InlineData("Democrats and Republicans both privately and publicly say the senator will win.", "Democrats and Republicans")]
    public void Two_adverbs_joined_before_the_cue_are_no_joiner_of_clauses(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_sentence_subject_cut_by_its_length_never_ends_on_a_joiner() =>
        Assert.Equal("The national political parties",
            Assert.Single(Analyzer.Analyze("The national political parties and some of their donors are embracing the law, saying it could help them.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("He’s comparing the order to Ann Lee’s plan and says Lee is flouting the law.", "He")]
    [InlineData("She's a Maria Petrova supporter but concedes that most of her friends back the mayor.", "She")]
    public void A_pronoun_opening_the_clause_speaks_for_its_coordinated_cue_whatever_name_follows(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_relative_clause_without_a_subject_of_its_own_leaves_its_noun_the_speaker() =>
        Assert.Equal("progressive groups",
            Assert.Single(Analyzer.Analyze("But progressive groups that have endorsed him say the rules should change.").Claims).Speaker?.Text);

    [Fact]
    public void A_lower_case_subordinate_clause_after_an_opening_time_phrase_is_no_subject() =>
        Assert.Equal("he", Assert.Single(Analyzer.Analyze(
            "Last month, when I asked the senator about the vote, he looked into the camera, smiled and said the plan would pass.").Claims,
            c => c.Cue?.Text == "said").Speaker?.Text);

    [Fact]
    public void An_opening_absent_phrase_is_no_subject() =>
        Assert.Equal("average voters", Assert.Single(Analyzer.Analyze(
            "Absent a strong defense of these programs, average voters may listen and conclude that the programs failed.").Claims).Speaker?.Text);

    [Fact]
    public void A_relative_clause_inside_an_opening_participle_phrase_leaves_the_main_subject_the_speaker() =>
        Assert.Equal("Maria Petrova", Assert.Single(Analyzer.Analyze(
            "Rallying hundreds of workers who are struggling to get by, Maria Petrova tried to calm the crowd and promised to raise wages.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("“He was distracted,” Maria Petrova, said in an interview.", "Maria Petrova")]
    [InlineData("“He was distracted,” Maria Petrova, told the Daily Courier.", "Maria Petrova")]
    public void A_stray_comma_between_a_name_and_its_cue_after_a_quote_keeps_the_name_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("The author was sued by three bankers who claimed he defamed them.", "three bankers")]
    [InlineData("The deal collapsed after lawmakers who opposed it warned they would block the vote.", "lawmakers")]
    public void A_noun_naming_people_right_before_who_speaks_for_the_cue_after_it(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims, c => c.Cue?.Text is "claimed" or "warned").Speaker?.Text);

    [Fact]
    public void A_noun_that_names_no_people_right_before_who_is_no_speaker() =>
        Assert.DoesNotContain(Analyzer.Analyze("A man with a hammer who sees every problem as a nail is a danger.").Claims, c => c.Speaker?.Text == "a hammer");

    [Theory]
    [InlineData("By declaring a day of thanksgiving in a time of crisis, Lincoln showed that the nation could endure.", "declaring", "Lincoln")]
    [InlineData("In calling on the council to pass the bill, the mayor said the city needed help.", "calling on", "the mayor")]
    public void A_gerund_after_a_preposition_opening_the_sentence_speaks_for_the_main_subject(string text, string cue, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims, c => c.Cue?.Text == cue).Speaker?.Text);

    [Fact]
    public void An_adverb_and_a_participle_after_an_article_stay_inside_the_subject() =>
        Assert.Equal("a visibly frustrated senator", Assert.Single(Analyzer.Analyze(
            "On Tuesday, a visibly frustrated senator walked out of the hearing, calling the plan a “disgrace.”").Claims).Speaker?.Text);

    [Fact]
    public void A_titled_name_set_off_by_commas_after_an_opening_adjunct_speaks() =>
        Assert.Equal("John Kasich", Assert.Single(Analyzer.Analyze(
            "Tuesday at the university, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I’m getting ready.”").Claims).Speaker?.Text);

    [Fact]
    public void A_subordinate_clause_after_an_opening_time_phrase_is_no_subject_of_the_main_clause() =>
        Assert.Equal("Axelrod", Assert.Single(Analyzer.Analyze(
            "In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences, addressing her informally and telling her, “you are an all-star.”").Claims).Speaker?.Text);

    [Fact]
    public void A_participle_after_a_subordinate_clause_and_its_main_clause_is_the_main_clauses() =>
        Assert.Equal("the aide", Assert.Single(Analyzer.Analyze(
            "The senator spoke for an hour, and after the crowd left, the aide closed the doors, saying the event was over.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("A Courier poll released Tuesday found most voters back the plan.", "A Courier poll")]
    [InlineData("Several officials involved say the plan failed.", "Several officials")]
    [InlineData("Sixty percent of those polled said the plan failed.", "Sixty percent of those polled")]
    public void A_participle_left_at_a_speakers_end_is_no_part_of_it_unless_its_noun_is_a_pronoun(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("Reuters, which also hosts an elaborate party said on Friday that it had no update.", "Reuters")]
    [InlineData("Maria Petrova, who has chaired the committee said the plan would fail.", "Maria Petrova")]
    public void A_short_relative_clause_that_lost_its_closing_comma_leaves_the_name_before_it_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void An_object_relative_before_the_cue_keeps_its_own_subject() =>
        Assert.Equal("U.S. officials", Assert.Single(Analyzer.Analyze(
            "The killing of Ann Lee, which U.S. officials say was ordered by the prince, shocked the world.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("“We have a ton of work to do,” said a longtime adviser to the mayor.", "a longtime adviser to the mayor")]
    [InlineData("“We have a ton of work to do,” said a source close to the campaign.", "a source close to the campaign")]
    [InlineData("“We have a ton of work to do,” said the minister to reporters.", "the minister")]
    public void An_inverted_speaker_with_a_phrase_of_to_ending_the_clause_is_a_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_lower_case_subordinate_clause_after_a_discourse_word_is_no_subject() =>
        Assert.Equal("he", Assert.Single(Analyzer.Analyze(
            "And although he thanked the crowd for its support, he sounded a rare note of doubt, saying, “I am not sure I deserve it.”").Claims).Speaker?.Text);

    [Fact]
    public void A_participle_aside_after_a_name_with_an_appositive_inside_is_no_speaker() =>
        Assert.Equal("Maria Petrova", Assert.Single(Analyzer.Analyze(
            "Sen. Maria Petrova, facing a spirited challenge in Ohio, a swing state, said she would welcome the help.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("The sanctions were aimed at Western governments, which in turn will warn Israel that it faces isolation.", "Western governments")]
    [InlineData("Clinton turned the tables on Sanders, who for weeks had said that the fees were a scandal.", "Sanders")]
    [InlineData("The plan came from Maria Petrova, who in two earlier opinions had made clear that she opposed the dues.", "Maria Petrova")]
    public void An_adjunct_between_a_relative_pronoun_and_its_cue_is_no_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("The group kept fighting through the winter, and in recent weeks it said that the war was over.", "it")]
    [InlineData("The guide told me they were eagles, but at the time I thought they were hawks.", "I")]
    public void A_phrase_opening_a_clause_after_a_joiner_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Analyzer.Analyze(text).Claims[^1].Speaker?.Text);

    [Fact]
    public void A_name_with_a_generational_suffix_before_who_speaks() =>
        Assert.Equal("Samuel A. Alito Jr.", Assert.Single(Analyzer.Analyze(
            "The chief justice assigned the opinion to Justice Samuel A. Alito Jr., who had made clear that he was ready.").Claims).Speaker?.Text);

    [Fact]
    public void A_pronoun_after_a_phrase_and_a_joiner_speaks_for_itself() =>
        Assert.Equal("I", Analyzer.Analyze("I've said it before and I'll say it again: the plan will work.").Claims[^1].Speaker?.Text);

    [Theory]
    [InlineData("The plant will reopen in March, Maria Petrova, a spokeswoman for the company, told reporters on Monday.", "Maria Petrova")]
    [InlineData("The plant will reopen in March, the company's spokeswoman, Maria Petrova, told the Dover Gazette.", "Maria Petrova")]
    [InlineData("The plant will reopen in March, a company official, who asked not to be named, told reporters.", "a company official")]
    [InlineData("The plant will reopen in March, Maria Petrova, a spokeswoman for the company, said in May.", "Maria Petrova")]
    [InlineData("The plant will reopen in March, Maria Petrova, the plant manager, whose team runs the line, told reporters.", "Maria Petrova")]
    public void A_speaker_set_off_by_commas_before_told_speaks_and_the_one_told_does_not(string text, string speaker)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker?.Text);
        Assert.Equal("The plant will reopen in March", claim.Content.Text);
    }

    [Theory]
    [InlineData("At a hospital in Dover, Maria Petrova, who was in the hall at the time, told reporters she heard shots.")]
    [InlineData("A few weeks ago, Maria Petrova, a spokeswoman for the company, argued in the Gazette, in a long essay, that prices would fall.")]
    [InlineData("Agreeing with the mayor, Maria Petrova, a Dover resident, said, “The plan will fail.”")]
    [InlineData("Maria Anna Petrova Lee, the inspector general, whose office audits the books, told reporters.")]
    public void An_opening_adjunct_or_name_before_a_speaker_set_off_by_commas_is_no_content(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Content.End <= text.IndexOf(',', StringComparison.Ordinal));

    [Fact]
    public void A_place_closing_a_speakers_of_phrase_is_no_speaker() =>
        Assert.DoesNotContain(Analyzer.Analyze("“Both of them scare me,” Maria Petrova, 30, of Dover, Del., who was among those polled, said in an interview.").Claims,
            c => c.Speaker?.Text is "Del." or "Del" or "Dover");

    [Theory]
    [InlineData("In June the council said it would close the plant.", "the council")]
    [InlineData("The group grew fast, and in late May it announced a march on the capital.", "it")]
    [InlineData("On Aug. 12 the ministry announced that fees would rise.", "the ministry")]
    public void An_opening_phrase_of_time_before_the_subject_is_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void A_phrase_ending_in_a_preposition_is_no_speaker()
    {
        var claim = Assert.Single(Analyzer.Analyze("The mayor resigned in May amid reports he had taken bribes from a builder.").Claims);
        Assert.Null(claim.Speaker);
        Assert.StartsWith("he had taken bribes", claim.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“Leave him alone,” Maria Petrova used to say.", "Maria Petrova")]
    [InlineData("“Leave him alone,” she used to say.", "she")]
    public void A_verb_and_to_before_the_cue_are_no_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("The council lost the vote, a fact she acknowledged on Sunday.", "she")]
    [InlineData("Maria Petrova lambastes the inquiry daily and now contends it is illegal.", "Maria Petrova")]
    public void A_speaker_read_across_a_clause_edge_is_the_pronoun_or_name_at_its_edge(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Fact]
    public void The_name_before_its_parenthesis_speaks_not_the_state_after_it() =>
        Assert.Equal("Maria Petrova", Assert.Single(Analyzer.Analyze("Sen. Maria Petrova (R) of Kentucky said the tax would fail.").Claims).Speaker?.Text);

    [Fact]
    public void An_existential_subject_and_its_auxiliaries_are_no_speaker() =>
        Assert.Null(Assert.Single(Analyzer.Analyze("There have been calls for the mayor to resign.").Claims).Speaker);

    [Theory]
    [InlineData("Maria Petrova is said to have urged the mayor to resign.")]
    [InlineData("It has been said that the council never reads its own reports.")]
    public void The_subject_of_a_passive_saying_is_spoken_of_not_the_speaker(string text) =>
        Assert.Null(Assert.Single(Analyzer.Analyze(text).Claims).Speaker);

    [Fact]
    public void A_progressive_telling_keeps_its_subject_the_speaker() =>
        Assert.Equal("Maria Petrova", Assert.Single(Analyzer.Analyze("Maria Petrova is telling a packed crowd that she will win.").Claims).Speaker?.Text);

    [Theory]
    [InlineData("Thousands of people have signed a letter asking the mayor to resign.", "Thousands of people")]
    [InlineData("Nearly half (48 percent) of voters said the tax will fall on the poor.", "Nearly half (48 percent) of voters")]
    public void A_speaker_read_from_of_takes_the_head_before_it(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyzer.Analyze(text).Claims).Speaker?.Text);

    [Theory]
    [InlineData("The ferry ran late on the day where the port authority said the engines had failed.", "the port authority")]
    [InlineData("They won a ferry case where the Supreme Court basically said the port must pay.", "the Supreme Court")]
    public void A_cue_right_after_a_relative_clauses_subject_is_that_subjects(string text, string speaker) =>
        Assert.Contains(Analyzer.Analyze(text).Claims, c => c.Speaker?.Text == speaker);

    [Fact]
    public void A_relative_clause_with_a_verb_of_its_own_leaves_the_noun_before_it_the_speaker() =>
        Assert.Contains(Analyzer.Analyze("The director of a port where Maria Petrova was scheduled to appear admitted the ferry was late.").Claims,
            c => c.Speaker?.Text == "The director of a port");

    [Fact]
    public void A_relative_clause_opening_with_a_verb_leaves_the_noun_before_it_the_speaker() =>
        Assert.Contains(Analyzer.Analyze("Sailors who run the ferries say the engines failed.").Claims, c => c.Speaker?.Text == "Sailors");

    [Fact]
    public void A_clause_before_a_colon_gives_its_subject_as_the_speaker_and_its_verb_as_the_cue()
    {
        var claims = Analyzer.Analyze("The mayor asked about the ferry.\n\nMaria Petrova fired back: “Because the engines failed twice this week.”").Claims;
        Assert.Contains(claims, c => c.Speaker?.Text == "Maria Petrova" && c.Cue?.Text == "fired" && c.Content.Text.StartsWith("Because", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_before_a_colon_that_cannot_be_read_leaves_the_name_the_speaker() =>
        Assert.Contains(Analyzer.Analyze("Maria Petrova later wrote back: “we should be careful about the ferry.”").Claims,
            c => c.Speaker?.Text == "Maria Petrova" && c.Content.Text.StartsWith("we should", StringComparison.Ordinal));

    [Fact]
    public void A_copula_before_a_colon_keeps_the_name_alone_reading() =>
        Assert.Contains(Analyzer.Analyze("The mayor asked about the ferry.\n\nMaria Petrova’s response was: “Is the ferry late again today?”").Claims,
            c => c.Speaker is not null && c.Speaker.Text.StartsWith("Maria Petrova", StringComparison.Ordinal) && c.Content.Text.StartsWith("Is the ferry", StringComparison.Ordinal));
    [Fact]
    public void A_relative_clause_after_the_appositives_noun_may_hold_verbs_however_long_the_aside()
    {
        var claim = Assert.Single(Analyzer.Analyze("Maria Petrova, a senior party organiser who ran the mayor's winning campaign in the north in 2010 and is now leading the council's effort in the region, said the new plan is a key part of the strategy.").Claims);
        Assert.Equal("Maria Petrova", claim.Speaker?.Text);
        Assert.Equal("the new plan is a key part of the strategy", claim.Content.Text);
    }

    [Fact]
    public void A_quoted_title_inside_an_appositive_is_part_of_the_aside()
    {
        var claim = Assert.Single(Analyzer.Analyze("John Ortega, a guest on the programme “Morning Hour,” who went on to work for the mayor, said his old boss was always kind.").Claims);
        Assert.Equal("John Ortega", claim.Speaker?.Text);
        Assert.Equal("his old boss was always kind", claim.Content.Text);
    }

    [Theory]
    [InlineData("Maria Petrova, citing “the mood of the voters,” said the mayor could win the district.", "Maria Petrova")]
    [InlineData("The Dover Courier, citing “two council sources,” reported that the mayor could win the district.", "The Dover Courier")]
    public void A_participles_aside_may_quote_before_the_sentences_own_cue(string text, string speaker)
    {
        var claims = Analyzer.Analyze(text).Claims;
        var main = Assert.Single(claims, c => c.Cue?.Text is "said" or "reported");
        Assert.Equal(speaker, main.Speaker?.Text);
        Assert.Equal("the mayor could win the district", main.Content.Text);
        var cited = Assert.Single(claims, c => c.Cue?.Text == "citing");
        Assert.DoesNotContain("“", cited.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_before_a_participle_with_a_quote_is_no_speaker()
    {
        var claims = Analyzer.Analyze("Campaigns know when people have voted, enabling staff to “focus on the others,” said Maria Petrova, “who may stay at home.”").Claims;
        Assert.DoesNotContain(claims, c => c.Speaker?.Text == "people");
    }

    [Fact]
    public void A_participles_aside_with_a_quote_between_a_name_and_its_cue_after_a_quotation_leaves_the_name_the_speaker()
    {
        var claim = Assert.Single(Analyzer.Analyze("“We have had better years than this one,” delegate Maria Petrova, wearing a hat and “Vote Ortega” pins, said calmly as the band played.").Claims);
        Assert.Equal("Maria Petrova", claim.Speaker?.Text);
        Assert.Equal("We have had better years than this one", claim.Content.Text);
    }
    [Fact]
    public void A_name_used_as_a_modifier_in_a_persons_appositive_does_not_speak_for_the_relative_clause()
    {
        var claims = Analyzer.Analyze("“The numbers are bogus,” said Maria Petrova, a county delegate and John Ortega supporter who has accused the council of hiding the report.").Claims;
        Assert.Equal("Maria Petrova", Assert.Single(claims, c => c.Cue?.Text == "accused").Speaker?.Text);
    }

    [Fact]
    public void A_relative_clause_after_a_list_of_names_is_not_given_to_the_first_person()
    {
        var claims = Analyzer.Analyze("The jail held Maria Petrova, the former mayor, John Ortega and a smuggler who told the paper it was the worst in the state.").Claims;
        Assert.DoesNotContain(claims, c => c.Speaker?.Text == "Maria Petrova");
    }
    [Theory]
    [InlineData("“The ferry will not sail,” said a spokesman for the Dover Harbour Board.")]
    [InlineData("“The ferry will not sail,” said the head of the Dover Harbour Board.")]
    public void A_person_heading_a_description_before_a_preposition_is_not_the_body_after_it(string text)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.NotNull(claim.Speaker);
        Assert.Null(claim.SpeakerCanonical);
    }

    [Fact]
    public void A_named_speaker_joined_to_a_description_keeps_its_name() =>
        Assert.Equal("Maria Petrova", Assert.Single(Analyzer.Analyze("Maria Petrova and officials in charge of the harbour said the ferry would not sail.").Claims).SpeakerCanonical);
    [Fact]
    public void He_after_a_sentence_whose_subject_is_another_person_is_that_person_not_the_last_speaker()
    {
        var claims = Analyzer.Analyze("“The port will stay closed,” said Tom Berg.\n\nJohn Ortega, after announcing his resignation, was praised by the council.\n\nHe said the ferry would sail again next year.").Claims;
        Assert.Equal("John Ortega", Assert.Single(claims, c => c.Speaker?.Text == "He").SpeakerCanonical);
    }

    [Fact]
    public void He_right_after_the_speakers_own_attribution_stays_the_speaker()
    {
        var claims = Analyzer.Analyze("“The port will stay closed,” Tom Berg said after speaking to John Ortega.\n\n“I was surprised by how much he knows,” he said.").Claims;
        Assert.Equal("Tom Berg", Assert.Single(claims, c => c.Speaker?.Text == "he").SpeakerCanonical);
    }
    [Theory]
    [InlineData("Saudi Arabia rejected the report. The Saudis said the journalist had died in a fight.", "The Saudis", "Saudi Arabia")]
    [InlineData("Russia left the talks. Later the Russians said the deal was dead.", "the Russians", "Russia")]
    public void The_people_of_a_state_named_with_the_article_stand_for_the_state(string text, string speaker, string state) =>
        Assert.Equal(state, Assert.Single(Analyzer.Analyze(text).Claims, c => c.Speaker?.Text == speaker).SpeakerCanonical);

    [Fact]
    public void The_people_of_a_state_without_the_article_are_people() =>
        Assert.Null(Assert.Single(Analyzer.Analyze("Russia left the talks. Russians say they are tired of the war.").Claims).SpeakerCanonical);

    [Theory]
    [InlineData("“We will not retreat,” said union leader Tomas Reiner. Harbour Commissioner Anton Berglund took a softer line. He said he was open to talks.")]
    [InlineData("“We will not retreat,” said union leader Tomas Reiner. Sen. Anton Berglund took a softer line. He said he was open to talks.")]
    public void A_pronoun_refers_to_the_name_after_a_title_opening_the_sentence_before_not_to_the_last_speaker(string text)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims, c => c.Content.Text.Contains("open to talks", StringComparison.Ordinal));
        Assert.Equal("Anton Berglund", claim.SpeakerCanonical);
    }

    [Theory]
    [InlineData("A Vorland University physician said the virus was spreading.")]
    [InlineData("Two Vorland University scientists said the virus was spreading.")]
    public void A_description_headed_by_a_noun_naming_people_is_not_the_body_it_names(string text)
    {
        var doc = Analyzer.Analyze(text);
        Assert.Contains(doc.Entities, e => e.Text == "Vorland University");
        Assert.Null(Assert.Single(doc.Claims).SpeakerCanonical);
    }

    [Theory]
    [InlineData("Anton Berglund and other economists said the tax would fail.")]
    [InlineData("Anton Berglund and his aides said the tax would fail.")]
    public void A_person_named_with_others_headed_by_a_noun_naming_people_is_still_the_person(string text) =>
        Assert.Equal("Anton Berglund", Assert.Single(Analyzer.Analyze(text).Claims).SpeakerCanonical);
}
