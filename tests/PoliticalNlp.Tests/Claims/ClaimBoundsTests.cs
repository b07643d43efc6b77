namespace PoliticalNlp.Tests.Claims;

/// <summary>Issue 12: claim extraction never throws, and its output stays linear on long one-sentence attribution chains.</summary>
public class ClaimBoundsTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("According to Putin \"the war is over.\nYes")]
    [InlineData("According to Putin")]
    [InlineData("According to")]
    [InlineData("according to Smith \"")]
    public void According_to_without_content_in_its_sentence_does_not_throw(string text)
    {
        var doc = Analyzer.Analyze(text);
        Assert.All(doc.Claims, c => Assert.Equal(text[c.Content.Start..c.Content.End], c.Content.Text));
    }

    [Theory]
    [InlineData("the plan will fail, according to Smith, ")]
    [InlineData("the plan will fail, the minister said, and ")]
    [InlineData("the talks have collapsed, Jones said, ")]
    public void One_sentence_attribution_chains_give_linear_content_and_distinct_starts(string link)
    {
        foreach (int n in new[] { 50, 400 })
        {
            string text = string.Concat(Enumerable.Repeat(link, n)) + "the end.";
            var doc = Analyzer.Analyze(text);
            Assert.NotEmpty(doc.Claims);
            long content = doc.Claims.Sum(c => (long)(c.Content.End - c.Content.Start));
            Assert.True(content <= 2L * text.Length, $"{n} links: {content} characters of content for {text.Length} of text");
            Assert.Equal(doc.Claims.Length, doc.Claims.Select(c => c.Content.Start).Distinct().Count());
        }
    }
}
