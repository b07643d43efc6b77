using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new(new PoliticalNlpOptions { ExtractClaims = false });

    private static string[] Sentences(string text) =>
        Analyzer.Analyze(text).Sentences.Select(s => s.AsSpan(text).ToString()).ToArray();

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        Assert.Equal(
            ["He acknowledged that he “didn’t win the election.”", "Mr Lukashenko said the strikes were organised."],
            Sentences("He acknowledged that he “didn’t win the election.” Mr Lukashenko said the strikes were organised."));
        Assert.Equal(
            ["\"We will win.\"", "He said so."],
            Sentences("\"We will win.\" He said so."));
    }

    [Fact]
    public void A_straight_quote_touching_a_full_stop_and_the_next_word_opens_the_next_sentence_when_none_is_open()
    {
        Assert.Equal(
            ["Berg said the move was coming.", "\"I think it is right,\" he said."],
            Sentences("Berg said the move was coming.\"I think it is right,\" he said."));
    }

    [Fact]
    public void Quotations_earlier_in_the_line_are_counted_before_a_straight_quote_that_touches_a_full_stop()
    {
        Assert.Equal(
            ["\"We will win,\" he said.", "\"We will not,\" she said."],
            Sentences("\"We will win,\" he said.\"We will not,\" she said."));
    }

    [Fact]
    public void A_straight_quote_touching_a_full_stop_and_the_next_word_closes_an_open_quotation()
    {
        Assert.Equal(
            ["\"It is a concern.\"", "People here are alarmed."],
            Sentences("\"It is a concern.\"People here are alarmed."));
    }

    [Fact]
    public void A_doubled_apostrophe_after_a_state_abbreviation_opens_the_next_sentence()
    {
        Assert.Equal(
            ["''We won,'' said Ann Lee of Jacksonville, Fla.", "''It was close.''"],
            Sentences("''We won,'' said Ann Lee of Jacksonville, Fla. ''It was close.''"));
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mr. Smith met Dr. Jones and J. R. R. Tolkien on Jan. 5 in St. Petersburg.", "Then they left."],
            Sentences("Mr. Smith met Dr. Jones and J. R. R. Tolkien on Jan. 5 in St. Petersburg. Then they left."));
        Assert.Equal(
            ["Two U.S. soldiers were killed.", "The U.S. Army said so."],
            Sentences("Two U.S. soldiers were killed. The U.S. Army said so."));
    }

    [Fact]
    public void Abbreviation_at_the_end_of_a_sentence_ends_it_when_a_new_one_plainly_starts()
    {
        Assert.Equal(["He moved to the U.S.", "He liked it."], Sentences("He moved to the U.S. He liked it."));
    }

    [Fact]
    public void A_state_abbreviation_ends_a_sentence_only_before_a_capitalised_word()
    {
        Assert.Equal(2, Sentences("The dam broke near Fresno, Calif. Officials said it held.").Length);
        Assert.Single(Sentences("Sen. Ann Lee, D-Calif., said the dam held."));
        Assert.Single(Sentences("The dam near Fresno, Calif. held on Monday."));
        Assert.Single(Sentences("Ky. Gov. Ann Lee said the dam held."));
    }

    [Fact]
    public void Headlines_and_captions_separated_by_blank_lines_are_sentences()
    {
        var text = "Lukashenko says Putin has promised security assistance for Belarus\n\n" +
                   "Belarus opposition supporters gather in central Minsk on Saturday © AFP via Getty Images\n\nBelarus’s president spoke.";
        Assert.Equal(
            ["Lukashenko says Putin has promised security assistance for Belarus",
             "Belarus opposition supporters gather in central Minsk on Saturday © AFP via Getty Images",
             "Belarus’s president spoke."],
            Sentences(text));
    }

    [Fact]
    public void Question_inside_quote_followed_by_lowercase_does_not_split()
    {
        Assert.Equal(["“Why now?” he asked.", "Nobody knew."], Sentences("“Why now?” he asked. Nobody knew."));
    }

    [Fact]
    public void Spaced_ellipsis_splits_only_before_a_capitalised_word()
    {
        var text = "“We have an agreement with Russia .\u2009.\u2009. that covers these incidents,” he said.";
        Assert.Single(Sentences(text));
        Assert.Equal(2, Sentences("Let them go . . . But there should be no place for them.").Length);
    }

    [Fact]
    public void Seed_sentences_match_paragraph_structure()
    {
        var text = TestData.SeedText;
        var sentences = Sentences(text);
        Assert.Contains("Lukashenko says Putin has promised security assistance for Belarus", sentences);
        Assert.Contains("There was no immediate confirmation from Moscow of Mr Lukashenko’s claim about security assistance.", sentences);
        Assert.Contains("“We give these factories colossal support so they can function.", sentences);
        Assert.Contains("And what do we get?", sentences);
        Assert.Contains("A knife in the back?”", sentences);
    }

    [Fact]
    public void Sentences_are_ordered_and_cover_all_tokens()
    {
        foreach (var text in TestData.DevDocuments().Select(d => d.Text).Append(TestData.SeedText))
        {
            var doc = Analyzer.Analyze(text);
            int next = 0;
            foreach (var s in doc.Sentences)
            {
                Assert.Equal(next, s.FirstToken);
                Assert.True(s.TokenCount > 0);
                Assert.Equal(doc.Tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(doc.Tokens[s.FirstToken + s.TokenCount - 1].End, s.End);
                next += s.TokenCount;
            }
            Assert.Equal(doc.Tokens.Length, next);
        }
    }
}
