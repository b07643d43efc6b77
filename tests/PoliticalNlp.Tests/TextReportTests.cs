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
    public void One_line_folds_each_run_of_control_characters_into_one_space() =>
        Assert.Equal("a b c", TextReport.OneLine("a\r\n\tb\nc"));
}
