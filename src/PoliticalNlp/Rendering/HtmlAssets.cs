using System.Text;

namespace PoliticalNlp.Rendering;

/// <summary>The page's stylesheet and script (embedded files, inlined into every page) and its legend.</summary>
internal static class HtmlAssets
{
    private static readonly Lazy<string> s_stylesheet = new(() => Load("report.css"));
    private static readonly Lazy<string> s_script = new(() => Load("report.js"));

    public static string Stylesheet => s_stylesheet.Value;

    public static string Script => s_script.Value;

    private static string Load(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("PoliticalNlp.Rendering." + name)
            ?? throw new InvalidOperationException($"The embedded page asset '{name}' is missing from the PoliticalNlp assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Entity colours, claim kinds, and each link kind's arc; the arrow points at the claim answered.</summary>
    public static string Legend { get; } = BuildLegend();

    private static string BuildLegend()
    {
        var w = new StringBuilder("<aside class=\"legend\" aria-label=\"Legend\">\n<div class=\"legend-group\"><h2>Entities</h2>");
        foreach (var type in Enum.GetValues<EntityType>())
            w.Append($"<mark class=\"ent ent-{type.ToString().ToLowerInvariant()}\" data-legend=\"{type}\">{type}</mark>");
        w.Append("</div>\n<div class=\"legend-group\"><h2>Claims</h2>");
        foreach (var kind in Enum.GetValues<ClaimKind>())
            w.Append($"<span class=\"chip chip-{kind.ToString().ToLowerInvariant()}\" data-legend=\"{kind}\">{kind}</span>");
        w.Append("<span><a class=\"cref\">c1</a>claim start · <span style=\"text-decoration: underline 2px #f2c94c; text-underline-offset: 4px\">claim content</span> · <b>cue</b></span>");
        w.Append("</div>\n<div class=\"legend-group\"><h2>Links</h2>");
        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            string name = kind.ToString().ToLowerInvariant();
            string head = kind == LinkKind.Support ? "" : $"<path class=\"arrow-{name}\" d=\"M25,1.5 L33,6 L25,10.5 z\"/>";
            w.Append($"<span data-legend=\"{kind}\"><svg width=\"34\" height=\"12\" aria-hidden=\"true\"><line class=\"arc arc-{name}\" x1=\"1\" y1=\"6\" x2=\"{(kind == LinkKind.Support ? 33 : 26)}\" y2=\"6\"/>{head}</svg> {kind}</span>");
        }
        w.Append("<span>arrow: from the statement that answers to the claim it answers; Support joins two claims that agree</span></div>\n</aside>\n");
        return w.ToString();
    }
}
