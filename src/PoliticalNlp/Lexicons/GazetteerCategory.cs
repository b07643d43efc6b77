namespace PoliticalNlp.Lexicons;

/// <summary>What a gazetteer phrase is known as. A phrase may be several things (<c>Georgia</c>: country and US state).</summary>
[Flags]
internal enum GazetteerCategory : ushort
{
    None = 0,
    /// <summary>An independent state's name or short form; the value is its ISO code.</summary>
    Country = 1 << 0,
    /// <summary>An ISO 3166-1 alpha-2 code.</summary>
    CountryCode = 1 << 1,
    /// <summary>A capital city; the value is its state's ISO code.</summary>
    Capital = 1 << 2,
    /// <summary>A seat of government used as an actor (<c>Kremlin</c>); the value is its state's ISO code.</summary>
    Seat = 1 << 3,
    /// <summary>A demonym or national adjective (<c>Russian</c>).</summary>
    Demonym = 1 << 4,
    /// <summary>A named organisation: international body, government agency, party, news agency, company.</summary>
    Organization = 1 << 5,
    /// <summary>A given name.</summary>
    FirstName = 1 << 6,
    /// <summary>A family name.</summary>
    LastName = 1 << 7,
    /// <summary>A title or honorific (<c>President</c>, <c>Mr</c>).</summary>
    Title = 1 << 8,
    /// <summary>A city.</summary>
    City = 1 << 9,
    /// <summary>A region, province, dependency or continent.</summary>
    Region = 1 << 10,
    /// <summary>A person's full name (user lexicon).</summary>
    Person = 1 << 11,
    /// <summary>A curated political body, party, parliament or news organisation, safe to add without the tagger.</summary>
    Political = 1 << 12,
    /// <summary>A given name borne by women (with <see cref="Male"/> too when borne by both).</summary>
    Female = 1 << 13,
    /// <summary>A given name borne by men.</summary>
    Male = 1 << 14,
    /// <summary>
    /// An organisation from the wider lists (GATE's UK government bodies, parties, courts, armed services, companies,
    /// radio stations, charities): a tagger feature only, never a mention by itself nor a type the span rules force.
    /// </summary>
    Body = 1 << 15,
}
