using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Text;

/// <summary>
/// A document over 256 K characters is tokenised twice (first only counting) into an array of exactly its token count,
/// instead of a buffer guessed from its length and copied. The tokens must be those the growing buffer gives.
/// </summary>
public class LongDocumentTokenTests
{
    [Fact]
    public void Long_document_gets_the_same_tokens_as_the_growing_buffer()
    {
        var unit = "Mr. Smith's aides said: \"We won't go,\" on 12.5.2024 — e-mail us at x@y.org!\n\n";
        var text = string.Concat(Enumerable.Repeat(unit, 300_000 / unit.Length + 1));
        Assert.True(text.Length > 1 << 18);

        var growing = new TokenBuffer(4);
        Tokenizer.Tokenize(text, growing);

        var doc = new PoliticalTextAnalyzer(new PoliticalNlpOptions { ExtractClaims = false }).Analyze(text);
        Assert.Equal(growing.Tokens.ToArray(), doc.Tokens.ToArray());
    }

    [Fact]
    public void Counting_buffer_counts_without_storing()
    {
        var counter = TokenBuffer.CountOnly();
        Tokenizer.Tokenize("He said no.", counter);
        Assert.Equal(4, counter.Count);
        Assert.True(counter.Tokens.IsEmpty);

        var exact = TokenBuffer.Exact(counter.Count);
        Tokenizer.Tokenize("He said no.", exact);
        var tokens = exact.TakeExact();
        Assert.Equal(["He", "said", "no", "."], tokens.Select(t => t.GetText("He said no.")));
    }
}
