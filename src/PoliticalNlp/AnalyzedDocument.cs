using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using PoliticalNlp.Serialization;
using PoliticalNlp.Text;

namespace PoliticalNlp;

/// <summary>
/// The immutable result of analysing one document: its tokens and sentences, the entities named in it,
/// the claims it attributes, and the links between claims. Every offset points into <see cref="Text"/>.
/// </summary>
/// <remarks>
/// Two documents are equal when everything the public API shows is equal: versions, id, text, tokens, sentences,
/// entities, claims and links. <see cref="ToJson"/> and <see cref="FromJson(string)"/> round-trip to an equal document,
/// and <see cref="JsonSerializer"/> with any options writes and reads the same format (it is fixed on the type).
/// </remarks>
[JsonConverter(typeof(AnalyzedDocumentJsonConverter))]
public sealed class AnalyzedDocument : IEquatable<AnalyzedDocument>
{
    /// <summary>The version of the JSON format this library writes (<c>schemaVersion</c>). Readers accept any
    /// <c>1.x</c>: a minor revision only adds fields.</summary>
    public const string CurrentSchemaVersion = "1.0";

    internal AnalyzedDocument(
        string? id,
        string text,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Entity> entities,
        ImmutableArray<Claim> claims,
        ImmutableArray<ClaimLink> links,
        string? modelVersion = null,
        string schemaVersion = CurrentSchemaVersion)
    {
        SchemaVersion = schemaVersion;
        ModelVersion = modelVersion;
        Id = id;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Claims = claims;
        Links = links;
    }

    /// <summary>The version of the JSON format the document was written in (<see cref="CurrentSchemaVersion"/> for a
    /// document this library analysed).</summary>
    public string SchemaVersion { get; }

    /// <summary>
    /// Which models produced the document: the package version and a digest of the models, lexicons and extra names
    /// the analyzer used (<c>0.1.0+models.3f2a…</c>); null for a document read from JSON that carried none.
    /// </summary>
    public string? ModelVersion { get; }

    /// <summary>The caller's identifier for the document, if any.</summary>
    public string? Id { get; }

    /// <summary>The analysed text, exactly as passed in (never rewritten).</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order.</summary>
    [JsonIgnore]
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences, in text order.</summary>
    [JsonIgnore]
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Named entities (people, states, agencies, places), flat and non-overlapping, in text order.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Attributed statements, in text order of their content.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Links between claims, and from claims to statements that bear on them.</summary>
    public ImmutableArray<ClaimLink> Links { get; }

    /// <summary>
    /// Serialises the document to one line of JSON: <c>schemaVersion</c>, <c>modelVersion</c> and the fields of the
    /// extraction spec, section 6 (see docs/output-format.md). A lone surrogate in any string is written as a
    /// <c>\uDXXX</c> escape, so every span's <c>text</c> equals the slice its offsets name.
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(this, DocumentJson.Context.AnalyzedDocument);

    /// <summary>Writes the document as JSON (see <see cref="ToJson"/>) to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, this, DocumentJson.Context.AnalyzedDocument);
    }

    /// <summary>The index in <see cref="Sentences"/> of the sentence that holds <paramref name="offset"/>, or -1 when the
    /// offset falls between sentences (blank lines) or outside the text. Binary search: O(log sentences).</summary>
    /// <param name="offset">A UTF-16 offset into <see cref="Text"/>, such as a span's <c>Start</c>.</param>
    public int SentenceIndexAt(int offset)
    {
        var sentences = Sentences.AsSpan();
        int lo = PoliticalNlp.Text.OffsetSearch.FirstEndingAfter(sentences, offset);
        return lo < sentences.Length && sentences[lo].Start <= offset ? lo : -1;
    }

    /// <summary>
    /// The entity a claim's speaker is or refers to: the last entity inside the speaker span (<c>Foreign Minister
    /// Sergei Lavrov</c> → the person), or for a pronoun or description resolved to a name, the nearest mention of that
    /// name before the claim. Null when the speaker resolves to no entity.
    /// </summary>
    /// <param name="claim">A claim of this document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public Entity? SpeakerEntityOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var entities = Entities.AsSpan();
        Entity? inside = null;
        if (claim.Speaker is { } speaker)
        {
            for (int e = PoliticalNlp.Text.OffsetSearch.FirstEndingAfter(entities, speaker.Start); e < entities.Length && entities[e].Start < speaker.End; e++)
                inside = entities[e];
        }
        if (inside is not null || claim.SpeakerCanonical is not { } canonical) return inside;
        int before = claim.Speaker?.Start ?? claim.Content.Start;
        for (int e = PoliticalNlp.Text.OffsetSearch.FirstEndingAfter(entities, before) - 1; e >= 0; e--)
            if (entities[e].Canonical == canonical) return entities[e];
        foreach (var entity in entities) if (entity.Canonical == canonical) return entity;
        return null;
    }

    /// <summary>
    /// The document as one self-contained HTML page (inline CSS, SVG and script; nothing fetched): entities marked by
    /// type, claims with speaker, cue and content, and arcs from each answering statement to the claim it answers.
    /// Several documents on one page: <see cref="Rendering.HtmlReport"/>.
    /// </summary>
    /// <returns>A complete HTML document.</returns>
    public string ToHtml() => Rendering.HtmlReport.ToHtml([this], Id is null ? null : $"PoliticalNlp: {Id}");

    /// <summary>
    /// Reads a document written by <see cref="ToJson"/> (or any spec section 6 document, such as a gold file) back into
    /// an equal <see cref="AnalyzedDocument"/>. Tokens and sentences, which the JSON leaves out, are recomputed from the
    /// text; unknown fields are ignored.
    /// </summary>
    /// <param name="json">One JSON object.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, lacks <c>text</c>, has an unsupported major
    /// <c>schemaVersion</c>, a span whose offsets fall outside the text or whose text differs from the slice, or a link
    /// whose ends are not claims of the document.</exception>
    public static AnalyzedDocument FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, DocumentJson.Context.AnalyzedDocument)
            ?? throw new JsonException("Expected a JSON object for a document, found null.");
    }

    /// <summary>Builds a document read from JSON: checks every span against the text and recomputes tokens and sentences.</summary>
    internal static AnalyzedDocument Restore(
        string schemaVersion, string? modelVersion, string? id, string text,
        ImmutableArray<Entity> entities, ImmutableArray<Claim> claims, ImmutableArray<ClaimLink> links)
    {
        foreach (var e in entities) CheckSpan(text, e.Start, e.End, e.Text, "entity");
        foreach (var c in claims)
        {
            if (c.Content is null) throw new JsonException($"Claim {c.Id} has no content.");
            foreach (var span in new[] { c.Speaker, c.Cue, c.Content, c.Via })
                if (span is not null) CheckSpan(text, span.Start, span.End, span.Text, $"claim {c.Id}");
        }
        var claimIds = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var l in links)
        {
            if (!claimIds.Contains(l.From)) throw new JsonException($"A link starts from '{l.From}', which is not a claim of the document.");
            if (l.To is { } to && !claimIds.Contains(to)) throw new JsonException($"A link from {l.From} points to '{to}', which is not a claim of the document.");
            if ((l.To is null) == (l.ToSpan is null)) throw new JsonException($"A link from {l.From} needs exactly one of \"to\" and \"toSpan\".");
            if (l.ToSpan is { } span) CheckSpan(text, span.Start, span.End, span.Text, $"link from {l.From}");
        }
        var buffer = new TokenBuffer(Math.Max(16, text.Length / 4));
        Tokenizer.Tokenize(text, buffer);
        Token[] tokens = buffer.ToArray();
        Sentence[] sentences = SentenceSplitter.Split(text, tokens);
        return new AnalyzedDocument(
            id, text,
            ImmutableCollectionsMarshal.AsImmutableArray(tokens),
            ImmutableCollectionsMarshal.AsImmutableArray(sentences),
            entities, claims, links, modelVersion, schemaVersion);
    }

    private static void CheckSpan(string text, int start, int end, string? spanText, string owner)
    {
        if (start < 0 || end < start || end > text.Length)
            throw new JsonException($"The {owner} span [{start}, {end}) is outside the text (length {text.Length}).");
        if (spanText is null || !text.AsSpan(start, end - start).SequenceEqual(spanText))
            throw new JsonException($"The {owner} span [{start}, {end}) has a text that differs from the document's text at those offsets.");
    }

    /// <inheritdoc/>
    public bool Equals(AnalyzedDocument? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (SchemaVersion == other.SchemaVersion
                && ModelVersion == other.ModelVersion
                && Id == other.Id
                && Text == other.Text
                && Tokens.AsSpan().SequenceEqual(other.Tokens.AsSpan())
                && Sentences.AsSpan().SequenceEqual(other.Sentences.AsSpan())
                && Entities.SequenceEqual(other.Entities)
                && Claims.SequenceEqual(other.Claims)
                && Links.SequenceEqual(other.Links)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnalyzedDocument);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Text, Entities.Length, Claims.Length, Links.Length, ModelVersion);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id ?? "(no id)"}: {Tokens.Length} tokens, {Sentences.Length} sentences, {Entities.Length} entities, {Claims.Length} claims, {Links.Length} links";
}
