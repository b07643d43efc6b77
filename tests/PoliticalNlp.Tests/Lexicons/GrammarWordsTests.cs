using PoliticalNlp.Claims;
using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Tests.Lexicons;

public class GrammarWordsTests
{
    private static string Complete(string extra = "") =>
        string.Concat(GrammarWords.ListNames.Select(l => $"{l}\tword-of-{l}\n")) + extra;

    [Fact]
    public void Grammar_lists_round_trip_through_their_text_form()
    {
        var words = GrammarWords.Read(new StringReader("# a comment\n\n" + Complete("stem-suffix\tness\n")));
        Assert.Equal(["word-of-stem-suffix", "ness"], words.StemSuffixes);
        var written = new StringWriter();
        words.Write(written);
        var again = new StringWriter();
        GrammarWords.Read(new StringReader(written.ToString())).Write(again);
        Assert.Equal(written.ToString(), again.ToString());
    }

    [Fact]
    public void A_file_missing_a_list_is_refused_naming_the_list()
    {
        var text = string.Concat(GrammarWords.ListNames.Where(l => l != "negation").Select(l => $"{l}\tx\n"));
        var error = Assert.Throws<InvalidDataException>(() => GrammarWords.Read(new StringReader(text)));
        Assert.Contains("'negation'", error.Message);
        Assert.Contains("grammar words", error.Message);
    }

    [Fact]
    public void A_line_naming_an_unknown_list_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => GrammarWords.Read(new StringReader(Complete("pronoun\tthey\n"))));
        Assert.Contains($"line {GrammarWords.ListNames.Length + 1}", error.Message);
        Assert.Contains("'pronoun'", error.Message);
    }

    [Fact]
    public void Sets_match_in_any_case_or_exactly_as_their_rules_were_written()
    {
        var words = GrammarWords.Read(new StringReader(Complete("determiner\tthe\npassive-auxiliary\twas\n")));
        Assert.True(words.Determiners.Contains("THE"));
        Assert.True(words.PassiveAuxiliaries.Contains("was"));
        Assert.False(words.PassiveAuxiliaries.Contains("Was"));
    }

    [Fact]
    public void The_shipped_lists_load_and_the_rules_read_them()
    {
        var words = GrammarWords.Embedded;
        foreach (var list in GrammarWords.ListNames) Assert.NotEmpty(words[list]);
        Assert.True(FunctionWords.IsDeterminer("Every"));
        Assert.True(FunctionWords.IsAdverb("narrowly"));
        Assert.True(FunctionWords.IsDiscourseWord(","));
        Assert.False(FunctionWords.IsAuxiliary("Was"));
        Assert.True(ClaimProfile.IsNegation("Never"));
        Assert.True(ClaimProfile.IsNegation("wouldn’t"));
    }

    [Fact]
    public void Pronoun_and_cue_context_lists_keep_the_case_their_rules_were_measured_with()
    {
        Assert.True(FunctionWords.IsHeOrShe("She"));
        Assert.True(FunctionWords.IsItOrThey("THEY"));
        Assert.True(FunctionWords.IsPersonalPronounSubject("I"));
        Assert.False(FunctionWords.IsPersonalPronounSubject("He"));
        Assert.False(FunctionWords.IsPersonPronounSubject("it"));
        Assert.True(FunctionWords.IsVerbCueNextWord("His"));
        Assert.True(FunctionWords.IsCueClauseOpener("Whether"));
        Assert.True(FunctionWords.IsPassiveAccusePreposition("of"));
        Assert.False(FunctionWords.IsGerundPreposition("After"));
        Assert.True(FunctionWords.IsNounPositionWord("One"));
        Assert.True(FunctionWords.IsIndefiniteArticle("An"));
        Assert.False(FunctionWords.IsCueNegator("Never"));
        Assert.True(FunctionWords.IsDecliningWord("Refused"));
    }

    [Fact]
    public void Content_and_layout_lists_keep_the_case_their_rules_were_measured_with()
    {
        Assert.True(FunctionWords.IsClauseJoiner("whereas"));
        Assert.False(FunctionWords.IsClauseJoiner("While"));
        Assert.True(FunctionWords.IsPrepositionalParticiple("notwithstanding"));
        Assert.True(FunctionWords.IsDashContinuation("especially"));
        Assert.False(FunctionWords.IsThirdPersonPronounSubject("we"));
        Assert.True(FunctionWords.IsCoordinatedCueAdverb("repeatedly"));
        Assert.True(FunctionWords.IsParticipleJoiner("while"));
        Assert.False(FunctionWords.IsCoordinatedCueJoiner("And"));
        Assert.True(FunctionWords.IsTellForm("tells"));
        Assert.True(FunctionWords.IsMainVerbAuxiliary("has"));
        Assert.True(FunctionWords.IsPersonToldLemma("notify"));
        Assert.True(FunctionWords.IsPersonObjectLemma("persuade"));
        Assert.True(FunctionWords.IsQuestionWord("whether"));
        Assert.True(FunctionWords.IsObjectPronoun("them"));
        Assert.True(FunctionWords.IsClauseMarker("might"));
        Assert.True(FunctionWords.IsWarningTopicPreposition("against"));
        Assert.True(FunctionWords.IsAdjunctClauseMarker("be"));
        Assert.False(FunctionWords.IsSubjectRelativePronoun("whom"));
        Assert.True(FunctionWords.IsCommaContentOpener("unless"));
        Assert.True(FunctionWords.IsContentOpenerAfterTime("I"));
    }

    [Fact]
    public void Speaker_phrase_lists_keep_the_case_their_rules_were_measured_with()
    {
        Assert.True(FunctionWords.IsClauseConjunction("But"));
        Assert.True(FunctionWords.IsRelativeAfterClause("WHO"));
        Assert.True(FunctionWords.IsSayForm("says"));
        Assert.True(FunctionWords.IsNoResumptionWord("where"));
        Assert.True(FunctionWords.IsNonSpeakerStart("though"));
        Assert.False(FunctionWords.IsNonSpeakerStart("On"));
        Assert.True(FunctionWords.IsVerbJoiner("while"));
        Assert.True(FunctionWords.IsFiniteBe("were"));
        Assert.True(FunctionWords.IsDayOpener("Last"));
        Assert.True(FunctionWords.IsObjectRelativePronoun("whom"));
        Assert.True(FunctionWords.IsSpeakerRelativeWord("whose"));
        Assert.True(FunctionWords.IsSpeakerLeadingWord("However"));
        Assert.True(FunctionWords.IsMediumPreposition("via"));
        Assert.True(FunctionWords.IsAffiliationPreposition("From"));
        Assert.False(FunctionWords.IsConjunction("Nor"));
        Assert.True(FunctionWords.IsNominalContentOpener("About"));
        Assert.True(FunctionWords.IsCoordinator("OR"));
        Assert.True(FunctionWords.IsNegativeSubject("Nobody"));
        Assert.False(FunctionWords.IsNegativeSubject("NONE"));
        Assert.True(FunctionWords.IsSpeakerEndAdjunct("According"));
    }

    [Theory]
    [InlineData("announced", true)]
    [InlineData("United", false)]
    [InlineData("Associated", false)]
    [InlineData("red", false)]
    public void A_word_in_ed_is_a_finite_verb_only_in_lower_case(string word, bool verb) =>
        Assert.Equal(verb, PoliticalNlp.Claims.FunctionWords.IsFiniteVerb(word));
}
