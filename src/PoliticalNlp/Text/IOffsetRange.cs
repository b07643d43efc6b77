namespace PoliticalNlp.Text;

/// <summary>A half-open range <c>[Start, End)</c> of the analysed text: tokens, sentences and entities.</summary>
internal interface IOffsetRange
{
    /// <summary>Offset of the first UTF-16 code unit.</summary>
    int Start { get; }

    /// <summary>Offset just past the last UTF-16 code unit.</summary>
    int End { get; }
}
