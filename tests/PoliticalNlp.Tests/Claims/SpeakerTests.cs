namespace PoliticalNlp.Tests.Claims;

/// <summary>Speaker spans and their resolution on shapes read from unseen text (issue 8, seventh round); invented sentences.</summary>
public class SpeakerTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    [Fact]
    public void A_quote_continued_without_a_cue_names_the_speaker_of_the_quote_it_continues()
    {
        var claims = Analyzer.Analyze("“The budget is a mess,” Maria Petrova said. “Nobody in this council has read it.”").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Null(claims[1].Cue);
        Assert.Equal("Maria Petrova", claims[1].Speaker?.Text);
        Assert.Equal(claims[0].Speaker, claims[1].Speaker);
        Assert.Equal(claims[0].SpeakerCanonical, claims[1].SpeakerCanonical);
    }

    [Fact]
    public void A_quote_continued_from_an_unnamed_source_keeps_no_speaker_span()
    {
        var claims = Analyzer.Analyze("“The budget is a mess,” one council member said. “Nobody here has read it.”").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Null(claims[1].Cue);
        Assert.Null(claims[1].Speaker);
    }
}
