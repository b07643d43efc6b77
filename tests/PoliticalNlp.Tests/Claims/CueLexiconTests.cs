using PoliticalNlp.Claims;

namespace PoliticalNlp.Tests.Claims;

/// <summary>The compiled cue resource: versioned, round-trips, and matches whole tokens only.</summary>
public class CueLexiconTests
{
    private static readonly CueLexicon.Record[] Sample =
    [
        new("denied", "deny", "deny", CueFlags.None),
        new("warned", "predict_warn", "warn", CueFlags.None),
        new("noted", "neutral", "note", CueFlags.NeedsClause),
        new("pointed out", "assert", "point out", CueFlags.VerbPosition),
        new("allegations", "accuse", "allegation", CueFlags.Nominal | CueFlags.NounOnly),
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
        Assert.Contains(cues.PhrasesStartingWith("pointed").ToArray(), p => p.Words.SequenceEqual(["pointed", "out"]));
        // Nouns that name a claim are no verb cues.
        Assert.False(cues.TryGetKind("allegations", out _));
    }

    [Theory]
    [InlineData("applied")] // contains "lied"
    [InlineData("brisk")] // contains "risk"
    [InlineData("sayings")] // starts with "saying"
    [InlineData("undenied")]
    public void Cues_match_whole_tokens_never_substrings_or_prefixes(string word) =>
        Assert.False(CueLexicon.LoadEmbedded().TryGet(word, out _));
}
