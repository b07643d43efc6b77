using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PoliticalNlp.Claims;
using PoliticalNlp.Claims.Links;
using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;
using PoliticalNlp.Text;

namespace PoliticalNlp;

/// <summary>
/// Analyses political news text: tokens, sentences, named entities, claims and the links between claims.
/// Build one and share it: it is immutable after construction and safe to use from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var analyzer = new PoliticalTextAnalyzer();
/// AnalyzedDocument doc = analyzer.Analyze(text);
/// foreach (var claim in doc.Claims) Console.WriteLine($"{claim.SpeakerCanonical}: {claim.Content.Text}");
/// </code>
/// </example>
public sealed partial class PoliticalTextAnalyzer
{
    [ThreadStatic]
    private static TokenBuffer? t_tokens;

    /// <summary>Documents longer than this (in characters) are tokenized into a buffer sized for them.</summary>
    private const int LargeDocument = 1 << 18;

    /// <summary>Creates an analyzer with default options and the models shipped in the package.</summary>
    public PoliticalTextAnalyzer()
        : this(new PoliticalNlpOptions())
    {
    }

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Lexicon extensions and model choices; read once, here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public PoliticalTextAnalyzer(PoliticalNlpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ExtractClaims = options.ExtractClaims;
        var gazetteer = options.ExtraAgencies.Count == 0 && options.ExtraPeople.Count == 0
            ? EmbeddedModels.Gazetteer
            : Gazetteer.LoadEmbedded(Validated(options.ExtraAgencies, nameof(options.ExtraAgencies)), Validated(options.ExtraPeople, nameof(options.ExtraPeople)));
        var model = options.EntityModelPath is { } path ? EmbeddedModels.LoadModelFile(path) : EmbeddedModels.EntityModel;
        _entities = new EntityRecognizer(model, gazetteer, EmbeddedModels.WordClasses);
        _claims = new ClaimExtractor(CueLexicon.Embedded, gazetteer);
        _modelVersion = Models.ModelVersion.For(options);
    }

    private readonly string _modelVersion;

    private readonly ClaimExtractor _claims;

    // Loaded on first use, so that an analyzer without claims never reads the link model.
    private readonly Lazy<ClaimLinkStage> _links = new(() => new ClaimLinkStage(ClaimLinkStage.EmbeddedModel, ClaimWords.Embedded));

    private readonly EntityRecognizer _entities;

    private static IEnumerable<string> Validated(IList<string> names, string option)
    {
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"{option} contains an empty name", option);
        }
        return names;
    }

    private bool ExtractClaims { get; }

    private static Token[] Tokenize(string text)
    {
        if (text.Length > LargeDocument)
        {
            // A long document is tokenised twice, first only counting, so that its tokens land in one array of exactly
            // their number: no buffer guessed from the length and copied (about 5 bytes of garbage a character), and
            // no thread keeps a huge buffer. The counting pass costs about 1% of the analysis.
            var counter = TokenBuffer.CountOnly();
            Tokenizer.Tokenize(text, counter);
            var exact = TokenBuffer.Exact(counter.Count);
            Tokenizer.Tokenize(text, exact);
            return exact.TakeExact();
        }
        var buffer = t_tokens ??= new TokenBuffer(1024);
        buffer.Clear();
        Tokenizer.Tokenize(text, buffer);
        var tokens = buffer.ToArray();
        if (buffer.Tokens.Length > 1 << 16) t_tokens = null; // do not pin a huge buffer to the thread
        return tokens;
    }

    /// <summary>Analyses one document.</summary>
    /// <param name="text">The text. Offsets in the result are UTF-16 code units of this exact string.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    /// <returns>The analysis; an empty document for empty or whitespace-only text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AnalyzedDocument Analyze(string text, CancellationToken cancellationToken = default) => Analyze(text, null, cancellationToken);

    /// <summary>Analyses one document that carries an identifier.</summary>
    /// <param name="text">The text. Offsets in the result are UTF-16 code units of this exact string.</param>
    /// <param name="id">The caller's identifier, copied to <see cref="AnalyzedDocument.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    /// <returns>The analysis; an empty document for empty or whitespace-only text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AnalyzedDocument Analyze(string text, string? id, CancellationToken cancellationToken = default) =>
        Analyze(text, id, learnedStages: true, cancellationToken);

    /// <summary>Analyses one document, with or without the learned link stage (its trainer reads the claims as extracted,
    /// before there is a model).</summary>
    internal AnalyzedDocument Analyze(string text, string? id, bool learnedStages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();

        Token[] tokens = Tokenize(text);
        Sentence[] sentences = SentenceSplitter.Split(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();

        var mentions = new List<EntityMention>();
        var matches = new List<GazetteerMatch>();
        var memory = DocumentMemory.Rent();
        bool[] shouting = ArrayPool<bool>.Shared.Rent(sentences.Length);
        try
        {
            // The whole document's casing first (DocumentMemory.SurveyCapitals), then the sentences, those written in
            // capitals (headlines) last: the memory then holds the rest of the document's names where their case no
            // longer tells a name from a word.
            bool anyShouting = false;
            for (int s = 0; s < sentences.Length; s++)
                anyShouting |= shouting[s] = memory.SurveyCapitals(text, tokens.AsSpan(sentences[s].FirstToken, sentences[s].TokenCount));
            foreach (var sentence in sentences) memory.SurveyLowerCase(text, tokens.AsSpan(sentence.FirstToken, sentence.TokenCount));
            int bodyMentions = 0;
            for (int pass = 0; pass < (anyShouting ? 2 : 1); pass++)
            {
                if (pass == 1) bodyMentions = mentions.Count;
                for (int s = 0; s < sentences.Length; s++)
                {
                    // A long document is cancellable inside the tagger too, not only between stages.
                    if ((s & 255) == 255) cancellationToken.ThrowIfCancellationRequested();
                    if (shouting[s] != (pass == 1)) continue;
                    var sentence = sentences[s];
                    _entities.Recognize(text, tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, matches, mentions, memory, shouting[s]);
                }
            }
            // Everything downstream reads mentions in text order.
            if (anyShouting) EntityRecognizer.MergeDeferred(mentions, bodyMentions);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(shouting);
            DocumentMemory.Return(memory);
        }
        var entities = EntityLinker.Link(text, mentions, _entities.Gazetteer);
        cancellationToken.ThrowIfCancellationRequested();

        var claims = ExtractClaims ? _claims.Extract(text, tokens, sentences, entities) : ImmutableArray<Claim>.Empty;
        cancellationToken.ThrowIfCancellationRequested();
        var links = ExtractClaims && learnedStages ? _links.Value.Link(text, tokens, sentences, claims, entities) : ImmutableArray<ClaimLink>.Empty;

        return new AnalyzedDocument(
            id,
            text,
            ImmutableCollectionsMarshal.AsImmutableArray(tokens),
            ImmutableCollectionsMarshal.AsImmutableArray(sentences),
            entities,
            claims,
            links,
            _modelVersion);
    }
}
