using System.Collections.Immutable;
using PoliticalNlp.Entities;
using PoliticalNlp.Text;

namespace PoliticalNlp.Claims.Links;

/// <summary>What the link and kind features read of one claim, computed once per claim from the document's tokens.</summary>
internal readonly record struct ClaimFacts
{
    /// <summary>The claim-word classes of the content's tokens.</summary>
    public ClaimWord Content { get; init; }

    /// <summary>True when the content opens with the speaker's own future (<c>we will …</c>, <c>I would …</c>).</summary>
    public bool Commitment { get; init; }

    /// <summary>True when the content opens with a condition (<c>if …</c>, <c>unless …</c>).</summary>
    public bool OpensWithCondition { get; init; }

    /// <summary>How many people, states and agencies other than the speaker the content names.</summary>
    public int NamesOthers { get; init; }

    /// <summary>The claim-word classes of the cue's tokens.</summary>
    public ClaimWord Cue { get; init; }

    /// <summary>The claim-word classes of the tokens of the claim's sentence outside its content (<c>But …</c>,
    /// <c>previously</c>, <c>there was no confirmation</c>).</summary>
    public ClaimWord Frame { get; init; }

    /// <summary>The stance class of the cue's reporting verb (an index into <see cref="CueLexicon.Classes"/>), or -1.</summary>
    public int CueClass { get; init; }

    /// <summary>The lemma of the cue's reporting verb (an index into <see cref="CueLexicon.Lemmas"/>), or -1.</summary>
    public int CueLemma { get; init; }

    /// <summary>The index of the sentence holding the start of the content.</summary>
    public int Sentence { get; init; }

    /// <summary>The index of the paragraph holding the start of the content.</summary>
    public int Paragraph { get; init; }

    /// <summary>How many word tokens the content has.</summary>
    public int ContentWords { get; init; }

    /// <summary>True when the speaker resolves to an entity (a canonical name).</summary>
    public bool SpeakerResolved { get; init; }

    /// <summary>True when a speaker span exists (resolved or not).</summary>
    public bool HasSpeaker { get; init; }

    /// <summary>The type of the entity the speaker resolves to, when it does.</summary>
    public EntityType? SpeakerType { get; init; }

    /// <summary>The facts of every claim of a document (claims in text order of their content).</summary>
    public static ClaimFacts[] Of(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ImmutableArray<Claim> claims,
        ImmutableArray<Entity> entities, ClaimWords words)
    {
        var paragraphs = ParagraphOfSentence(text, sentences);
        var facts = new ClaimFacts[claims.Length];
        for (int i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            var content = claim.Content;
            int sentence = Math.Min(OffsetSearch.FirstEndingAfter(sentences, content.Start), Math.Max(0, sentences.Length - 1));
            var s = sentences.IsEmpty ? default : sentences[sentence];
            // The frame is the claim's own stretch of its sentence (the words before the content, where "But" and the
            // source stand, and a few after it), bounded so that a sentence of thousands of claims costs each claim
            // the same: linear in the document.
            var sentenceTokens = sentences.IsEmpty ? ReadOnlySpan<Token>.Empty : tokens.Slice(s.FirstToken, s.TokenCount);
            var contentTokens = TokensIn(tokens, content.Start, content.End);
            int firstContent = sentenceTokens.IsEmpty ? 0 : OffsetSearch.FirstEndingAfter(sentenceTokens, content.Start);
            int from = Math.Max(0, firstContent - FrameBefore);
            int to = Math.Min(sentenceTokens.Length, firstContent + contentTokens.Length + FrameAfter);
            var frame = ClaimWord.None;
            int contentWords = 0;
            foreach (var token in contentTokens) if (token.Kind == TokenKind.Word) contentWords++;
            for (int t = from; t < to; t++)
            {
                var token = sentenceTokens[t];
                bool inside = token.Start >= content.Start && token.End <= content.End;
                if (!inside && (claim.Cue is not { } cue || token.Start >= cue.End || token.End <= cue.Start))
                    frame |= words.Of(token.AsSpan(text));
            }
            // "we will …", "I would never …": the speaker's own commitment opens the content.
            bool commitment = false, opensWithCondition = false;
            int word = 0;
            foreach (var token in contentTokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                var classes = words.Of(token.AsSpan(text));
                if (word == 0 && (classes & ClaimWord.Conditional) != 0) opensWithCondition = true;
                if (word == 0 && (classes & ClaimWord.FirstPerson) == 0) break;
                if (word is >= 1 and <= 3 && (classes & ClaimWord.Future) != 0) commitment = true;
                if (++word > 3) break;
            }
            int named = 0;
            for (int e = OffsetSearch.FirstEndingAfter(entities.AsSpan(), content.Start); e < entities.Length && entities[e].Start < content.End; e++)
                if (entities[e].Type != EntityType.Place && entities[e].Canonical != claim.Side) named++;
            int cueClass = -1, cueLemma = -1;
            if (claim.Cue is { } cueSpan)
            {
                foreach (var token in TokensIn(tokens, cueSpan.Start, cueSpan.End))
                    if (CueLexicon.Embedded.TryGetEntry(token.AsSpan(text), out cueClass, out cueLemma)) break;
            }
            facts[i] = new ClaimFacts
            {
                CueClass = cueClass,
                CueLemma = cueLemma,
                Content = words.In(text, contentTokens, content.Start, content.End),
                Commitment = commitment,
                OpensWithCondition = opensWithCondition,
                NamesOthers = named,
                Cue = claim.Cue is { } c ? words.In(text, TokensIn(tokens, c.Start, c.End), c.Start, c.End) : ClaimWord.None,
                Frame = frame,
                Sentence = sentence,
                Paragraph = sentences.IsEmpty ? 0 : paragraphs[sentence],
                ContentWords = contentWords,
                HasSpeaker = claim.Speaker is not null,
                SpeakerResolved = claim.Side is not null,
                SpeakerType = claim.Speaker is { } sp ? EntityAt(entities, sp.Start, sp.End) : null,
            };
        }
        return facts;
    }

    /// <summary>How many tokens before the content the frame reads (the source, the cue, an opening "But").</summary>
    private const int FrameBefore = 40;

    /// <summary>How many tokens after the content the frame reads (a trailing attribution).</summary>
    private const int FrameAfter = 12;

    /// <summary>The tokens inside [start, end), found by binary search.</summary>
    public static ReadOnlySpan<Token> TokensIn(ReadOnlySpan<Token> tokens, int start, int end)
    {
        int first = OffsetSearch.FirstEndingAfter(tokens, start);
        int last = first;
        while (last < tokens.Length && tokens[last].Start < end) last++;
        return tokens[first..last];
    }

    private static EntityType? EntityAt(ImmutableArray<Entity> entities, int start, int end)
    {
        var span = entities.AsSpan();
        int e = OffsetSearch.FirstEndingAfter(span, start);
        EntityType? type = null;
        // The speaker span may hold a title and a name ("Foreign Minister X"): the last entity inside it names the source.
        for (; e < span.Length && span[e].Start < end; e++) type = span[e].Type;
        return type;
    }

    private static int[] ParagraphOfSentence(string text, ReadOnlySpan<Sentence> sentences)
    {
        var paragraphs = new int[sentences.Length];
        var breaks = ParagraphBreaks.Of(text);
        int paragraph = 0;
        for (int s = 1; s < sentences.Length; s++)
        {
            if (breaks.Between(sentences[s - 1].End, sentences[s].Start)) paragraph++;
            paragraphs[s] = paragraph;
        }
        return paragraphs;
    }
}
