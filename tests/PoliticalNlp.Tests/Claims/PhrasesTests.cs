using PoliticalNlp.Claims;
using Xunit;

namespace PoliticalNlp.Tests.Claims;

/// <summary>The narration markers are matched from a word start, not as any substring (issue 8, point 6).</summary>
public sealed class PhrasesTests
{
    [Theory]
    [InlineData("The aide asked for no proofreading of the memo.", false)]
    [InlineData("There was no proof of the payments.", true)]
    [InlineData("The clinic had no proof.", true)]
    [InlineData("NO PROOF was offered.", true)]
    public void A_phrase_of_several_words_ends_at_a_word_end(string sentence, bool expected) =>
        Assert.Equal(expected, Phrases.ContainsAny(sentence, ["no proof"]));

    [Theory]
    [InlineData("The party backtracked on Friday.", true)]
    [InlineData("A quick backtrack followed.", true)]
    [InlineData("The drawback was the cost.", false)]
    public void A_one_word_entry_is_a_stem_from_a_word_start(string sentence, bool expected) =>
        Assert.Equal(expected, Phrases.ContainsAny(sentence, ["backtrack", "back"]));

    [Fact]
    public void A_later_occurrence_at_a_word_start_still_matches() =>
        Assert.True(Phrases.ContainsAny("unconfirmedly reported, then unconfirmed", ["unconfirmed"]));

    [Fact]
    public void The_verdict_words_shipped_do_not_fire_inside_longer_words()
    {
        var words = LinkRuleWords.Embedded;
        Assert.False(Phrases.ContainsAny("The overruled plea and the ironclad conclusion stood.", words.NotConfirmed));
        Assert.True(Phrases.ContainsAny("The account could not be verified.", words.NotConfirmed));
    }
}
