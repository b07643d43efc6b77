using System.Globalization;

namespace PoliticalNlp.Rendering;

/// <summary>
/// One document's section of an <see cref="HtmlReport"/>: the text with entities, cues and claim contents marked, and
/// beside it the claims and answering statements as cards joined by link arcs (drawn by the page script from the
/// <c>data-from</c>/<c>data-to</c> ids, so they follow the layout).
/// </summary>
internal sealed class HtmlDocumentSection
{
    private readonly AnalyzedDocument _doc;
    private readonly string _prefix;

    /// <summary>The cards on the right, claims and statements, in text order.</summary>
    private readonly List<Card> _cards = [];

    /// <summary>Element id of each link's target statement (a toSpan), by the span's offsets.</summary>
    private readonly Dictionary<(int Start, int End), string> _statementIds = [];

    private readonly Dictionary<string, string> _claimElementIds = new(StringComparer.Ordinal);

    public HtmlDocumentSection(AnalyzedDocument doc, int index)
    {
        _doc = doc;
        _prefix = "d" + index.ToString(CultureInfo.InvariantCulture);
        Anchor = "doc-" + index.ToString(CultureInfo.InvariantCulture);
        Name = string.IsNullOrEmpty(doc.Id) ? $"Document {index + 1}" : doc.Id;
        Stats = $"{Count(doc.Entities.Length, "entity", "entities")} · {Count(doc.Claims.Length, "claim", "claims")} · {Count(doc.Links.Length, "link", "links")}";
        var cards = new List<Card>();
        foreach (var claim in doc.Claims)
        {
            string id = $"{_prefix}-{claim.Id}";
            _claimElementIds.TryAdd(claim.Id, id);
            cards.Add(new Card(claim.Content.Start, id, claim, null));
        }
        foreach (var link in doc.Links)
        {
            if (link.ToSpan is not { } span || _statementIds.ContainsKey((span.Start, span.End))) continue;
            string id = $"{_prefix}-s{(_statementIds.Count + 1).ToString(CultureInfo.InvariantCulture)}";
            _statementIds[(span.Start, span.End)] = id;
            cards.Add(new Card(span.Start, id, null, span));
        }
        _cards.AddRange(cards.OrderBy(c => c.Position)); // stable: a claim and a statement at one offset keep that order
    }

    /// <summary>The section's element id, for the table of contents.</summary>
    public string Anchor { get; }

    /// <summary>The document's id, or its number when it has none.</summary>
    public string Name { get; }

    /// <summary>Counts of entities, claims and links.</summary>
    public string Stats { get; }

    private sealed record Card(int Position, string ElementId, Claim? Claim, TextSpan? Statement);

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    public void Write(TextWriter w)
    {
        w.Write("<section class=\"doc\" id=\"");
        HtmlText.WriteAttribute(w, Anchor);
        w.Write("\" data-doc-id=\"");
        HtmlText.WriteAttribute(w, _doc.Id ?? "");
        w.Write("\">\n<h2 class=\"doc-title\">");
        HtmlText.Write(w, Name);
        w.Write("</h2>\n<p class=\"doc-stats\">");
        HtmlText.Write(w, Stats);
        w.Write("</p>\n<div class=\"doc-body\">\n<div class=\"doc-text\">");
        WriteText(w);
        w.Write("</div>\n<div class=\"claims-col\">\n");
        WriteArcs(w);
        if (_cards.Count == 0) w.Write("<p class=\"empty\">No claims found.</p>\n");
        else
        {
            w.Write("<ol class=\"cards\">\n");
            foreach (var card in _cards)
            {
                if (card.Claim is { } claim) WriteClaim(w, claim, card.ElementId);
                else WriteStatement(w, card.Statement!, card.ElementId);
            }
            w.Write("</ol>\n");
        }
        w.Write("</div>\n</div>\n</section>\n");
    }

    /// <summary>
    /// The text, cut at every entity, cue and claim-content boundary. An entity is always one element (entities are
    /// flat); claim contents may overlap one another, so the pieces between boundaries carry the ids of the claims
    /// covering them (<c>data-c</c>) rather than nesting.
    /// </summary>
    private void WriteText(TextWriter w)
    {
        string text = _doc.Text;
        var cuts = new List<int> { 0, text.Length };
        foreach (var e in _doc.Entities) { cuts.Add(e.Start); cuts.Add(e.End); }
        var contents = _doc.Claims.Where(c => InText(c.Content, text) && c.Content.Start < c.Content.End).OrderBy(c => c.Content.Start).ToList();
        var cues = _doc.Claims.Select(c => c.Cue).OfType<TextSpan>().Where(s => InText(s, text)).OrderBy(s => s.Start).ToList();
        foreach (var c in contents) { cuts.Add(c.Content.Start); cuts.Add(c.Content.End); }
        foreach (var s in cues) { cuts.Add(s.Start); cuts.Add(s.End); }
        int[] boundaries = cuts.Where(b => b >= 0 && b <= text.Length).Distinct().Order().ToArray();
        var entities = _doc.Entities.Where(e => e.Start >= 0 && e.Start < e.End && e.End <= text.Length).OrderBy(e => e.Start).ToList();

        var active = new List<Claim>();
        var activeCues = new List<TextSpan>();
        int nextContent = 0, nextCue = 0, nextEntity = 0, nextBadge = 0, nextCut = 0;
        int p = 0;
        while (p < text.Length)
        {
            // Claim badges for every content that starts here (or started inside the entity just written).
            while (nextBadge < contents.Count && contents[nextBadge].Content.Start <= p) WriteBadge(w, contents[nextBadge++]);
            while (nextContent < contents.Count && contents[nextContent].Content.Start <= p) active.Add(contents[nextContent++]);
            active.RemoveAll(c => c.Content.End <= p);
            while (nextCue < cues.Count && cues[nextCue].Start <= p) activeCues.Add(cues[nextCue++]);
            activeCues.RemoveAll(s => s.End <= p);
            while (nextEntity < entities.Count && entities[nextEntity].Start < p) nextEntity++; // overlapped by an earlier one: skipped
            while (nextCut < boundaries.Length && boundaries[nextCut] <= p) nextCut++;

            int q;
            if (nextEntity < entities.Count && entities[nextEntity].Start == p)
            {
                var e = entities[nextEntity++];
                q = e.End;
                WriteEntity(w, e, active);
            }
            else
            {
                q = nextCut < boundaries.Length ? boundaries[nextCut] : text.Length;
                WritePiece(w, text.AsSpan(p, q - p), active, activeCues.Count > 0);
            }
            p = q;
        }
        while (nextBadge < contents.Count) WriteBadge(w, contents[nextBadge++]);
    }

    private static bool InText(TextSpan span, string text) => span.Start >= 0 && span.Start <= span.End && span.End <= text.Length;

    private void WriteBadge(TextWriter w, Claim claim)
    {
        w.Write("<a class=\"cref\" href=\"#");
        HtmlText.WriteAttribute(w, _claimElementIds[claim.Id]);
        w.Write("\" data-ref=\"");
        HtmlText.WriteAttribute(w, claim.Id);
        w.Write("\">");
        HtmlText.Write(w, claim.Id);
        w.Write("</a>");
    }

    private static void WriteClaimIds(TextWriter w, List<Claim> active)
    {
        if (active.Count == 0) return;
        w.Write(" data-c=\"");
        for (int i = 0; i < active.Count; i++)
        {
            if (i > 0) w.Write(' ');
            HtmlText.WriteAttribute(w, active[i].Id);
        }
        w.Write('"');
    }

    private static void WritePiece(TextWriter w, ReadOnlySpan<char> piece, List<Claim> active, bool cue)
    {
        if (active.Count == 0 && !cue)
        {
            HtmlText.Write(w, piece);
            return;
        }
        w.Write("<span class=\"");
        w.Write(cue ? (active.Count > 0 ? "cue in-claim" : "cue") : "in-claim");
        w.Write('"');
        WriteClaimIds(w, active);
        w.Write('>');
        HtmlText.Write(w, piece);
        w.Write("</span>");
    }

    private static void WriteEntity(TextWriter w, Entity e, List<Claim> active)
    {
        string type = e.Type.ToString();
        w.Write("<mark class=\"ent ent-");
        w.Write(type.ToLowerInvariant());
        if (active.Count > 0) w.Write(" in-claim");
        w.Write("\" data-type=\"");
        w.Write(type);
        w.Write("\" data-start=\"");
        w.Write(e.Start.ToString(CultureInfo.InvariantCulture));
        w.Write("\" data-end=\"");
        w.Write(e.End.ToString(CultureInfo.InvariantCulture));
        w.Write('"');
        WriteClaimIds(w, active);
        w.Write(" title=\"");
        HtmlText.WriteAttribute(w, $"{type}: {e.Canonical}{(e.Iso is null ? "" : " (" + e.Iso + ")")}{(e.ResolvedState is null ? "" : " → " + e.ResolvedState)}");
        w.Write("\">");
        HtmlText.Write(w, e.Text);
        w.Write("</mark>");
    }

    private void WriteClaim(TextWriter w, Claim claim, string elementId)
    {
        string kind = claim.Kind.ToString();
        w.Write("<li class=\"card claim kind-");
        w.Write(kind.ToLowerInvariant());
        w.Write("\" id=\"");
        HtmlText.WriteAttribute(w, elementId);
        w.Write("\" data-claim=\"");
        HtmlText.WriteAttribute(w, claim.Id);
        w.Write("\" data-kind=\"");
        w.Write(kind);
        w.Write("\">\n<div class=\"card-head\"><span class=\"cid\">");
        HtmlText.Write(w, claim.Id);
        w.Write("</span> <span class=\"chip chip-");
        w.Write(kind.ToLowerInvariant());
        w.Write("\">");
        w.Write(kind);
        w.Write("</span> <span class=\"mode\">");
        w.Write(claim.Direct ? "direct quote" : "reported");
        w.Write("</span></div>\n<div class=\"who\"><span class=\"speaker\">");
        string speaker = claim.SpeakerCanonical ?? claim.Speaker?.Text ?? "unknown source";
        HtmlText.Write(w, speaker);
        w.Write("</span>");
        if (claim.Speaker is { } span && span.Text != speaker)
        {
            w.Write(" <span class=\"speaker-span\">(“");
            HtmlText.Write(w, span.Text);
            w.Write("”)</span>");
        }
        w.Write(' ');
        if (claim.Cue is { } cue)
        {
            w.Write("<span class=\"cue\">");
            HtmlText.Write(w, cue.Text);
            w.Write("</span>");
        }
        else
        {
            w.Write("<span class=\"cue continued\">continues</span>");
        }
        if (claim.Via is { } via)
        {
            w.Write(" <span class=\"via\">via ");
            HtmlText.Write(w, via.Text);
            w.Write("</span>");
        }
        w.Write("</div>\n<blockquote class=\"content");
        if (claim.Direct) w.Write(" direct");
        w.Write("\">");
        HtmlText.Write(w, claim.Content.Text);
        w.Write("</blockquote>\n");
        WriteLinkNotes(w, claim.Id);
        w.Write("</li>\n");
    }

    private void WriteStatement(TextWriter w, TextSpan statement, string elementId)
    {
        w.Write("<li class=\"card statement\" id=\"");
        HtmlText.WriteAttribute(w, elementId);
        w.Write("\" data-start=\"");
        w.Write(statement.Start.ToString(CultureInfo.InvariantCulture));
        w.Write("\" data-end=\"");
        w.Write(statement.End.ToString(CultureInfo.InvariantCulture));
        w.Write("\">\n<div class=\"card-head\"><span class=\"cid\">statement</span> <span class=\"mode\">not itself a claim</span></div>\n<blockquote class=\"content\">");
        HtmlText.Write(w, statement.Text);
        w.Write("</blockquote>\n");
        WriteLinkNotes(w, null, statement);
        w.Write("</li>\n");
    }

    /// <summary>The links of a card in words, so the page says what the arcs draw (for readers and screen readers).</summary>
    private void WriteLinkNotes(TextWriter w, string? claimId, TextSpan? statement = null)
    {
        var notes = new List<(string Kind, string Text)>();
        foreach (var link in _doc.Links)
        {
            string kind = link.Kind.ToString();
            bool answersThis = statement is null ? link.To == claimId : link.ToSpan is { } s && s.Start == statement.Start && s.End == statement.End;
            string other = link.To ?? "the statement " + StatementLabel(link.ToSpan);
            if (link.Kind == LinkKind.Support)
            {
                // Support is symmetric: the two agree, whichever end the linker names first.
                if (claimId is not null && link.From == claimId) notes.Add((kind, $"agrees with {other}"));
                if (answersThis) notes.Add((kind, $"agrees with {link.From}"));
                continue;
            }
            if (claimId is not null && link.From == claimId) notes.Add((kind, $"{Describe(link.Kind)} by {other}"));
            if (answersThis) notes.Add((kind, $"answers {link.From}: {Describe(link.Kind)}"));
        }
        if (notes.Count == 0) return;
        w.Write("<ul class=\"link-notes\">");
        foreach (var (kind, text) in notes)
        {
            w.Write("<li class=\"note-");
            w.Write(kind.ToLowerInvariant());
            w.Write("\">");
            HtmlText.Write(w, text);
            w.Write("</li>");
        }
        w.Write("</ul>\n");
    }

    private string StatementLabel(TextSpan? span) =>
        span is not null && _statementIds.TryGetValue((span.Start, span.End), out var id) ? id[(_prefix.Length + 1)..] : "?";

    private static string Describe(LinkKind kind) => kind switch
    {
        LinkKind.Denial => "denied",
        LinkKind.NotConfirmed => "not confirmed",
        LinkKind.Contradiction => "contradicted",
        LinkKind.Reversal => "reversed (same source said the opposite)",
        _ => kind.ToString(),
    };

    /// <summary>
    /// One SVG path a link, from the answering claim or statement (<c>to</c>/<c>toSpan</c>) to the claim it answers
    /// (<c>from</c>), where the arrowhead is (none for Support, which is symmetric); the page script gives each path its
    /// geometry once the cards are laid out.
    /// </summary>
    private void WriteArcs(TextWriter w)
    {
        if (_doc.Links.IsEmpty) return;
        w.Write("<svg class=\"arcs\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\"><defs>");
        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            string name = kind.ToString().ToLowerInvariant();
            w.Write($"<marker id=\"{_prefix}-arrow-{name}\" class=\"arrow arrow-{name}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        }
        w.Write("</defs>");
        int n = 0;
        foreach (var link in _doc.Links)
        {
            string kind = link.Kind.ToString();
            string from = _claimElementIds.TryGetValue(link.From, out var f) ? f : $"{_prefix}-{link.From}";
            string to = link.To is { } t
                ? (_claimElementIds.TryGetValue(t, out var c) ? c : $"{_prefix}-{t}")
                : link.ToSpan is { } s ? _statementIds[(s.Start, s.End)] : "";
            w.Write($"<path class=\"arc arc-{kind.ToLowerInvariant()}\" data-link=\"{(++n).ToString(CultureInfo.InvariantCulture)}\" data-kind=\"{kind}\" data-from=\"");
            HtmlText.WriteAttribute(w, from);
            w.Write("\" data-to=\"");
            HtmlText.WriteAttribute(w, to);
            // Support is drawn without an arrowhead: agreement has no direction to show.
            if (link.Kind == LinkKind.Support) w.Write("\"><title>");
            else w.Write($"\" marker-end=\"url(#{_prefix}-arrow-{kind.ToLowerInvariant()})\"><title>");
            HtmlText.Write(w, link.Kind == LinkKind.Support ? $"{link.From} ↔ {link.To ?? "statement"}: Support" : $"{link.To ?? "statement"} → {link.From}: {kind}");
            w.Write("</title></path>");
        }
        w.Write("</svg>\n");
    }
}
