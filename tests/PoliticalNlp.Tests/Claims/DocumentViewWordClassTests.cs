using System.Collections.Immutable;
using PoliticalNlp.Claims;
using PoliticalNlp.Entities;
using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Claims;

public class DocumentViewWordClassTests
{
    private static DocumentView View(string text)
    {
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, tokens);
        var array = tokens.ToArray();
        return new DocumentView(text, array, SentenceSplitter.Split(text, array), ImmutableArray<Entity>.Empty);
    }

    [Fact]
    public void A_word_class_asked_of_a_token_outside_the_document_is_false_not_an_error()
    {
        var doc = View("Officials declined to comment");
        Assert.False(doc.Is(-1, FunctionWords.IsDecliningWord));
        Assert.False(doc.Is(doc.Tokens.Length, FunctionWords.IsDecliningWord));
        Assert.True(doc.Is(1, FunctionWords.IsDecliningWord));
    }

    [Fact]
    public void A_word_class_keeps_its_case_as_the_string_test_did()
    {
        var doc = View("REFUSED and And");
        Assert.True(doc.Is(0, FunctionWords.IsDecliningWord)); // any case, as doc.Is(i, "refused") matched
        Assert.True(doc.Is(1, FunctionWords.IsCoordinatedCueJoiner));
        Assert.False(doc.Is(2, FunctionWords.IsCoordinatedCueJoiner)); // exact, as doc.Word(k) is "and" matched
    }
}
