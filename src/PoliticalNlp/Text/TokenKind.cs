namespace PoliticalNlp;

/// <summary>What a token is made of.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TokenKind>))]
public enum TokenKind : byte
{
    /// <summary>Letters (possibly with digits, internal hyphens, apostrophes or abbreviation dots), or an English clitic such as <c>’s</c> or <c>n’t</c>.</summary>
    Word,
    /// <summary>A number, possibly with separators (<c>7,000</c>, <c>3.5</c>, <c>2020-08-15</c>).</summary>
    Number,
    /// <summary>Punctuation: full stops, commas, dashes, brackets, the ellipsis.</summary>
    Punctuation,
    /// <summary>A quotation mark, straight or curly, single or double.</summary>
    Quote,
    /// <summary>A symbol such as <c>©</c>, <c>$</c>, <c>%</c> or an emoji.</summary>
    Symbol,
    /// <summary>Anything else, for example an unpaired surrogate or a control character.</summary>
    Other,
}
