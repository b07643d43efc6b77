using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, buffer);
        return buffer.ToArray().Select(t => t.GetText(text)).ToArray();
    }

    private static Token[] Raw(string text)
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void Possessives_split_with_curly_and_straight_apostrophes()
    {
        Assert.Equal(["Belarus", "’s", "president", "Alexander", "Lukashenko"], Tokens("Belarus’s president Alexander Lukashenko"));
        Assert.Equal(["Russia", "'s", "foreign", "ministry"], Tokens("Russia's foreign ministry"));
    }

    [Fact]
    public void Negative_contractions_split_the_english_way()
    {
        Assert.Equal(["he", "“", "did", "n’t", "win", "the", "election", ".", "”"], Tokens("he “didn’t win the election.”"));
        Assert.Equal(["We", "wo", "n’t", "give", "up"], Tokens("We won’t give up"));
        Assert.Equal(["If", "Belarusians", "do", "n’t", "hold", "out"], Tokens("If Belarusians don’t hold out"));
        Assert.Equal(["We", "’ll", "get", "it"], Tokens("We’ll get it"));
    }

    [Fact]
    public void Doubled_curly_single_marks_are_one_quotation_mark()
    {
        Assert.Equal(["“", "Yes", ",", "’’", "he", "said", "."], Tokens("“Yes,’’ he said."));
        Assert.Equal(["‘‘", "Yes", ",", "’’", "he", "said", "."], Tokens("‘‘Yes,’’ he said."));
        Assert.Equal(["the", "leaders", "’", "homes"], Tokens("the leaders’ homes"));
        Assert.Equal(["“", "a", "‘", "maybe", ".", "’", "’’", "he", "said"], Tokens("“a ‘maybe.’’’ he said"));
    }

    [Fact]
    public void Names_with_internal_apostrophes_stay_whole()
    {
        Assert.Equal(["Sinead", "O’Connor", "’s", "song"], Tokens("Sinead O’Connor’s song"));
    }

    [Fact]
    public void Hyphenated_words_and_separated_numbers_stay_whole()
    {
        Assert.Equal(["quasi-Soviet", "command", "economy"], Tokens("quasi-Soviet command economy"));
        Assert.Equal(["26-year", "grip"], Tokens("26-year grip"));
        Assert.Equal(["Nearly", "7,000", "people", "and", "3.5", "per", "cent", "on", "2020-08-15"], Tokens("Nearly 7,000 people and 3.5 per cent on 2020-08-15"));
        Assert.Equal(["a", "co-ordination", "council"], Tokens("a co-ordination council"));
        Assert.Equal(["U.S.-trained", "troops"], Tokens("U.S.-trained troops"));
    }

    [Fact]
    public void A_party_and_state_after_a_name_keeps_its_full_stop()
    {
        Assert.Equal(["Ann", "Lee", ",", "D-Calif.", ",", "said"], Tokens("Ann Lee, D-Calif., said"));
        Assert.Equal(["in", "Fresno", ",", "Calif.", ",", "on"], Tokens("in Fresno, Calif., on"));
        Assert.Equal(["a", "well-known", "man", "."], Tokens("a well-known man."));
    }

    [Fact]
    public void Site_names_are_one_word_but_sentences_still_end()
    {
        Assert.Equal(["According", "to", "GovExec.com", ",", "it", "failed", "."], Tokens("According to GovExec.com, it failed."));
        Assert.Equal(["see", "standfor.co.nz", "now"], Tokens("see standfor.co.nz now"));
        Assert.Equal(["It", "ended", ".", "Come", "back"], Tokens("It ended. Come back"));
    }

    [Fact]
    public void Number_tokens_are_numbers()
    {
        var text = "Nearly 7,000 people";
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word], Raw(text).Select(t => t.Kind));
    }

    [Fact]
    public void Spaced_ellipsis_with_thin_spaces_is_one_token()
    {
        var text = "an agreement with Russia .\u2009.\u2009. that covers";
        var tokens = Tokens(text);
        Assert.Contains(".\u2009.\u2009.", tokens);
        Assert.Equal(["an", "agreement", "with", "Russia", ".\u2009.\u2009.", "that", "covers"], tokens);
        Assert.Equal(["Let", "them", "go", ". . .", "But"], Tokens("Let them go . . . But"));
        Assert.Equal(["wait", "...", "what"], Tokens("wait ... what"));
    }

    [Fact]
    public void Nbsp_and_thin_space_are_whitespace()
    {
        Assert.Equal(["Mr", "Putin", "said"], Tokens("Mr\u00A0Putin\u2009said"));
    }

    [Fact]
    public void Quotes_dashes_and_symbols_are_their_own_tokens()
    {
        var text = "“enemies” — the core © AFP \"yes\" ‘no’";
        Assert.Equal(["“", "enemies", "”", "—", "the", "core", "©", "AFP", "\"", "yes", "\"", "‘", "no", "’"], Tokens(text));
        var kinds = Raw(text).Select(t => t.Kind).ToArray();
        Assert.Equal(TokenKind.Quote, kinds[0]);
        Assert.Equal(TokenKind.Punctuation, kinds[3]);
        Assert.Equal(TokenKind.Symbol, kinds[6]);
    }

    [Fact]
    public void Abbreviations_and_initials_keep_their_full_stop()
    {
        Assert.Equal(["Mr.", "Smith", "met", "Dr.", "Jones", "in", "the", "U.S.", "on", "Jan.", "5", "."], Tokens("Mr. Smith met Dr. Jones in the U.S. on Jan. 5."));
        Assert.Equal(["J.", "R.", "R.", "Tolkien"], Tokens("J. R. R. Tolkien"));
        Assert.Equal(["the", "war", "ended", "."], Tokens("the war ended."));
    }

    [Fact]
    public void Double_hyphen_dash_is_one_token()
    {
        Assert.Equal(["WASHINGTON", "(", "CNN", ")", "--", "National"], Tokens("WASHINGTON (CNN) -- National"));
    }

    [Fact]
    public void Unpaired_surrogates_and_emoji_are_tokens_not_errors()
    {
        var text = "bad \uD800 pair 😀 ok \uDC00";
        var tokens = Raw(text);
        Assert.Equal(["bad", "\uD800", "pair", "😀", "ok", "\uDC00"], tokens.Select(t => t.GetText(text)));
        Assert.Equal(TokenKind.Other, tokens[1].Kind);
        Assert.Equal(TokenKind.Symbol, tokens[3].Kind);
    }

    [Fact]
    public void Seed_round_trip_invariants_hold()
    {
        AssertInvariants(TestData.SeedText);
    }

    [SkippableFact]
    public void Dev_texts_round_trip_invariants_hold()
    {
        Skip.If(TestData.SharedMissingReason is not null, TestData.SharedMissingReason);
        Assert.NotEmpty(TestData.DevDocuments());
        foreach (var (_, text, _) in TestData.DevDocuments()) AssertInvariants(text);
    }

    [Fact]
    public void Adversarial_text_round_trip_invariants_hold()
    {
        var random = new Random(7);
        var alphabet = "aB1 .,'’“”\"-—\u00A0\u2009\n\uD800\uDC00😀©$%()?!:;&/\u0301";
        for (int doc = 0; doc < 200; doc++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            AssertInvariants(new string(chars));
        }
    }

    [Fact]
    public void Tokenization_is_deterministic_across_threads()
    {
        var text = TestData.SeedText;
        var expected = Raw(text);
        Parallel.For(0, 16, _ => Assert.Equal(expected, Raw(text)));
    }

    internal static void AssertInvariants(string text)
    {
        var tokens = Raw(text);
        int previousEnd = 0;
        var covered = new bool[text.Length];
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0);
            Assert.True(t.Start >= previousEnd, "tokens are ordered and do not overlap");
            Assert.True(t.End <= text.Length);
            previousEnd = t.End;
            for (int i = t.Start; i < t.End; i++) covered[i] = true;
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (!covered[i]) Assert.True(Tokenizer.IsSpace(text[i]), $"character U+{(int)text[i]:X4} at {i} is in no token");
        }
    }
}
