using PoliticalNlp.Claims;
using PoliticalNlp.Claims.Links;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;

namespace PoliticalNlp.Training;

/// <summary>
/// Distant supervision for claim kind: the pipeline runs over unlabelled political news, and every claim whose cue
/// says its kind (<c>accused</c> → Accusation, <c>warned</c> → Warning, <c>vowed</c> → Promise, <c>admitted</c> →
/// Admission) or takes no stance (<c>said</c> → Statement) is an example of what such a content reads like. Denials are
/// left out: a denying cue's content is the proposition denied, which reads like the charge. A maximum-entropy model
/// over the content's word classes alone (<see cref="ContentClassFeatures"/>; the cue is not in the content) learns it,
/// so its scores say how much a content said with <c>said</c> reads like an accusation.
/// </summary>
internal static class DistantKindTrainer
{
    public static readonly string[] Classes = ["Statement", "Accusation", "Warning", "Promise", "Admission"];

    /// <summary>The distant label of one claim, or null when its cue says nothing usable.</summary>
    public static string? Label(Claim claim, in ClaimFacts facts)
    {
        if (claim.Cue is null) return null;
        return claim.CueKind switch
        {
            ClaimKind.Accusation or ClaimKind.Warning or ClaimKind.Promise or ClaimKind.Admission => claim.CueKind.ToString(),
            ClaimKind.Statement when facts.CueClass == (int)CueClass.Neutral => "Statement",
            _ => null,
        };
    }

    /// <summary>
    /// Keep only contents that are whole clauses (a quotation, or after <c>that</c>): an <c>accused X of Y</c> or
    /// <c>promised to Y</c> content is a fragment, and a model would learn the fragment's shape instead of what it says.
    /// </summary>
    public static bool ClausesOnly { get; set; }

    private static bool AfterThat(string text, int start)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end >= 4 && text.AsSpan(end - 4, 4).Equals("that", StringComparison.OrdinalIgnoreCase) && (end == 4 || !char.IsLetter(text[end - 5]));
    }

    /// <summary>Analyses <paramref name="texts"/>, keeps at most <paramref name="perClass"/> examples of each class (the
    /// first found), and trains the content model.</summary>
    public static LinearClassifier Train(IEnumerable<string> texts, int perClass, float l2, TextWriter log)
    {
        var analyzer = new PoliticalTextAnalyzer();
        var classes = WordClasses.LoadEmbedded();
        var rows = new List<(string Label, float[] Features)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int docs = 0;
        foreach (var text in texts)
        {
            docs++;
            var analyzed = analyzer.Analyze(text, null, learnedStages: false, CancellationToken.None);
            var facts = ClaimFacts.Of(text, analyzed.Tokens.AsSpan(), analyzed.Sentences.AsSpan(), analyzed.Claims, analyzed.Entities, ClaimWords.Embedded);
            for (int c = 0; c < analyzed.Claims.Length; c++)
            {
                if (Label(analyzed.Claims[c], facts[c]) is not { } label || counts.GetValueOrDefault(label) >= perClass) continue;
                var content = analyzed.Claims[c].Content;
                if (ClausesOnly && !analyzed.Claims[c].Direct && !AfterThat(text, content.Start)) continue;
                var features = new float[ContentClassFeatures.NamesWithWords.Length];
                ContentClassFeatures.ComputeWithWords(text, ClaimFacts.TokensIn(analyzed.Tokens.AsSpan(), content.Start, content.End), classes, features);
                rows.Add((label, features));
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }
        log.WriteLine($"distant kinds: {docs} documents, examples " + string.Join(", ", Classes.Select(k => $"{k} {counts.GetValueOrDefault(k)}")));
        return MaximumEntropyTrainer.Train(rows, Classes, ContentClassFeatures.NamesWithWords, l2, 200, "distant kinds", new Dictionary<string, float>());
    }
}
