using System.Globalization;

namespace PoliticalNlp.Rendering;

/// <summary>
/// Renders analysed documents as one self-contained HTML page (inline CSS, SVG and script; nothing is fetched):
/// entities marked by type in the text, each claim with speaker, cue, kind and content, and an arc from each statement
/// that answers a claim (a counter-claim or support link) to the claim it answers, with a legend. Several documents
/// make one page with a table of contents.
/// </summary>
/// <example>
/// <code>
/// using var page = File.CreateText("report.html");
/// HtmlReport.Write(texts.Select(t => analyzer.Analyze(t)), page);
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Writes one page showing <paramref name="documents"/>, in order, to <paramref name="writer"/>.</summary>
    /// <param name="documents">The documents; each is read once, so a lazy sequence streams.</param>
    /// <param name="writer">Where the page goes; not closed.</param>
    /// <param name="title">The page title; <c>PoliticalNlp report</c> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">A document of the sequence is null.</exception>
    public static void Write(IEnumerable<AnalyzedDocument> documents, TextWriter writer, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(writer);
        title ??= "PoliticalNlp report";
        using var input = documents.GetEnumerator();
        var first = Next(input);

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Nothing may be fetched: the page works offline and cannot leak what it shows.
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        writer.Write("<meta name=\"generator\" content=\"PoliticalNlp\">\n<title>");
        HtmlText.Write(writer, title);
        writer.Write("</title>\n<style>\n");
        writer.Write(HtmlAssets.Stylesheet);
        writer.Write("</style>\n</head>\n<body>\n<header class=\"page-head\">\n<h1>");
        HtmlText.Write(writer, title);
        writer.Write("</h1>\n");
        if (first?.ModelVersion is { } modelVersion)
        {
            writer.Write("<p class=\"page-meta\">PoliticalNlp model <code>");
            HtmlText.Write(writer, modelVersion);
            writer.Write("</code></p>\n");
        }
        writer.Write("</header>\n");
        writer.Write(HtmlAssets.Legend);
        writer.Write("<main>\n");

        // Each document is written as soon as it is read, so a long batch streams: the table of contents, which needs
        // them all, comes after them in the markup and is placed above them by the stylesheet.
        var contents = new List<(string Anchor, string Name, string Stats)>();
        for (var doc = first; doc is not null; doc = Next(input))
        {
            var section = new HtmlDocumentSection(doc, contents.Count);
            section.Write(writer);
            contents.Add((section.Anchor, section.Name, section.Stats));
        }
        if (contents.Count == 0) writer.Write("<p class=\"empty\">No documents.</p>\n");
        writer.Write("</main>\n");
        if (contents.Count > 1)
        {
            writer.Write("<nav class=\"toc\" aria-label=\"Documents\">\n<h2>Contents: ");
            writer.Write(contents.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(" documents</h2>\n<ol>\n");
            foreach (var (anchor, name, stats) in contents)
            {
                writer.Write("<li><a href=\"#");
                HtmlText.WriteAttribute(writer, anchor);
                writer.Write("\">");
                HtmlText.Write(writer, name);
                writer.Write("</a> <span class=\"toc-stats\">");
                HtmlText.Write(writer, stats);
                writer.Write("</span></li>\n");
            }
            writer.Write("</ol>\n</nav>\n");
        }
        writer.Write("<script>\n");
        writer.Write(HtmlAssets.Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private static AnalyzedDocument? Next(IEnumerator<AnalyzedDocument> input) =>
        !input.MoveNext() ? null : input.Current ?? throw new ArgumentException("A document of the sequence is null.", "documents");

    /// <summary>The page for <paramref name="documents"/> as a string.</summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="title">The page title; <c>PoliticalNlp report</c> by default.</param>
    /// <returns>A complete HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static string ToHtml(IEnumerable<AnalyzedDocument> documents, string? title = null)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(documents, writer, title);
        return writer.ToString();
    }
}
