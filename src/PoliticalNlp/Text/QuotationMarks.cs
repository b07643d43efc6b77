namespace PoliticalNlp.Text;

/// <summary>Quotation marks by direction, for the readers that judge a quote token by its first character.</summary>
internal static class QuotationMarks
{
    /// <summary>True for a mark that only opens (<c>“</c>, <c>‘</c> and the first of <c>‘‘</c>, <c>„</c>, <c>«</c>): it never
    /// closes a sentence's quotation nor stands before an attribution as a closing mark.</summary>
    public static bool IsOpening(char c) => c is '\u201C' or '\u2018' or '\u201E' or '\u00AB';
}
