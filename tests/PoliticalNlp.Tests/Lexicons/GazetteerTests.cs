using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;
using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Lexicons;

public class GazetteerTests
{
    private static List<(string Phrase, GazetteerCategory Categories)> Matches(string text)
    {
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, tokens);
        var matches = new List<GazetteerMatch>();
        EmbeddedModels.Gazetteer.Match(text, tokens.Tokens, matches);
        return matches.Select(m =>
        {
            var first = tokens[m.FirstToken];
            var last = tokens[m.FirstToken + m.TokenCount - 1];
            return (text[first.Start..last.End], m.Entry.Categories);
        }).ToList();
    }

    [Fact]
    public void Longest_phrase_wins_and_matches_do_not_overlap()
    {
        var found = Matches("Officials from the United States Department of State met the European Union in Minsk.");
        Assert.Contains(found, m => m.Phrase == "European Union");
        Assert.Contains(found, m => m.Phrase == "Minsk");
        Assert.DoesNotContain(found, m => m.Phrase == "Union");
    }

    [Fact]
    public void Shouted_datelines_are_title_cased_before_lookup_including_multi_word_phrases()
    {
        var found = Matches("WASHINGTON and NORTH KOREA traded statements.");
        Assert.Contains(found, m => m.Phrase == "WASHINGTON");
        var korea = Assert.Single(found, m => m.Phrase == "NORTH KOREA");
        Assert.True((korea.Categories & GazetteerCategory.Country) != 0);
    }

    [Fact]
    public void Given_names_carry_their_gender()
    {
        Assert.True(EmbeddedModels.Gazetteer.TryGet("Angela", out var angela));
        Assert.True((angela.Categories & GazetteerCategory.Female) != 0);
        Assert.True(EmbeddedModels.Gazetteer.TryGet("Emmanuel", out var emmanuel));
        Assert.True((emmanuel.Categories & GazetteerCategory.Male) != 0);
    }

    [Fact]
    public void A_party_from_the_wider_lists_is_a_tagger_feature_not_a_body_the_rules_force()
    {
        // Plaid Cymru was read as a person: GATE's party list now reaches the tagger as the Body category only.
        Assert.True(EmbeddedModels.Gazetteer.TryGet("Plaid Cymru", out var party));
        Assert.True((party.Categories & GazetteerCategory.Body) != 0);
        Assert.Equal(GazetteerCategory.None, party.Categories & (GazetteerCategory.Organization | GazetteerCategory.Political));
    }
}
