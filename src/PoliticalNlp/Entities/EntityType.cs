namespace PoliticalNlp;

/// <summary>The kinds of named entity (spec section 3).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary>A named human being, without titles or honorifics.</summary>
    Person,
    /// <summary>A sovereign state or country named as such.</summary>
    State,
    /// <summary>A named organisation: government bodies, armed forces, parties, news agencies, companies, NGOs.</summary>
    Agency,
    /// <summary>Another named place: a city, region, continent or square.</summary>
    Place,
}
