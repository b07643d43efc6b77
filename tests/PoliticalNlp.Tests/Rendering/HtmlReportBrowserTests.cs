using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PoliticalNlp.Rendering;

namespace PoliticalNlp.Tests.Rendering;

/// <summary>The HTML view opened in a real browser (headless Chromium): it renders, shows everything, arcs join the right cards.</summary>
public class HtmlReportBrowserTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    [SkippableFact]
    public void Seed_page_renders_every_entity_claim_and_arc_without_console_errors()
    {
        Skip.If(HeadlessChromium.MissingReason is not null, HeadlessChromium.MissingReason);
        var docs = new[]
        {
            Analyzer.Analyze(TestData.SeedText, "seed"),
            Analyzer.Analyze("Ruritania's minister Anna Vogel said the convoy carried only food. Freedonia denied that the convoy carried only food.", "second <doc>"),
        };
        Assert.NotEmpty(docs[0].Links);
        var path = Path.Combine(Path.GetTempPath(), $"politicalnlp-browser-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, HtmlReport.ToHtml(docs));
        try
        {
            var (dom, console) = HeadlessChromium.DumpDom(path);
            Assert.Empty(console);
            var page = new HtmlParser().ParseDocument(dom);
            Assert.Equal("drawn", page.DocumentElement.GetAttribute("data-arcs")); // the inline script ran to its end

            var toc = page.QuerySelectorAll("nav.toc li a").Select(a => a.GetAttribute("href") ?? "").ToArray();
            Assert.Equal(["#doc-0", "#doc-1"], toc);
            for (int i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                var section = page.GetElementById($"doc-{i}")!;
                Assert.Equal(doc.Id, section.GetAttribute("data-doc-id"));

                var marks = section.QuerySelectorAll(".doc-text mark.ent");
                Assert.Equal(doc.Entities.Length, marks.Length);
                foreach (var (entity, mark) in doc.Entities.Zip(marks))
                {
                    Assert.Equal(entity.Text, mark.TextContent);
                    Assert.Equal(entity.Type.ToString(), mark.GetAttribute("data-type"));
                    Assert.Equal(entity.Start.ToString(), mark.GetAttribute("data-start"));
                }

                foreach (var claim in doc.Claims)
                {
                    var card = page.GetElementById($"d{i}-{claim.Id}")!;
                    Assert.Equal(claim.Content.Text, card.QuerySelector("blockquote.content")!.TextContent);
                    Assert.Equal(claim.Kind.ToString(), card.GetAttribute("data-kind"));
                    if (claim.Cue is { } cue) Assert.Equal(cue.Text, card.QuerySelector(".who .cue")!.TextContent);
                }

                var arcs = section.QuerySelectorAll("svg.arcs path.arc");
                Assert.Equal(doc.Links.Length, arcs.Length);
                foreach (var (link, arc) in doc.Links.Zip(arcs))
                {
                    Assert.Equal($"d{i}-{link.From}", arc.GetAttribute("data-from"));
                    var target = page.GetElementById(arc.GetAttribute("data-to")!)!;
                    if (link.To is { } to) Assert.Equal(to, target.GetAttribute("data-claim"));
                    else Assert.Equal(link.ToSpan!.Text, target.QuerySelector("blockquote.content")!.TextContent);
                    Assert.False(string.IsNullOrEmpty(arc.GetAttribute("d")));
                    // Set by the page after layout: the arc starts on the answering card and ends on the claim answered.
                    Assert.Equal("ok", arc.GetAttribute("data-check"));
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void A_script_error_on_a_page_is_caught_by_the_console_scan()
    {
        // Control for the test above: an empty console list means no errors, not a scan that never sees any.
        Skip.If(HeadlessChromium.MissingReason is not null, HeadlessChromium.MissingReason);
        var path = Path.Combine(Path.GetTempPath(), $"politicalnlp-browser-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><body><p>x</p><script>throw new Error('deliberate');</script></body></html>");
        try
        {
            var (_, console) = HeadlessChromium.DumpDom(path);
            Assert.Contains(console, line => line.Contains("deliberate", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
