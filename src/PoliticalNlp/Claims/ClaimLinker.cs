using System.Collections.Immutable;
using PoliticalNlp.Entities;
using PoliticalNlp.Text;

namespace PoliticalNlp.Claims;

/// <summary>
/// Links claims to what bears on them (spec section 5), from the evidence the text gives, strongest first: the
/// narration's own verdicts (<c>no immediate confirmation of … claim</c>, <c>a sharp turnround from …</c>,
/// <c>charging them with …</c>); claims whose cue answers another claim (<c>denied</c>, <c>rejected</c>,
/// <c>doubts</c>), joined to the claim they answer; replies the text marks as such (<c>But a senior official said …</c>
/// of opposite polarity); and confirmations (<c>confirmed</c>, <c>concedes</c>) as Support. Targets are scored by
/// shared content stems (rarer stems weigh more), by whether the answer names the target's source, by kind, polarity
/// and distance; every search is bounded to nearby claims, so linking is linear in the document's length.
/// </summary>
internal static class ClaimLinker
{
    /// <summary>How many claims either side of a claim are searched for its partner.</summary>
    private const int Window = 40;

    // The phrase lists the rules read are data (Models/linkrules.tsv), not code.
    private static LinkRuleWords Words => LinkRuleWords.Embedded;

    public static ImmutableArray<ClaimLink> Link(string text, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims, ImmutableArray<Entity> entities)
    {
        if (claims.IsEmpty) return ImmutableArray<ClaimLink>.Empty;
        var profiles = ClaimProfile.Build(text, claims, entities);
        return Link(text, sentences, claims, entities, profiles, StemWeights(profiles));
    }

    /// <summary>The rules over profiles and stem weights the caller has already built (the link stage shares them).</summary>
    public static ImmutableArray<ClaimLink> Link(string text, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims, ImmutableArray<Entity> entities,
        ClaimProfile[] profiles, Dictionary<uint, double> weights)
    {
        if (claims.IsEmpty) return ImmutableArray<ClaimLink>.Empty;
        var links = new List<ClaimLink>();
        var linked = new HashSet<(int, int)>();

        void AddPair(int from, int to, LinkKind kind, string rule)
        {
            if (Overlapping(claims[from], claims[to])) return; // one text reported twice (a quote inside reported speech)
            if (!linked.Add((Math.Min(from, to), Math.Max(from, to)))) return;
            links.Add(new ClaimLink { From = claims[from].Id, To = claims[to].Id, Kind = kind, Rule = rule });
        }

        // 1. The narration's verdicts on claims made before them.
        int firstClaim = 0;
        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            bool notConfirmed = Phrases.ContainsAny(span, Words.NotConfirmed);
            bool reversal = Phrases.ContainsAny(span, Words.Reversal);
            while (firstClaim < claims.Length && claims[firstClaim].Content.End <= sentence.Start) firstClaim++;
            bool charge = Phrases.ContainsAny(span, Words.Charge);
            if (!notConfirmed && !reversal && !charge) continue;
            bool isClaim = firstClaim < claims.Length && claims[firstClaim].Content.Start < sentence.End;
            if (charge && !isClaim)
            {
                int target = ChargedClaim(text, sentence, profiles, weights, firstClaim, entities);
                if (target >= 0) links.Add(new ClaimLink { From = claims[target].Id, ToSpan = TextSpan.Of(text, sentence.Start, sentence.End), Kind = LinkKind.Contradiction, Rule = "rule charge statement" });
            }
            if (notConfirmed && !isClaim)
            {
                int target = VerdictTarget(text, sentence, profiles, weights, firstClaim, entities);
                if (target >= 0) links.Add(new ClaimLink { From = claims[target].Id, ToSpan = TextSpan.Of(text, sentence.Start, sentence.End), Kind = LinkKind.NotConfirmed, Rule = "rule not-confirmed statement" });
            }
            if (reversal) LinkReversal(text, sentence, claims, firstClaim, isClaim, links, AddPair);
        }

        // 2. Claims that answer another: a denial or a doubt joins the claim it answers.
        var answered = new bool[claims.Length];
        for (int i = 0; i < claims.Length; i++)
        {
            bool doubt = IsDoubt(claims[i]);
            if (claims[i].CueKind != ClaimKind.Denial && !doubt) continue;
            if (RejectsAnAction(profiles[i])) continue;
            // "… rejected Kim’s assertion. “We do not recognise North Korea as a nuclear state,” said a spokesman.":
            // the negated claim that follows a denial from the same side elaborates it and denies the same claim.
            int next = i + 1;
            bool elaborated = next < claims.Length && profiles[next].Negated && SameSide(profiles[i], profiles[next]);
            int target = AnsweredClaim(profiles, weights, i, elaborated ? profiles[next].Stems : [], elaborated ? next : -1);
            if (target < 0) continue;
            answered[i] = true;
            AddPair(target, i, doubt ? LinkKind.NotConfirmed : LinkKind.Denial, "rule answer");
            if (elaborated && next != target && profiles[next].OtherSourceThan(profiles[target]) && Shared(profiles[next].Stems, profiles[target].Stems, weights) >= 0.5)
            {
                answered[next] = true;
                AddPair(target, next, doubt ? LinkKind.NotConfirmed : LinkKind.Denial, "rule elaborated answer");
            }
        }

        // 3. Contradictions the text marks: "But a senior official said …" right after another source's claim, with the
        // opposite polarity. (Shared content with opposite polarity alone was tried and, on the dev set, found only
        // pairs of sources agreeing in different words.)
        for (int b = 1; b < claims.Length; b++)
        {
            if (answered[b] || answered[b - 1]) continue;
            var pa = profiles[b - 1];
            var pb = profiles[b];
            if (pa.OtherSourceThan(pb) && pa.Negated != pb.Negated && OpensWithContrast(text, claims[b])) AddPair(b - 1, b, LinkKind.Contradiction, "rule marked contrast");
        }

        // 4. Support: a source confirming another ("concedes", "agrees", "confirmed"), joined to the claim it confirms.
        // (Two sources sharing much content in the same polarity was tried: on the dev set it found only one text
        // reported twice.)
        for (int b = 1; b < claims.Length; b++)
        {
            if (!IsConfirmation(claims[b])) continue;
            var pb = profiles[b];
            int best = -1;
            double bestScore = 0.9;
            for (int a = Math.Max(0, b - 15); a < b; a++)
            {
                var pa = profiles[a];
                if (!pa.OtherSourceThan(pb) || pa.Negated != pb.Negated || answered[a] || answered[b] || Overlapping(claims[a], claims[b])) continue;
                double score = Shared(pa.Stems, pb.Stems, weights) + (pb.Names(pa.Speaker) || pb.NamesDescription(pa) ? 1.0 : 0) - 0.03 * (b - a);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = a;
                }
            }
            if (best >= 0 && !linked.Contains((best, b))) { linked.Add((best, b)); links.Add(new ClaimLink { From = claims[b].Id, To = claims[best].Id, Kind = LinkKind.Support, Rule = "rule confirmation" }); }
        }
        return [.. links];
    }

    private static bool Overlapping(Claim a, Claim b) => a.Content.Start < b.Content.End && b.Content.Start < a.Content.End;

    private static bool IsConfirmation(Claim claim) => CueStartsWith(claim, Words.ConfirmationCues);

    /// <summary>The earlier claim a non-confirmation sentence is about: the named source's claims when the sentence
    /// names one (<c>Mr Lukashenko’s claim about …</c>), most shared content, and the first such claim on a tie (the
    /// original, not its repetitions).</summary>
    private static int VerdictTarget(string text, Sentence sentence, ClaimProfile[] profiles, Dictionary<uint, double> weights, int before, ImmutableArray<Entity> entities)
    {
        var sentenceStems = SentenceStems(text, sentence);
        var named = EntitiesIn(entities, sentence, includePlaces: true);
        bool anyNamed = false;
        for (int i = Math.Max(0, before - Window); i < before; i++)
            if (profiles[i].Speaker is { } s && named.Contains(s)) anyNamed = true;

        // A verdict that neither names the source nor refers to a claim ("There is no evidence that homeopathy works")
        // may be about the world rather than a claim: it needs more shared content.
        bool refersToClaim = anyNamed || Phrases.HasWordStartingWith(text.AsSpan(sentence.Start, sentence.End - sentence.Start), Words.BackReferences);
        int best = -1;
        double bestScore = refersToClaim ? 0.5 : 1.5;
        for (int i = Math.Max(0, before - Window); i < before; i++)
        {
            if (anyNamed && (profiles[i].Speaker is not { } s || !named.Contains(s))) continue;
            if (IsHeadline(text, profiles[i].Claim)) continue; // headlines restate the body's claims
            // Named: the first claim wins a tie. Unnamed: the nearest one, as the verdict follows the claim.
            double score = Shared(profiles[i].Stems, sentenceStems, weights) + (anyNamed ? -1e-4 * i : 1e-4 * i);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        // "The claim could not be independently verified.": a verdict that points back with a claim noun and shares no
        // words answers the claim just before it (the verdict follows the claim; headlines excepted).
        if (best < 0 && !anyNamed && refersToClaim && before > 0 && !IsHeadline(text, profiles[before - 1].Claim)
            && sentence.Start - profiles[before - 1].Claim.Content.End < 400)
            best = before - 1;
        return best;
    }

    /// <summary>The claim a narrated charge contradicts: a nearby claim by another source about the same people
    /// (<c>Belarus … charging them with planning terrorist attacks</c> ↔ <c>Russia said the mercenaries were …</c>).</summary>
    private static int ChargedClaim(string text, Sentence sentence, ClaimProfile[] profiles, Dictionary<uint, double> weights, int next, ImmutableArray<Entity> entities)
    {
        var sentenceStems = SentenceStems(text, sentence);
        var actors = EntitiesIn(entities, sentence, includePlaces: false);
        int best = -1;
        double bestScore = 0.9;
        for (int i = Math.Max(0, next - 3); i < Math.Min(profiles.Length, next + 3); i++)
        {
            // Another accusation sides with the charge; an account of the same people by another source opposes it.
            if (profiles[i].Speaker is not { } speaker || actors.Contains(speaker) || profiles[i].Claim.CueKind == ClaimKind.Accusation) continue;
            double score = Shared(profiles[i].Stems, sentenceStems, weights) - 0.1 * Math.Abs(i - next);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /// <summary>Canonical names of the entities inside a sentence, found by binary search (linking stays linear).</summary>
    private static HashSet<string> EntitiesIn(ImmutableArray<Entity> entities, Sentence sentence, bool includePlaces)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int e = OffsetSearch.FirstStartingAt(entities.AsSpan(), sentence.Start); e < entities.Length && entities[e].End <= sentence.End; e++)
            if (includePlaces || entities[e].Type != EntityType.Place) names.Add(entities[e].Canonical);
        return names;
    }

    private static uint[] SentenceStems(string text, Sentence sentence) =>
        ClaimProfile.StemsOf(text.AsSpan(sentence.Start, sentence.End - sentence.Start), [], out _);

    private static void LinkReversal(string text, Sentence sentence, ImmutableArray<Claim> claims, int firstClaim, bool isClaim, List<ClaimLink> links, Action<int, int, LinkKind, string> addPair)
    {
        // The claim reported in the reversal sentence (or the sentence itself) against the same source's recent claim.
        int inside = -1;
        for (int k = firstClaim; k < claims.Length && claims[k].Content.Start < sentence.End; k++)
            if (claims[k].Content.Start >= sentence.Start && claims[k].Content.End <= sentence.End) { inside = k; break; }
        string? speaker = inside >= 0 ? claims[inside].Side : null;
        // "The comments were a sharp turnround": the comments are the same source's latest claims.
        int earlier = -1;
        for (int k = firstClaim - 1; k >= Math.Max(0, firstClaim - Window) && earlier < 0; k--)
            if (speaker is null || claims[k].Side == speaker) earlier = k;
        if (inside >= 0 && earlier >= 0) addPair(inside, earlier, LinkKind.Reversal, "rule reversal");
        else if (earlier >= 0 && !isClaim) links.Add(new ClaimLink { From = claims[earlier].Id, ToSpan = TextSpan.Of(text, sentence.Start, sentence.End), Kind = LinkKind.Reversal, Rule = "rule reversal statement" });
    }

    /// <summary>The claim a denial or doubt answers: another source's claim, preferably one it names
    /// (<c>rejected Kim’s assertion</c>), that shares its subject, is an accusation, and is not itself negated; failing
    /// all content evidence, the latest accusation before it (<c>accused the three men …</c> ← <c>the men deny …</c>).</summary>
    private static int AnsweredClaim(ClaimProfile[] profiles, Dictionary<uint, double> weights, int i, uint[] elaboration, int elaborationIndex)
    {
        var answer = profiles[i];
        var stems = elaboration.Length == 0 ? answer.Stems : [.. answer.Stems.Union(elaboration).Order()];
        int best = -1;
        double bestScore = 0.9, bestShared = 0;
        int lastAccusation = -1, nearbyOverlap = -1;
        for (int t = Math.Max(0, i - Window); t < Math.Min(profiles.Length, i + Window); t++)
        {
            if (t == i || t == elaborationIndex) continue;
            var target = profiles[t];
            if (!answer.OtherSourceThan(target) || target.Claim.CueKind == ClaimKind.Denial || IsDoubt(target.Claim)) continue;
            if (elaborationIndex >= 0 && !profiles[elaborationIndex].OtherSourceThan(target)) continue;
            if (t < i && i - t <= 8 && target.Claim.CueKind == ClaimKind.Accusation) lastAccusation = t;
            double shared = Shared(stems, target.Stems, weights);
            if (t < i && i - t <= 3 && shared > 0) nearbyOverlap = t;
            double score = shared
                + (answer.Names(target.Speaker) ? 1.5 : 0)
                + (target.Claim.CueKind == ClaimKind.Accusation ? 0.4 : 0)
                - (target.Negated ? 0.5 : 0)
                - (t > i ? 0.6 : 0) // an answer usually follows what it answers
                - 0.02 * Math.Abs(i - t);
            if (score > bestScore)
            {
                bestScore = score;
                best = t;
                bestShared = shared;
            }
        }
        // "The Church denied these allegations": a noun that refers back names the other side's latest claims.
        if (best < 0 && RefersBack(answer.Claim.Content.Text))
        {
            for (int t = i - 1; t >= Math.Max(0, i - 6); t--)
                if (answer.OtherSourceThan(profiles[t]) && profiles[t].Claim.CueKind != ClaimKind.Denial) return t;
        }
        // Thin shared content is weaker evidence than a recent accusation the denial answers.
        if (lastAccusation >= 0 && (best < 0 || (bestShared < 1.5 && !answer.Names(profiles[best].Speaker)))) return lastAccusation;
        // Failing both, a denial answers what was just reported about the same thing ("… a vote-rigging factory, the
        // court heard. … The men deny collecting votes fraudulently.").
        return best >= 0 ? best : nearbyOverlap;
    }

    /// <summary>A claim in a line without closing punctuation (a headline or standfirst).</summary>
    private static bool IsHeadline(string text, Claim claim)
    {
        int end = claim.Content.End;
        int limit = Math.Min(text.Length, end + 200); // a headline ends its line soon after its content
        while (end < limit && text[end] != '\n') end++;
        if (end == limit && limit < text.Length) return false;
        int last = end - 1;
        while (last >= claim.Content.Start && char.IsWhiteSpace(text[last])) last--;
        return last >= claim.Content.Start && char.IsLetterOrDigit(text[last]) && (end == text.Length || end + 1 >= text.Length || text[end + 1] is '\n' or '\r');
    }

    /// <summary>"rejected the proposal", "denied the request": refusing an action answers no claim.</summary>
    private static bool RejectsAnAction(ClaimProfile denial)
    {
        // The object's head within its first few words: "rejected a similar fast-track system backed by …".
        int words = 0;
        foreach (var (start, length) in ClaimProfile.Words(denial.Claim.Content.Text))
        {
            var word = denial.Claim.Content.Text.AsSpan(start, length);
            foreach (var action in Words.ActionNouns) if (word.StartsWith(action, StringComparison.OrdinalIgnoreCase)) return true;
            if (++words == 6) break;
        }
        return false;
    }

    /// <summary>Two consecutive claims from the same side: the same source, or one of them unresolved ("the attorney general has denied …" then "Lord Goldsmith said …").</summary>
    internal static bool SameSide(ClaimProfile a, ClaimProfile b) =>
        !a.OtherSourceThan(b) || a.Speaker is null || b.Speaker is null;

    /// <summary>"these allegations", "the claims", "the report": content that is only a noun referring to earlier claims.</summary>
    private static bool RefersBack(string content)
    {
        int words = 0;
        bool determiner = false, noun = false;
        foreach (var (start, length) in ClaimProfile.Words(content))
        {
            var word = content.AsSpan(start, length);
            if (words == 0) determiner = PoliticalNlp.Lexicons.GrammarWords.Embedded.BackReferenceDeterminers.Contains(word);
            else if (words <= 2) foreach (var b in Words.BackReferences) noun |= word.StartsWith(b, StringComparison.OrdinalIgnoreCase);
            if (++words > 4) return false;
        }
        return determiner && noun;
    }

    private static bool IsDoubt(Claim claim) => CueStartsWith(claim, Words.DoubtCues);

    private static bool CueStartsWith(Claim claim, string[] stems)
    {
        if (claim.Cue is not { } cue) return false;
        foreach (var stem in stems) if (cue.Text.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the sentence that reports the claim opens with a contrast (<c>But a senior official …</c>).</summary>
    /// <summary>True when the sentence of the claim opens with a contrast word before its speaker, cue and content
    /// (<c>But the army said …</c>): the claim sets itself against what came before.</summary>
    internal static bool OpensWithContrast(string text, Claim claim)
    {
        int at = Math.Min(claim.Content.Start, claim.Speaker?.Start ?? int.MaxValue);
        at = Math.Min(at, claim.Cue?.Start ?? int.MaxValue);
        int start = at;
        int limit = Math.Max(0, at - 300); // an opener further back than this is not the reply's own (and keeps this linear)
        while (start > limit && text[start - 1] is not ('.' or '!' or '?' or '\n')) start--;
        if (start == limit && limit > 0) return false;
        var head = text.AsSpan(start, at - start).TrimStart();
        foreach (var (s, length) in ClaimProfile.Words(head))
        {
            var first = head.Slice(s, length);
            foreach (var c in Words.ContrastOpeners) if (first.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
        return false;
    }

    /// <summary>Stems shared by many claims of the document say little about which two belong together.</summary>
    internal static Dictionary<uint, double> StemWeights(ClaimProfile[] profiles)
    {
        var df = new Dictionary<uint, int>();
        foreach (var p in profiles)
            foreach (var s in p.Stems) df[s] = df.GetValueOrDefault(s) + 1;
        var weights = new Dictionary<uint, double>(df.Count);
        foreach (var (stem, count) in df) weights[stem] = count <= 2 ? 1.0 : count <= 4 ? 0.6 : 0.3;
        return weights;
    }

    internal static double Shared(uint[] a, uint[] b, Dictionary<uint, double> weights)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else
            {
                sum += weights.GetValueOrDefault(a[i], 1.0);
                i++;
                j++;
            }
        }
        return sum;
    }
}
