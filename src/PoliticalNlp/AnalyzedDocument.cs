using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PoliticalNlp.Serialization;

namespace PoliticalNlp;

/// <summary>
/// The immutable result of analysing one document: its tokens and sentences, the entities named in it,
/// the claims it attributes, and the links between claims. Every offset points into <see cref="Text"/>.
/// </summary>
public sealed class AnalyzedDocument
{
    internal AnalyzedDocument(
        string? id,
        string text,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Entity> entities,
        ImmutableArray<Claim> claims,
        ImmutableArray<ClaimLink> links)
    {
        Id = id;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Claims = claims;
        Links = links;
    }

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

    /// <summary>Serialises the document to the JSON of the extraction spec, section 6 (one line, camelCase).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, DocumentJson.Context.AnalyzedDocument);

    /// <summary>Writes the document as JSON (spec section 6) to <paramref name="writer"/>.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, this, DocumentJson.Context.AnalyzedDocument);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id ?? "(no id)"}: {Tokens.Length} tokens, {Sentences.Length} sentences, {Entities.Length} entities, {Claims.Length} claims, {Links.Length} links";
}
