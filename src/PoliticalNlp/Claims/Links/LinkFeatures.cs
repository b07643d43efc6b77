namespace PoliticalNlp.Claims.Links;

/// <summary>
/// The named features of a candidate pair of claims, <c>x</c> the earlier and <c>y</c> the later in the text: what each
/// end is (cue and kind, negation, falsity and back-reference words, its sentence's contrast and time words, its
/// source), how the two relate (same or other source, whether one names the other's source, weighted shared content,
/// distance), conjunctions of these that mark a reply, and the pair the hand-written rules proposed. A learned
/// <see cref="Models.LinearClassifier"/> weighs them; nothing here decides.
/// </summary>
internal static class LinkFeatures
{
    private static readonly Lazy<string[]> s_names = new(() =>
    {
        var names = new List<string>();
        var writer = new FeatureWriter(Span<float>.Empty, names);
        var doc = LinkDocument.Stub();
        Write(ref writer, doc, 0, 1);
        return [.. names];
    });

    /// <summary>The names of the features, in the order <see cref="Compute"/> writes them.</summary>
    public static string[] Names => s_names.Value;

    public static int Count => Names.Length;

    private static readonly string[] XCue = Prefixed("x.cue.");
    private static readonly string[] YCue = Prefixed("y.cue.");
    private static readonly string[] XKind = Prefixed("x.kind.");
    private static readonly string[] YKind = Prefixed("y.kind.");
    private static readonly string[] XCueClass = [.. CueLexicon.Classes.Select(c => "x.stance." + c), "x.stance.none"];
    private static readonly string[] YCueClass = [.. CueLexicon.Classes.Select(c => "y.stance." + c), "y.stance.none"];
    private static readonly string[] XEnd = EndNames("x.");
    private static readonly string[] YEnd = EndNames("y.");
    private static readonly string[] Distance = ["dist.same-sentence", "dist.next", "dist.2-3", "dist.4-10", "dist.far"];
    private static readonly string[] Source = ["source.same", "source.other", "source.unknown"];
    private static readonly string[] KindPairs = KindPairNames();
    private static readonly string[] UnorderedKindPairs = UnorderedKindPairNames();
    private static readonly string[] RuleKinds = ["rule.Denial", "rule.NotConfirmed", "rule.Contradiction", "rule.Reversal", "rule.Support", "rule.none"];

    private static readonly Lazy<string[]> XBlockNames = new(() => BlockNames(asX: true));
    private static readonly Lazy<string[]> YBlockNames = new(() => BlockNames(asX: false));

    /// <summary>How many features describe one end of a pair on its own.</summary>
    public static int EndBlockLength => XBlockNames.Value.Length;

    private static string[] BlockNames(bool asX)
    {
        var names = new List<string>();
        var writer = new FeatureWriter(Span<float>.Empty, names);
        var stub = LinkDocument.Stub();
        WriteEnd(ref writer, asX, stub.Claims[0], stub.Facts[0], stub.Profiles[0]);
        return [.. names];
    }

    /// <summary>Writes the features of one claim as the x (earlier) or y (later) end of a pair into <paramref name="values"/>.</summary>
    public static void ComputeEnd(bool asX, Claim claim, ClaimFacts facts, ClaimProfile profile, Span<float> values)
    {
        var writer = new FeatureWriter(values);
        WriteEnd(ref writer, asX, claim, facts, profile);
    }

    private static void WriteEnd(ref FeatureWriter w, bool asX, Claim c, ClaimFacts f, ClaimProfile p)
    {
        w.OneHot(asX ? XCue : YCue, c.Cue is null ? 6 : (int)c.CueKind);
        w.OneHot(asX ? XKind : YKind, (int)c.Kind);
        w.OneHot(asX ? XCueClass : YCueClass, f.CueClass < 0 ? XCueClass.Length - 1 : f.CueClass);
        End(ref w, asX ? XEnd : YEnd, c, f, p);
    }

    /// <summary>Writes the features of the pair (<paramref name="x"/>, <paramref name="y"/>), x before y, into
    /// <paramref name="values"/> (at least <see cref="Count"/> long).</summary>
    public static void Compute(LinkDocument doc, int x, int y, Span<float> values)
    {
        var writer = new FeatureWriter(values);
        Write(ref writer, doc, x, y);
    }

    /// <summary>Where the features of the pair itself begin: the two ends' blocks (<see cref="EndBlockLength"/> each, x
    /// then y) come first.</summary>
    public static int PairOffset => 2 * EndBlockLength;

    /// <summary>Writes only the features of the pair itself (those from <see cref="PairOffset"/> on) into
    /// <paramref name="values"/> (at least <see cref="Count"/> − <see cref="PairOffset"/> long). The runtime scores each
    /// claim's end block once (<see cref="LinkDocument.EndBlock"/>) instead of once for every pair it is in.</summary>
    public static void ComputePair(LinkDocument doc, int x, int y, Span<float> values)
    {
        var writer = new FeatureWriter(values);
        WritePair(ref writer, doc, x, y);
    }

    private static void Write(ref FeatureWriter w, LinkDocument doc, int x, int y)
    {
        // What each end is on its own does not depend on the pair: written once per claim (EndBlock), copied here.
        w.AddBlock(XBlockNames.Value, doc.EndBlock(x, asX: true));
        w.AddBlock(YBlockNames.Value, doc.EndBlock(y, asX: false));
        WritePair(ref w, doc, x, y);
    }

    private static void WritePair(ref FeatureWriter w, LinkDocument doc, int x, int y)
    {
        var fx = doc.Facts[x];
        var fy = doc.Facts[y];
        var cx = doc.Claims[x];
        var cy = doc.Claims[y];
        var px = doc.Profiles[x];
        var py = doc.Profiles[y];

        int sentences = fy.Sentence - fx.Sentence;
        w.OneHot(Distance, sentences <= 0 ? 0 : sentences == 1 ? 1 : sentences <= 3 ? 2 : sentences <= 10 ? 3 : 4);
        w.Add("dist.claims", Math.Min(y - x, 20) / 20f);
        w.Add("same-paragraph", fx.Paragraph == fy.Paragraph);

        bool known = px.Speaker is not null && py.Speaker is not null;
        bool other = px.OtherSourceThan(py);
        int source = known ? (other ? 1 : 0) : (cx.Speaker is not null && cy.Speaker is not null ? (other ? 1 : 0) : 2);
        w.OneHot(Source, source);
        bool yNamesX = py.Names(px.Speaker) || py.NamesDescription(px);
        bool xNamesY = px.Names(py.Speaker) || px.NamesDescription(py);
        w.Add("y-names-x-source", yNamesX);
        w.Add("x-names-y-source", xNamesY);
        w.Add("shared.entities", Math.Min(SharedMentions(px, py), 3) / 3f);
        w.Add("y-charge-noun&x-accusation", (fy.Content & ClaimWord.ChargeNoun) != 0 && cx.Kind == ClaimKind.Accusation);
        w.Add("y-claim-noun&x-claims", (fy.Content & (ClaimWord.ClaimNoun | ClaimWord.ChargeNoun)) != 0 && (fx.Cue & ClaimWord.Deny) == 0);
        bool ySpeakerInX = SpeakerWordsIn(doc, y, x), xSpeakerInY = SpeakerWordsIn(doc, x, y);
        w.Add("y-speaker-in-x", ySpeakerInX);
        w.Add("x-speaker-in-y", xSpeakerInY);
        w.Add("doc.charges", Math.Min(doc.Charges, 6) / 6f);
        w.Add("x-first-accusation", cx.Kind == ClaimKind.Accusation && doc.FirstAccusation == x);
        w.Add("same-speaker-type", fx.SpeakerType is { } tx && fy.SpeakerType is { } ty && tx == ty);

        double shared = doc.SharedContent(x, y);
        double smaller = Math.Max(1, Math.Min(px.Stems.Length, py.Stems.Length));
        w.Add("shared.weighted", (float)Math.Min(shared, 6) / 6f);
        w.Add("shared.ratio", (float)(shared / smaller));
        w.Add("shared.none", shared == 0);
        w.Add("shared.best-for-y", doc.BestPartner[y] == x);
        w.Add("shared.best-for-x", doc.BestPartner[x] == y);

        w.OneHot(KindPairs, (int)cx.Kind * 6 + (int)cy.Kind);
        int lo = Math.Min((int)cx.Kind, (int)cy.Kind), hi = Math.Max((int)cx.Kind, (int)cy.Kind);
        w.OneHot(UnorderedKindPairs, lo * 6 + hi);

        bool yAnswers = (fy.Cue & (ClaimWord.Deny | ClaimWord.Doubt)) != 0 || cy.CueKind == ClaimKind.Denial;
        bool xAnswers = (fx.Cue & (ClaimWord.Deny | ClaimWord.Doubt)) != 0 || cx.CueKind == ClaimKind.Denial;
        bool yRefutes = (fy.Content & (ClaimWord.Falsity | ClaimWord.Deny)) != 0;
        bool xRefutes = (fx.Content & (ClaimWord.Falsity | ClaimWord.Deny)) != 0;
        bool xCharges = cx.Kind == ClaimKind.Accusation || (fx.Content & ClaimWord.Blame) != 0;
        bool yCharges = cy.Kind == ClaimKind.Accusation || (fy.Content & ClaimWord.Blame) != 0;
        bool polarity = px.Negated != py.Negated;
        w.Add("x-nearest-charge-before-y-answer", (yAnswers || yRefutes) && other && NearestCharge(doc, x, y));
        // The same evidence whichever end comes first: a denial in the lead answers a charge reported later.
        bool eitherAnswers = xAnswers || yAnswers || xRefutes || yRefutes;
        bool answerToCharge = ((yAnswers || yRefutes) && xCharges) || ((xAnswers || xRefutes) && yCharges);
        w.Add("either.answers", eitherAnswers);
        w.Add("either.answers&other", eitherAnswers && other);
        w.Add("either.answer-to-charge&other", answerToCharge && other);
        w.Add("either.answer-to-charge&other&named", answerToCharge && other && (xNamesY || yNamesX || ySpeakerInX || xSpeakerInY));
        w.Add("either.answer-to-charge&other&shared", answerToCharge && other && shared > 0);
        w.Add("either.back-reference&answers&other", other && eitherAnswers && ((fx.Content | fy.Content) & (ClaimWord.ChargeNoun | ClaimWord.ClaimNoun)) != 0);
        w.Add("either.best-partner&other", other && (doc.BestPartner[y] == x || doc.BestPartner[x] == y));
        w.Add("either.best-partner&answers", eitherAnswers && (doc.BestPartner[y] == x || doc.BestPartner[x] == y));
        w.Add("both.resolved&other", other && fx.SpeakerResolved && fy.SpeakerResolved);
        w.Add("both.direct", cx.Direct && cy.Direct);
        w.Add("other&y-answers", other && yAnswers);
        w.Add("other&x-answers", other && xAnswers);
        w.Add("other&y-refutes", other && yRefutes);
        w.Add("other&x-refutes", other && xRefutes);
        w.Add("other&x-charges&y-answers", other && xCharges && (yAnswers || yRefutes || py.Negated));
        w.Add("other&y-charges&x-answers", other && yCharges && (xAnswers || xRefutes || px.Negated));
        w.Add("other&polarity", other && polarity);
        w.Add("other&y-contrast", other && (fy.Frame & ClaimWord.Contrast) != 0);
        w.Add("other&y-contrast&polarity", other && polarity && (fy.Frame & ClaimWord.Contrast) != 0);
        w.Add("other&y-backref", other && (fy.Content & (ClaimWord.ChargeNoun | ClaimWord.ClaimNoun)) != 0);
        w.Add("other&y-backref&answers", other && (yAnswers || yRefutes) && (fy.Content & (ClaimWord.ChargeNoun | ClaimWord.ClaimNoun)) != 0);
        w.Add("other&y-names-x&answers", other && yNamesX && (yAnswers || yRefutes || py.Negated));
        w.Add("other&x-names-y&answers", other && xNamesY && (xAnswers || xRefutes || px.Negated));
        w.Add("other&y-confirms", other && (fy.Cue & ClaimWord.Confirm) != 0);
        w.Add("other&y-confirm-frame", other && (fy.Frame & ClaimWord.Confirm) != 0 && !polarity);
        w.Add("other&same-polarity&shared", other && !polarity && shared >= 1);
        w.Add("same&time", !other && known && ((fx.Frame | fy.Frame) & (ClaimWord.Earlier | ClaimWord.Later)) != 0);
        w.Add("same&turnaround", !other && ((fx.Frame | fy.Frame | fx.Content | fy.Content) & ClaimWord.Turnaround) != 0);
        w.Add("same&polarity", !other && known && polarity);
        bool groupThenMember = doc.Groups[x] && fy.SpeakerType == EntityType.Person;
        bool memberThenGroup = doc.Groups[y] && fx.SpeakerType == EntityType.Person;
        w.Add("other&group-then-member", other && groupThenMember);
        w.Add("other&member-then-group", other && memberThenGroup);
        w.Add("other&group-member&near&same-polarity", other && (groupThenMember || memberThenGroup) && sentences <= 3 && !polarity);
        w.Add("other&y-quote-after-x-paraphrase&near", other && cy.Direct && !cx.Direct && sentences is > 0 and <= 2 && !polarity);
        // The accused side: a charge whose content names the other end's source (`… Iran was behind the attacks` /
        // `Iran denied …`) is answered by what that source denies, in either order; a denial answers the charges
        // nearest it (no other answer between them), and where one side alone answers, it answers every charge (a hub).
        bool xAccusesY = other && xCharges && (xNamesY || ySpeakerInX);
        bool yAccusesX = other && yCharges && (yNamesX || xSpeakerInY);
        w.Add("accused.replies&answers", (xAccusesY && (yAnswers || yRefutes || py.Negated)) || (yAccusesX && (xAnswers || xRefutes || px.Negated)));
        w.Add("answer-to-charge&nearest-answer", answerToCharge && other && NoAnswerBetween(doc, x, y));
        w.Add("answer-to-charge&one-answering-side", answerToCharge && other && doc.AnsweringSides == 1);
        w.Add("y-verdict-frame", (fy.Frame & ClaimWord.Verdict) != 0 && (fy.Frame & ClaimWord.Negation) != 0);
        w.Add("doc.denials", Math.Min(doc.Denials, 5) / 5f);
        w.Add("doc.hub", doc.Denials == 1 && (yAnswers || yRefutes || xAnswers || xRefutes));

        w.OneHot(RuleKinds, doc.Rules.TryGetValue((x, y), out var rule) ? (int)rule : 5);
    }

    private static void End(ref FeatureWriter w, string[] names, Claim claim, ClaimFacts f, ClaimProfile p)
    {
        int n = 0;
        w.Add(names[n++], claim.Direct);
        w.Add(names[n++], p.Negated);
        w.Add(names[n++], (f.Content & ClaimWord.Falsity) != 0);
        w.Add(names[n++], (f.Content & ClaimWord.ChargeNoun) != 0);
        w.Add(names[n++], (f.Content & ClaimWord.ClaimNoun) != 0);
        w.Add(names[n++], (f.Content & ClaimWord.Blame) != 0);
        w.Add(names[n++], (f.Content & ClaimWord.Deny) != 0);
        w.Add(names[n++], (f.Cue & ClaimWord.Deny) != 0);
        w.Add(names[n++], (f.Cue & ClaimWord.Doubt) != 0);
        w.Add(names[n++], (f.Cue & ClaimWord.Confirm) != 0);
        w.Add(names[n++], (f.Cue & ClaimWord.Admit) != 0);
        w.Add(names[n++], (f.Frame & ClaimWord.Contrast) != 0);
        w.Add(names[n++], (f.Frame & ClaimWord.Earlier) != 0);
        w.Add(names[n++], (f.Frame & ClaimWord.Later) != 0);
        w.Add(names[n++], (f.Frame & ClaimWord.Verdict) != 0);
        w.Add(names[n++], (f.Frame & ClaimWord.Negation) != 0);
        w.Add(names[n++], f.ContentWords <= 6);
        w.Add(names[n++], f.Sentence == 0);
        w.Add(names[n++], f.SpeakerResolved);
        w.Add(names[n++], !f.HasSpeaker);
        w.Add(names[n++], f.SpeakerType == EntityType.Person);
        w.Add(names[n++], f.SpeakerType is EntityType.State or EntityType.Agency);
        w.Add(names[n], IsGroup(claim));
    }

    /// <summary>True when the claim's source is an unnamed group (<c>officials</c>, <c>Democrats</c>, <c>critics</c>): a plural
    /// description, not resolved to one entity; a named member of it who speaks next usually says the same.</summary>
    internal static bool IsGroup(Claim claim)
    {
        if (claim.Speaker is not { } speaker || claim.Side is not null) return false;
        var text = speaker.Text.AsSpan().TrimEnd();
        int space = text.LastIndexOf(' ');
        var head = space >= 0 ? text[(space + 1)..] : text;
        return head.Length > 3 && head[^1] == 's' && head[^2] is not ('s' or '\'' or '’');
    }

    private static string[] EndNames(string prefix) =>
    [
        .. new[]
        {
            "direct", "negated", "falsity", "charge-noun", "claim-noun", "blame", "deny-word", "cue-deny", "cue-doubt", "cue-confirm",
            "cue-admit", "frame-contrast", "frame-earlier", "frame-later", "frame-verdict", "frame-negation", "short", "lead",
            "speaker-resolved", "speaker-none", "speaker-person", "speaker-body", "speaker-group",
        }.Select(n => prefix + n),
    ];

    /// <summary>True when a content word of <paramref name="speaker"/>'s source span (<c>members of the governor's
    /// administration</c>) occurs in <paramref name="other"/>'s content: the charge names the one who answers it.</summary>
    private static bool SpeakerWordsIn(LinkDocument doc, int speaker, int other) =>
        doc.SpeakerStems[speaker].Length > 0 && ClaimLinker.Shared(doc.SpeakerStems[speaker], doc.Profiles[other].Stems, doc.Weights) > 0;

    /// <summary>True when no claim strictly between <paramref name="x"/> and <paramref name="y"/> answers another
    /// (<see cref="LinkDocument.Answers"/>): of several denials, a charge is answered by the nearest.</summary>
    private static bool NoAnswerBetween(LinkDocument doc, int x, int y)
    {
        for (int k = x + 1; k < y; k++)
            if (doc.Answers[k]) return false;
        return true;
    }

    /// <summary>True when no accusation of another source lies between the charge <paramref name="x"/> and the answer <paramref name="y"/>.</summary>
    private static bool NearestCharge(LinkDocument doc, int x, int y)
    {
        if (doc.Claims[x].Kind != ClaimKind.Accusation) return false;
        for (int k = x + 1; k < y; k++)
            if (doc.Claims[k].Kind == ClaimKind.Accusation && doc.Profiles[k].OtherSourceThan(doc.Profiles[y])) return false;
        return true;
    }

    private static int SharedMentions(ClaimProfile a, ClaimProfile b)
    {
        int shared = 0;
        foreach (var m in a.Mentions)
            if (m != a.Speaker && m != b.Speaker && Array.IndexOf(b.Mentions, m) >= 0) shared++;
        return shared;
    }

    private static string[] Prefixed(string prefix) =>
        [.. Enum.GetNames<ClaimKind>().Select(n => prefix + n), prefix + "none"];

    /// <summary>One name a slot lo * 6 + hi (lo ≤ hi); the slots with lo &gt; hi are never written and named as unused.</summary>
    private static string[] UnorderedKindPairNames()
    {
        var kinds = Enum.GetNames<ClaimKind>();
        return [.. Enumerable.Range(0, kinds.Length * kinds.Length).Select(i => i / kinds.Length <= i % kinds.Length
            ? $"kinds.{kinds[i / kinds.Length]}+{kinds[i % kinds.Length]}" : $"kinds.unused-{i}")];
    }

    private static string[] KindPairNames()
    {
        var kinds = Enum.GetNames<ClaimKind>();
        return [.. kinds.SelectMany(a => kinds.Select(b => $"kinds.{a}>{b}"))];
    }
}
