using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Tests.Lexicons;

public class EntityWordsTests
{
    private static string Complete(string extra = "") =>
        string.Concat(EntityWords.ListNames.Select(l => $"{l}\tword-of-{l}\n")) + extra;

    [Fact]
    public void Entity_word_lists_round_trip_through_their_text_form()
    {
        var words = EntityWords.Read(new StringReader("# a comment\n\n" + Complete("body-head\tCommission\n")));
        Assert.Equal(["word-of-body-head", "Commission"], words["body-head"]);
        var written = new StringWriter();
        words.Write(written);
        var again = new StringWriter();
        EntityWords.Read(new StringReader(written.ToString())).Write(again);
        Assert.Equal(written.ToString(), again.ToString());
    }

    [Fact]
    public void A_file_missing_an_entity_word_list_is_refused_naming_the_list()
    {
        var text = string.Concat(EntityWords.ListNames.Where(l => l != "honorific").Select(l => $"{l}\tx\n"));
        var error = Assert.Throws<InvalidDataException>(() => EntityWords.Read(new StringReader(text)));
        Assert.Contains("'honorific'", error.Message);
        Assert.Contains("entity words", error.Message);
    }

    [Fact]
    public void Entity_words_match_exactly_as_the_span_rules_were_written()
    {
        var words = EntityWords.Read(new StringReader(Complete("law-head\tAct\n")));
        Assert.True(words.LawHeads.Contains("Act"));
        Assert.False(words.LawHeads.Contains("act"));
    }

    [Fact]
    public void The_shipped_entity_word_lists_load()
    {
        var words = EntityWords.Embedded;
        foreach (var list in EntityWords.ListNames) Assert.NotEmpty(words[list]);
        Assert.True(words.BodyHeads.Contains("Commission"));
        Assert.True(words.NameClosingMarks.Contains("«"));
        Assert.True(words.Honorifics.Contains("Mme."));
        Assert.True(words.DateWords.Contains("May"));
    }
}
