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
        }
        foreach (var (id, text) in unlabelled)
        {
            unlabelledDocs++;
            var doc = analyzer.Analyze(text, id);
            foreach (var claim in doc.Claims) Count("u:" + id, claim, isAnnotated: false, matched: false, optional: false);
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
        output.WriteLine("## by layout and cue");
        output.WriteLine("layout\tclass\tcue\t" + columns);
        WriteRows(byCue, output);
    }

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
