using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

/// <summary>The compiled cue resource: versioned, round-trips, and matches whole tokens only.</summary>
public class CueLexiconTests
{
    private static readonly CueLexicon.Record[] Sample =
    [
        new("denied", "deny", "deny", CueFlags.None, ClaimKind.Denial),
        new("warned", "predict_warn", "warn", CueFlags.None, ClaimKind.Warning),
        new("noted", "neutral", "note", CueFlags.NeedsClause, ClaimKind.Statement),
        new("pointed out", "assert", "point out", CueFlags.VerbPosition, ClaimKind.Statement),
        new("allegations", "accuse", "allegation", CueFlags.Nominal | CueFlags.NounOnly, ClaimKind.Accusation),
    ];

    [Fact]
    public void Written_records_read_back_unchanged()
    {
        using var stream = new MemoryStream();
        CueLexicon.Write(stream, Sample);
        stream.Position = 0;
        Assert.Equal(Sample, CueLexicon.Read(stream));
    }

    [Fact]
    public void A_resource_of_another_format_is_refused_clearly()
    {
        using var stream = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(deflate)) writer.Write("said\tneutral\tsay\n");
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => CueLexicon.Read(stream));
    }

    [Fact]
    public void The_embedded_resource_loads_with_stance_classes_and_phrases()
    {
        var cues = CueLexicon.LoadEmbedded();
        Assert.True(cues.Count > 250);
        Assert.True(cues.TryGet("denied", out var denied));
        Assert.Equal(CueClass.Deny, denied.Class);
        Assert.Equal(ClaimKind.Denial, denied.Kind);
        Assert.True(cues.TryGet("ACCUSED", out var accused));
        Assert.Equal(CueClass.Accuse, accused.Class);
        Assert.True(cues.TryGet("insists", out var insists));
        Assert.Equal(CueClass.Assert, insists.Class);
        Assert.Equal(CueFlags.Rebuts, insists.Flags & CueFlags.Rebuts);
        Assert.True(cues.TryGet("argued", out var argued));
        Assert.Equal(CueFlags.None, argued.Flags & CueFlags.Rebuts);
        Assert.Contains(cues.PhrasesStartingWith("pointed").ToArray(), p => p.Words.SequenceEqual(["pointed", "out"]));
        // Nouns that name a claim are no verb cues.
        Assert.False(cues.TryGetKind("allegations", out _));
    }

    [Fact]
    public void A_line_with_an_unknown_claim_kind_is_refused()
    {
        using var stream = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(deflate)) writer.Write(CueLexicon.Header + "\nsaid\tneutral\tsay\t0\tRumour\n");
        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => CueLexicon.Read(stream));
        Assert.Contains("Rumour", e.Message);
    }

    [Theory]
    [InlineData("admitted", ClaimKind.Admission)]
    [InlineData("cautioned", ClaimKind.Warning)]
    [InlineData("confirmed", ClaimKind.Statement)] // the confirm class, but its lemma has no kind of its own
    [InlineData("disputed", ClaimKind.Denial)]
    [InlineData("accused", ClaimKind.Accusation)]
    public void A_cue_signals_the_kind_its_lemma_or_class_gives(string form, ClaimKind expected)
    {
        Assert.True(CueLexicon.LoadEmbedded().TryGet(form, out var entry), form);
        Assert.Equal(expected, entry.Kind);
    }

    [Fact]
    public void A_phrase_cue_of_the_deny_class_signals_a_denial() =>
        Assert.Equal(ClaimKind.Denial, Assert.Single(new PoliticalTextAnalyzer().Analyze("The minister ruled out new talks on the ferry deal.").Claims).Kind);

    [Theory]
    [InlineData("applied")] // contains "lied"
    [InlineData("brisk")] // contains "risk"
    [InlineData("sayings")] // starts with "saying"
    [InlineData("undenied")]
    public void Cues_match_whole_tokens_never_substrings_or_prefixes(string word) =>
        Assert.False(CueLexicon.LoadEmbedded().TryGet(word, out _));

    /// <summary>The embedded resource is compiled from the repository's cue additions (rerun compile-cues after editing them):
    /// every added form is in it with its class, every dropped form is not.</summary>
    [Fact]
    public void The_embedded_resource_is_up_to_date_with_the_cue_additions()
    {
        string? path = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && path is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "PoliticalNlp.Training", "CueData", "cue-additions.tsv");
            if (File.Exists(candidate)) path = candidate;
        }
        Assert.True(path is not null, "cue-additions.tsv not found above the test output folder");
        var cues = CueLexicon.LoadEmbedded();
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path!))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('-') || line.StartsWith('=')) continue;
            var f = line.Split('\t');
            foreach (var form in f[0].Split('|'))
            {
                added.Add(form);
                var words = form.Split(' ');
                bool found = words.Length == 1
                    ? cues.TryGet(form, out _)
                    : cues.PhrasesStartingWith(words[0]).ToArray().Any(p => p.Words.SequenceEqual(words, StringComparer.OrdinalIgnoreCase));
                Assert.True(found, $"'{form}' is in cue-additions.tsv but not in Models/cues.bin: run compile-cues");
            }
        }
        foreach (var line in File.ReadLines(path!))
        {
            if (!line.StartsWith('-') || line.StartsWith("-lemma ", StringComparison.Ordinal)) continue;
            var form = line[1..].Trim();
            if (!added.Contains(form)) Assert.False(cues.TryGet(form, out _), $"'{form}' is dropped in cue-additions.tsv but still in Models/cues.bin");
        }
    }
}
