using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

public class LinkRuleWordsTests
{
    private static string Complete(string extra = "") =>
        string.Concat(LinkRuleWords.ListNames.Select(l => $"{l}\tword-of-{l}\n")) + extra;

    [Fact]
    public void Link_rule_lists_round_trip_through_their_text_form()
    {
        var text = "# a comment\n\n" + Complete("not-confirmed\tcould not be checked\n");
        var words = LinkRuleWords.Read(new StringReader(text));
        Assert.Equal(["word-of-not-confirmed", "could not be checked"], words.NotConfirmed);
        Assert.Equal(["word-of-back-reference"], words.BackReferences);
        var written = new StringWriter();
        words.Write(written);
        var again = new StringWriter();
        LinkRuleWords.Read(new StringReader(written.ToString())).Write(again);
        Assert.Equal(written.ToString(), again.ToString());
        foreach (var list in LinkRuleWords.ListNames) Assert.NotEmpty(words[list]);
    }

    [Fact]
    public void A_line_naming_an_unknown_list_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => LinkRuleWords.Read(new StringReader("# header\n" + Complete("denial-verbs\trefuse\n"))));
        Assert.Contains($"line {LinkRuleWords.ListNames.Length + 2}", error.Message);
        Assert.Contains("denial-verbs", error.Message);
    }

    [Theory]
    [InlineData("not-confirmed")]
    [InlineData("not-confirmed\t")]
    [InlineData("\tno proof")]
    public void A_line_without_a_list_and_an_entry_is_refused(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => LinkRuleWords.Read(new StringReader(line + "\n" + Complete())));
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void A_file_missing_a_list_is_refused_naming_the_list()
    {
        var text = string.Concat(LinkRuleWords.ListNames.Skip(1).Select(l => $"{l}\tx\n"));
        var error = Assert.Throws<InvalidDataException>(() => LinkRuleWords.Read(new StringReader(text)));
        Assert.Contains(LinkRuleWords.ListNames[0], error.Message);
    }

    [Fact]
    public void The_shipped_lists_load_and_none_is_empty()
    {
        var words = LinkRuleWords.Embedded;
        foreach (var list in LinkRuleWords.ListNames) Assert.NotEmpty(words[list]);
        Assert.Contains("not verified", words.NotConfirmed);
    }
}
