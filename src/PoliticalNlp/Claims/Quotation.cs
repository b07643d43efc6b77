namespace PoliticalNlp.Claims;

/// <summary>A quotation: the tokens of its marks and what lies between them.</summary>
/// <param name="Open">Index of the opening mark's token.</param>
/// <param name="Close">Index of the closing mark's token, or of the last token when the quote runs to the end of its paragraph unclosed.</param>
/// <param name="Closed">Whether a closing mark was found.</param>
internal readonly record struct Quotation(int Open, int Close, bool Closed)
{
    public int FirstInside => Open + 1;
    public int LastInside => Closed ? Close - 1 : Close;
    public int InsideCount => LastInside - FirstInside + 1;
}
