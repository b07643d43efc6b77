using PoliticalNlp.Claims;
using PoliticalNlp.Claims.Links;

namespace PoliticalNlp.Training;

/// <summary>
/// An experiment, not shipped: a learned claim-kind classifier did not beat the extraction rules' kind under
/// cross-validation (see docs/models.md), so the runtime keeps the rules. The named features of one claim for it: what its cue signals (kind, stance class, lemma), the
/// claim-word classes in its content and in the rest of its sentence, whether the content opens with the speaker's own
/// future or a condition, whether it names other parties, who speaks, and the kind the extraction rules read. The kind
/// of a claim with a neutral cue comes from its content: a negation or <c>false</c> denies, blame aimed at a named
/// party accuses, a conditional threat warns, a first-person future promises.
/// </summary>
internal static class KindFeatures
{
    private static readonly ClaimWord[] Words = [.. Enum.GetValues<ClaimWord>().Where(w => w != ClaimWord.None)];
    private static readonly string[] ContentNames = [.. Words.Select(w => "content." + w)];
    private static readonly string[] FrameNames = [.. Words.Select(w => "frame." + w)];
    private static readonly string[] CueKinds = [.. Enum.GetNames<ClaimKind>().Select(n => "cue." + n), "cue.none"];
    private static readonly string[] RuleKinds = [.. Enum.GetNames<ClaimKind>().Select(n => "rule." + n)];
    private static readonly string[] Stances = [.. CueLexicon.Embedded.Classes.Select(c => "stance." + c), "stance.none"];
    private static readonly string[] Lemmas = [.. CueLexicon.Embedded.Lemmas.Select(c => "lemma." + c), "lemma.none"];
    private static readonly string[] Speakers = ["speaker.person", "speaker.state", "speaker.agency", "speaker.place", "speaker.unresolved", "speaker.none"];

    private static readonly Lazy<string[]> s_names = new(() =>
    {
        var names = new List<string>();
        var writer = new FeatureWriter(Span<float>.Empty, names);
        Write(ref writer, new Claim { Id = "c1", Content = new TextSpan(0, 1, "a"), Kind = ClaimKind.Statement }, default);
        return [.. names];
    });

    /// <summary>The names of the fixed features, in the order <see cref="Compute"/> writes them; a model's content-word
    /// features (<see cref="WordPrefix"/>) follow them.</summary>
    public static string[] Names => s_names.Value;

    public static int Count => Names.Length;

    /// <summary>The prefix of the content-word features a model learns its own vocabulary for (<c>word.illegal</c>).</summary>
    public const string WordPrefix = "word.";

    /// <summary>The content-word vocabulary of a model: each <c>word.</c> feature name's word with its feature index.</summary>
    public static Lexicons.SpanLexicon<int> Vocabulary(string[] modelFeatures) =>
        new(modelFeatures.Select((name, index) => (name, index)).Where(t => t.name.StartsWith(WordPrefix, StringComparison.Ordinal))
            .Select(t => new KeyValuePair<string, int>(t.name[WordPrefix.Length..], t.index)), ignoreCase: true);

    /// <summary>Writes the features of one claim: the fixed ones, then 1 for each vocabulary word of its content.</summary>
    public static void Compute(Claim claim, in ClaimFacts facts, string text, ReadOnlySpan<Token> contentTokens, Lexicons.SpanLexicon<int> vocabulary, Span<float> values)
    {
        var writer = new FeatureWriter(values);
        Write(ref writer, claim, facts);
        values[writer.Count..].Clear();
        foreach (var token in contentTokens)
            if (token.Kind == TokenKind.Word && vocabulary.TryGetValue(token.AsSpan(text), out int index) && index < values.Length) values[index] = 1;
    }

    private static void Write(ref FeatureWriter w, Claim claim, ClaimFacts f)
    {
        w.OneHot(CueKinds, claim.Cue is null ? CueKinds.Length - 1 : (int)claim.CueKind);
        w.OneHot(Stances, f.CueClass < 0 ? Stances.Length - 1 : f.CueClass);
        w.OneHot(Lemmas, f.CueLemma < 0 ? Lemmas.Length - 1 : f.CueLemma);
        w.OneHot(RuleKinds, (int)claim.Kind);
        for (int i = 0; i < Words.Length; i++) w.Add(ContentNames[i], (f.Content & Words[i]) != 0);
        for (int i = 0; i < Words.Length; i++) w.Add(FrameNames[i], (f.Frame & Words[i]) != 0);
        int speaker = f.SpeakerType is { } t ? (int)t : f.HasSpeaker ? 4 : 5;
        w.OneHot(Speakers, speaker);
        w.Add("direct", claim.Direct);
        w.Add("commitment", f.Commitment);
        w.Add("opens-with-condition", f.OpensWithCondition);
        w.Add("names-others", f.NamesOthers > 0);
        w.Add("names-others-2", f.NamesOthers > 1);
        w.Add("short", f.ContentWords <= 6);
        w.Add("long", f.ContentWords > 25);
        bool negated = (f.Content & ClaimWord.Negation) != 0;
        w.Add("negation&blame-word", negated && (f.Content & (ClaimWord.Blame | ClaimWord.ChargeNoun)) != 0);
        w.Add("negation&names-others", negated && f.NamesOthers > 0);
        w.Add("blame&names-others", (f.Content & ClaimWord.Blame) != 0 && f.NamesOthers > 0);
        w.Add("falsity&claim-noun", (f.Content & ClaimWord.Falsity) != 0 && (f.Content & (ClaimWord.ClaimNoun | ClaimWord.ChargeNoun)) != 0);
        w.Add("danger&future", (f.Content & ClaimWord.Danger) != 0 && (f.Content & ClaimWord.Future) != 0);
        w.Add("condition&future", f.OpensWithCondition && (f.Content & ClaimWord.Future) != 0);
    }
}
