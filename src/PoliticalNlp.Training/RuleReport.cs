using System.Globalization;

namespace PoliticalNlp.Training;

/// <summary>
/// The explain trace over a corpus: which layout and which cue produced each claim (<see cref="Claim.Explain"/>), in
/// how many documents each fired and, on annotated documents, how many of its claims match a required gold claim
/// (score.py's matching). A rule that fits one document shows itself here: it fires in one document only. A rule
/// whose claims rarely match the gold is a precision problem; one that fires often in unlabelled news but never in
/// the annotated articles is untested.
/// </summary>
internal static class RuleReport
{
    /// <summary>How a layout, a layout and stance class, or a layout and cue fared.</summary>
    private sealed class Tally
    {
        public int Claims;
        public int Annotated;
        public int Matched;
        public int Optional;
        public readonly HashSet<string> Documents = new(StringComparer.Ordinal);
        public readonly HashSet<string> AnnotatedDocuments = new(StringComparer.Ordinal);

        public void Add(string doc, bool annotated, bool matched, bool optional)
        {
            Claims++;
            Documents.Add(doc);
            if (!annotated) return;
            Annotated++;
            AnnotatedDocuments.Add(doc);
            if (matched && !optional) Matched++;
            if (matched && optional) Optional++;
        }

        // Precision over the annotated claims; a claim matching an optional gold claim is neither right nor wrong.
        public string Precision => Annotated - Optional == 0 ? "-" : ((double)Matched / (Annotated - Optional)).ToString("F2", CultureInfo.InvariantCulture);
    }

    /// <summary>Analyses the annotated documents and the unlabelled ones and writes the three tables as tab-separated text.</summary>
    public static void Write(IReadOnlyList<GoldDocument> annotated, IEnumerable<(string Id, string Text)> unlabelled, TextWriter output)
    {
        var analyzer = new PoliticalTextAnalyzer();
        var byLayout = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byCue = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byLink = new Dictionary<string, Tally>(StringComparer.Ordinal);
        int unlabelledDocs = 0;

        void Count(string doc, Claim claim, bool isAnnotated, bool matched, bool optional)
        {
            string layout = claim.Layout.ToString();
            string cue = claim.Cue is { } c ? string.Join(' ', c.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : "-";
            Get(byLayout, layout).Add(doc, isAnnotated, matched, optional);
            Get(byClass, $"{layout}\t{claim.CueClass}").Add(doc, isAnnotated, matched, optional);
            Get(byCue, $"{layout}\t{claim.CueClass}\t{cue}").Add(doc, isAnnotated, matched, optional);
        }

        foreach (var gold in annotated)
        {
            var doc = analyzer.Analyze(gold.Text, gold.Id);
            var toGold = ClaimMatching.Match(gold, doc.Claims);
            for (int i = 0; i < doc.Claims.Length; i++)
                Count(gold.Id, doc.Claims[i], isAnnotated: true, toGold[i] is not null, toGold[i] is { } g && gold.Claims[g].Optional);
            var claimIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < doc.Claims.Length; i++) claimIndex[doc.Claims[i].Id] = i;
            var goldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int g = 0; g < gold.Claims.Count; g++) goldIndex[gold.Claims[g].Id] = g;
            foreach (var link in doc.Links)
            {
                int from = claimIndex[link.From];
                int? to = link.To is { } t ? claimIndex[t] : null;
                var toSpan = to is { } ti ? doc.Claims[ti].Content : link.ToSpan!;
                // Each link on its own (score.py also makes the matching one-to-one: two links matching one gold link count once there).
                var match = ClaimMatching.GoldLinkOf(gold, goldIndex, toGold,
                    (from, doc.Claims[from].Content.Start, doc.Claims[from].Content.End), (to, toSpan.Start, toSpan.End));
                bool right = match is { } m && (m.Kind == LinkKind.Support) == (link.Kind == LinkKind.Support);
                Get(byLink, $"{LinkSource(link)}\t{link.Kind}").Add(gold.Id, annotated: true, right, right && match!.Optional);
            }
        }
        foreach (var (id, text) in unlabelled)
        {
            unlabelledDocs++;
            var doc = analyzer.Analyze(text, id);
            foreach (var claim in doc.Claims) Count("u:" + id, claim, isAnnotated: false, matched: false, optional: false);
            foreach (var link in doc.Links) Get(byLink, $"{LinkSource(link)}\t{link.Kind}").Add("u:" + id, annotated: false, matched: false, optional: false);
        }

        output.WriteLine($"# explain trace: {annotated.Count} annotated documents, {unlabelledDocs} unlabelled; docs = documents a rule fired in " +
            "(both kinds), precision = claims matching a required gold claim / annotated claims not matching an optional one");
        const string columns = "claims\tdocs\tannotated claims\tannotated docs\tprecision";
        output.WriteLine("## by layout");
        output.WriteLine("layout\t" + columns);
        WriteRows(byLayout, output);
        output.WriteLine("## by layout and cue stance class");
        output.WriteLine("layout\tclass\t" + columns);
        WriteRows(byClass, output);
        // Rare inflections fire once in unlabelled news by chance; what fired in one annotated article and nowhere else
        // is what a rule written from that article looks like.
        output.WriteLine("## layouts and cues that fired in one annotated document and in no other document");
        output.WriteLine("layout\tclass\tcue\t" + columns);
        WriteRows(byCue.Where(kv => kv.Value.Documents.Count == 1 && kv.Value.Annotated > 0), output);
        // The shipped link model learned from the annotated articles: its precision here is on seen documents (for
        // held-out figures, links --cv); the rules' figures are what they are, rules do not learn.
        output.WriteLine("## links by what made them and kind (precision: the link matches a gold link of its family, counter or support; " +
            "the model's is on the articles it was trained on, not a held-out figure)");
        output.WriteLine("source\tkind\t" + columns.Replace("claims", "links", StringComparison.Ordinal));
        WriteRows(byLink, output);
        output.WriteLine("## by layout and cue");
        output.WriteLine("layout\tclass\tcue\t" + columns);
        WriteRows(byCue, output);
    }

    /// <summary>The rule that made a link, or <c>model</c> (with the rule that proposed the same pair, when one did).</summary>
    private static string LinkSource(ClaimLink link) =>
        float.IsNaN(link.Confidence) ? link.Rule ?? "-" : link.Rule is null ? "model" : $"model ({link.Rule})";

    private static Tally Get(Dictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new Tally();
        return tally;
    }

    private static void WriteRows(IEnumerable<KeyValuePair<string, Tally>> rows, TextWriter output)
    {
        foreach (var (key, t) in rows.OrderByDescending(kv => kv.Value.Claims).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            output.WriteLine($"{key}\t{t.Claims}\t{t.Documents.Count}\t{t.Annotated}\t{t.AnnotatedDocuments.Count}\t{t.Precision}");
    }
}
