using PoliticalNlp.Cli;

namespace PoliticalNlp.Tests;

public class TextReportTests
{
    [Fact]
    public void A_claim_whose_content_spans_lines_prints_on_one_line()
    {
        var doc = new PoliticalTextAnalyzer().Analyze("The minister said the plan\nwas dead and the talks\r\nhad failed.", "multi");
        Assert.NotEmpty(doc.Claims);
        var writer = new StringWriter();
        TextReport.Write(doc, writer);
        var claimLines = writer.ToString().Split('\n').Where(l => l.StartsWith("  [c", StringComparison.Ordinal)).ToList();
        Assert.Equal(doc.Claims.Length, claimLines.Count);
        Assert.Contains(claimLines, l => l.Contains("the plan was dead and the talks had failed", StringComparison.Ordinal));
    }

    [Fact]
    public void With_explain_every_claim_and_link_line_ends_with_what_made_it()
    {
        var doc = new PoliticalTextAnalyzer().Analyze(
            "Opposition leader Jane Roe accused the minister of taking bribes. The minister denied the allegations.", "explain");
        Assert.NotEmpty(doc.Claims);
        Assert.NotEmpty(doc.Links);
        var plain = new StringWriter();
        TextReport.Write(doc, plain);
        var traced = new StringWriter();
        TextReport.Write(doc, traced, explain: true);
        var lines = traced.ToString().Split('\n');
        var claimLines = lines.Where(l => l.StartsWith("  [c", StringComparison.Ordinal)).ToList();
        Assert.Equal(doc.Claims.Length, claimLines.Count);
        Assert.All(claimLines, l => Assert.Matches(@"  \[\w+ cue '[^']*' \(\w+\)\]$", l.TrimEnd('\r')));
        var linkLines = lines.Where(l => l.Contains(" ← ", StringComparison.Ordinal)).ToList();
        Assert.Equal(doc.Links.Length, linkLines.Count);
        Assert.All(linkLines, l => Assert.Matches(@"  \[(model p=\d\.\d\d.*|rule .+)\]$", l.TrimEnd('\r')));
        Assert.DoesNotContain("cue '", plain.ToString());
    }

    [Fact]
    public void One_line_folds_each_run_of_control_characters_into_one_space() =>
        Assert.Equal("a b c", TextReport.OneLine("a\r\n\tb\nc"));
}
