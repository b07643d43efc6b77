using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PoliticalNlp.Rendering;

namespace PoliticalNlp.Tests.Rendering;

/// <summary>The HTML view parsed as HTML (no browser needed): escaping, completeness, self-containment.</summary>
public class HtmlReportTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text panel minus the claim badges, which the page inserts at each content start.</summary>
    private static string ShownText(IElement section)
    {
        var text = (IElement)section.QuerySelector(".doc-text")!.Clone(deep: true);
        foreach (var badge in text.QuerySelectorAll("a.cref").ToList()) badge.Remove();
        return text.TextContent;
    }

    [Fact]
    public void Markup_in_the_text_and_id_is_shown_as_text_not_run()
    {
        const string text = "Vladimir Putin said <script>alert('x')</script> & \"quotes\" <b>were</b> fine.\n\nNext <i>line</i>.";
        var doc = Analyzer.Analyze(text, "\"><script>alert(1)</script>");
        var html = doc.ToHtml();
        var page = Parse(html);
        Assert.Single(page.Scripts); // the page's own script only
        Assert.Empty(page.QuerySelectorAll(".doc-text b, .doc-text i"));
        var section = page.QuerySelector("section.doc")!;
        Assert.Equal(text, ShownText(section));
        Assert.Equal(doc.Id, section.GetAttribute("data-doc-id"));
        Assert.Equal(doc.Id, section.QuerySelector("h2")!.TextContent);
        var claim = Assert.Single(doc.Claims);
        Assert.Equal(claim.Content.Text, page.GetElementById("d0-" + claim.Id)!.QuerySelector("blockquote")!.TextContent);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var html = Analyzer.Analyze(TestData.SeedText, "seed").ToHtml();
        var page = Parse(html);
        Assert.Empty(page.QuerySelectorAll("[src], link, iframe, object, embed, img"));
        Assert.DoesNotContain("http:", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("aside.legend"));
        foreach (var kind in Enum.GetNames<LinkKind>().Concat(Enum.GetNames<EntityType>()).Concat(Enum.GetNames<ClaimKind>()))
            Assert.NotNull(page.QuerySelector($"aside.legend [data-legend='{kind}']"));
    }

    [Fact]
    public void Seed_text_is_shown_whole_with_every_entity_once()
    {
        var doc = Analyzer.Analyze(TestData.SeedText, "seed");
        var page = Parse(doc.ToHtml());
        var section = page.QuerySelector("section.doc")!;
        Assert.Equal(doc.Text, ShownText(section));
        Assert.Equal(doc.Entities.Select(e => (e.Text, e.Type.ToString())),
            section.QuerySelectorAll("mark.ent").Select(m => (m.TextContent, m.GetAttribute("data-type")!)));
        Assert.Equal(doc.Claims.Select(c => c.Id), section.QuerySelectorAll(".doc-text a.cref").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector("nav.toc")); // one document: no table of contents
    }

    [Fact]
    public void Overlapping_claim_contents_and_an_entity_across_a_content_edge_render_once_each()
    {
        // Two claims whose contents overlap, one starting inside an entity, and a link to a statement span.
        const string text = "Anna Vogel said Bob Stone lied. Bob Stone denied it.";
        var doc = AnalyzedDocument.FromJson("""
            {"id":"overlap","text":"Anna Vogel said Bob Stone lied. Bob Stone denied it.",
             "entities":[{"start":0,"end":10,"type":"Person","text":"Anna Vogel","canonical":"Anna Vogel"},
                         {"start":16,"end":25,"type":"Person","text":"Bob Stone","canonical":"Bob Stone"}],
             "claims":[{"id":"c1","speaker":{"start":0,"end":10,"text":"Anna Vogel"},"cue":{"start":11,"end":15,"text":"said"},
                        "content":{"start":16,"end":30,"text":"Bob Stone lied"},"kind":"Accusation","direct":false},
                       {"id":"c2","speaker":null,"cue":null,"content":{"start":20,"end":51,"text":"Stone lied. Bob Stone denied it"},"kind":"Statement","direct":false}],
             "links":[{"from":"c1","to":null,"toSpan":{"start":32,"end":52,"text":"Bob Stone denied it."},"kind":"Denial"},
                      {"from":"c1","to":"c2","toSpan":null,"kind":"Contradiction"}]}
            """);
        var page = Parse(doc.ToHtml());
        var section = page.QuerySelector("section.doc")!;
        Assert.Equal(text, ShownText(section));
        Assert.Equal(2, section.QuerySelectorAll("mark.ent").Length);
        Assert.Equal(["c1", "c2"], section.QuerySelectorAll(".doc-text a.cref").Select(a => a.TextContent));
        Assert.Contains(section.QuerySelectorAll(".doc-text [data-c]"), e => e.GetAttribute("data-c") == "c1 c2");
        var statement = Assert.Single(section.QuerySelectorAll("li.statement"));
        var arcs = section.QuerySelectorAll("path.arc");
        Assert.Equal([("d0-c1", statement.Id!, "Denial"), ("d0-c1", "d0-c2", "Contradiction")],
            arcs.Select(a => (a.GetAttribute("data-from")!, a.GetAttribute("data-to")!, a.GetAttribute("data-kind")!)));
        Assert.Contains("denied by the statement s1", page.GetElementById("d0-c1")!.TextContent);
    }

    [Fact]
    public void Several_documents_make_one_page_with_a_table_of_contents()
    {
        var docs = new[] { Analyzer.Analyze("Angela Merkel met Emmanuel Macron in Paris.", "a"), Analyzer.Analyze("", null), Analyzer.Analyze("Poland said no.", "c") };
        var writer = new StringWriter();
        HtmlReport.Write(docs, writer, "Three <docs>");
        var page = Parse(writer.ToString());
        Assert.Equal("Three <docs>", page.Title);
        Assert.Equal(["a", "Document 2", "c"], page.QuerySelectorAll("nav.toc li a").Select(a => a.TextContent));
        Assert.Equal(3, page.QuerySelectorAll("section.doc").Length);
        Assert.Equal("No documents.", Parse(HtmlReport.ToHtml([])).QuerySelector("p.empty")!.TextContent);
    }

    [Fact]
    public void A_lazy_sequence_is_written_as_it_is_read()
    {
        // Streaming: the first document's section is on the writer before the second document is produced.
        var writer = new StringWriter();
        IEnumerable<AnalyzedDocument> Documents()
        {
            yield return Analyzer.Analyze("Angela Merkel spoke.", "first");
            Assert.Contains("data-doc-id=\"first\"", writer.ToString());
            yield return Analyzer.Analyze("Poland said no.", "second");
        }
        HtmlReport.Write(Documents(), writer);
        Assert.Equal(["first", "second"], Parse(writer.ToString()).QuerySelectorAll("nav.toc a").Select(a => a.TextContent));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Write([], null!));
        Assert.Throws<ArgumentException>(() => HtmlReport.Write([null!], TextWriter.Null));
    }
}
