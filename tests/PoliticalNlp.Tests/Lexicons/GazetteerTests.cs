using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;
using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Lexicons;

public class GazetteerTests
{
    /// <summary>The phrases <paramref name="gazetteer"/> (by default the shipped one) finds in <paramref name="text"/>.</summary>
    private static List<(string Phrase, GazetteerCategory Categories)> Matches(string text, Gazetteer? gazetteer = null)
    {
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, tokens);
        var matches = new List<GazetteerMatch>();
        (gazetteer ?? EmbeddedModels.Gazetteer).Match(text, tokens.Tokens, matches);
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
    public void A_name_holding_an_acronym_is_found_when_written_in_capitals()
    {
        // USA TODAY in running text was a State (USA): title-casing every word of an all-capitals phrase gave "Usa Today".
        var gazetteer = new Gazetteer(
        [
            (GazetteerCategory.Organization, "KVX Herald", null, null),
            (GazetteerCategory.Country, "KVX", null, null),
            (GazetteerCategory.Organization, "Vorland Post", null, null),
        ]);
        var found = Matches("She told the KVX HERALD and the VORLAND POST that KVX would wait.", gazetteer);
        Assert.Equal(["KVX HERALD", "VORLAND POST", "KVX"], found.Select(m => m.Phrase));
        Assert.True(gazetteer.TryGet("KVX HERALD", out var herald));
        Assert.Equal(GazetteerCategory.Organization, herald.Categories);
    }

    [Fact]
    public void Phrase_matching_and_phrase_lookup_try_the_capitals_probes_in_one_order()
    {
        // Match tried the plain title case before the acronym-keeping one and TryGet the other way round: a phrase in
        // capitals that both forms name got one entry from the tagger's features and another from the span rules.
        var gazetteer = new Gazetteer(
        [
            (GazetteerCategory.Body, "KVX Herald", null, null),
            (GazetteerCategory.Organization, "Kvx Herald", null, null),
        ]);
        const string text = "KVX HERALD";
        Assert.Equal(GazetteerCategory.Organization, Assert.Single(Matches(text, gazetteer)).Categories);
        Assert.True(gazetteer.TryGet(text, out var entry));
        Assert.Equal(GazetteerCategory.Organization, entry.Categories);
    }

    [Fact]
    public void An_alternative_country_spelling_that_is_a_demonym_is_no_country()
    {
        // "Saudi officials" was a State: the country list's alternative spellings hold "Saudi" and "Thai", which GATE
        // lists as demonyms; the lexicon now keeps them as demonyms only, and the full names as countries.
        foreach (var demonym in new[] { "Saudi", "Thai" })
        {
            Assert.True(EmbeddedModels.Gazetteer.TryGet(demonym, out var entry), demonym);
            Assert.True((entry.Categories & GazetteerCategory.Demonym) != 0, demonym);
            Assert.Equal(GazetteerCategory.None, entry.Categories & GazetteerCategory.Country);
        }
        foreach (var country in new[] { "Saudi Arabia", "Thailand" })
        {
            Assert.True(EmbeddedModels.Gazetteer.TryGet(country, out var entry), country);
            Assert.True((entry.Categories & GazetteerCategory.Country) != 0, country);
        }
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
