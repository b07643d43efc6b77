using PoliticalNlp.Entities;

namespace PoliticalNlp.Tests.Entities;

/// <summary>The per-token keys the tagger's features are mixed from, computed once a sentence.</summary>
public class TokenKeyTests
{
    [Fact]
    public void Case_digits_and_curly_apostrophes_fold_in_the_normalized_hash_but_not_the_exact_one()
    {
        Assert.Equal(TokenKey.Of("WASHINGTON").Normalized, TokenKey.Of("Washington").Normalized);
        Assert.NotEqual(TokenKey.Of("WASHINGTON").Exact, TokenKey.Of("Washington").Exact);
        Assert.Equal(TokenKey.Of("G-20").Normalized, TokenKey.Of("G-19").Normalized);
        Assert.Equal(TokenKey.Of("Reuters\u2019").Normalized, TokenKey.Of("reuters'").Normalized);
        Assert.NotEqual(TokenKey.Of("Reuters").Normalized, TokenKey.Of("Reuter").Normalized);
    }

    [Fact]
    public void Affixes_are_the_hashes_of_the_first_three_and_last_two_to_four_characters()
    {
        var peters = TokenKey.Of("Peters");
        var reuters = TokenKey.Of("REUTERS");
        Assert.Equal(peters.Suffix2, reuters.Suffix2);
        Assert.Equal(peters.Suffix3, reuters.Suffix3);
        Assert.Equal(peters.Suffix4, reuters.Suffix4);
        Assert.Equal(peters.Suffix3, TokenKey.Of("Powers").Suffix3);
        Assert.NotEqual(peters.Suffix4, TokenKey.Of("Powers").Suffix4);
        Assert.Equal(TokenKey.Of("Pentagon").Prefix3, TokenKey.Of("pence").Prefix3);
        Assert.Equal(TokenKey.Of("un").Normalized, TokenKey.Of("UN").Prefix3); // a short word is its own prefix
        Assert.Equal(TokenKey.Of("UN").Suffix2, TokenKey.Of("UN").Suffix4);
    }

    [Fact]
    public void Shape_collapses_runs_of_a_character_class()
    {
        Assert.Equal(TokenKey.Of("Lukashenko").Shape, TokenKey.Of("Smith").Shape);
        Assert.Equal(TokenKey.Of("U.S.").Shape, TokenKey.Of("U.K.").Shape);
        Assert.Equal(TokenKey.Of("7,000").Shape, TokenKey.Of("12,500").Shape);
        Assert.NotEqual(TokenKey.Of("MI5").Shape, TokenKey.Of("Mi5").Shape);
        Assert.Equal(TokenKey.Of("Élysée").Shape, TokenKey.Of("Paris").Shape);
    }

    [Fact]
    public void Describe_gives_each_token_the_key_of_its_own_characters()
    {
        const string text = "Ivo Marsh told NBC.";
        var buffer = new PoliticalNlp.Text.TokenBuffer(8);
        PoliticalNlp.Text.Tokenizer.Tokenize(text, buffer);
        var keys = new TokenKey[buffer.Count];
        TokenKey.Describe(text, buffer.Tokens, keys);
        for (int i = 0; i < keys.Length; i++) Assert.Equal(TokenKey.Of(buffer.Tokens[i].AsSpan(text)), keys[i]);
        Assert.Equal(3, keys[3].Length);
    }

    [Theory]
    [InlineData("Kelmarsh")]
    [InlineData("KELMARSH")]
    [InlineData("Élysée")]
    [InlineData("G-20")]
    [InlineData("a")]
    public void The_survey_hashes_a_word_as_the_tagger_does(string word)
    {
        // The document survey hashes every word without the rest of its key; the tagger then looks it up by its key.
        Assert.Equal(TokenKey.Of(word).Normalized, TokenKey.NormalizedOf(word));
        Assert.Equal(TokenKey.NormalizedOf("kelmarsh"), TokenKey.NormalizedOf("KELMARSH"));
    }
}
