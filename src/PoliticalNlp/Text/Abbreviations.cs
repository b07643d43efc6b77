using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Text;

/// <summary>Abbreviations that keep their full stop, and which of them may end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that precede what they qualify (titles, months): never the end of a sentence.</summary>
    public static readonly SpanSet Leading = new(
    [
        "Mr", "Mrs", "Ms", "Mme", "Mlle", "Dr", "St", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Gen", "Sgt",
        "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Prof", "Rev", "Hon", "Pres", "Supt", "Insp", "Det",
        "Cpl", "Pvt", "Atty", "Messrs", "Mt", "Ft", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "v", "approx", "ca", "cf", "Fig", "fig", "Vol", "vol", "pp",
        "Gens", "Secy", "Sec", "Amb", "Rt", "Sr", "Sra", "Fr",
    ], ignoreCase: false);

    /// <summary>Abbreviations that follow what they qualify: they end a sentence when a new one plainly starts.</summary>
    public static readonly SpanSet Trailing = new(
    [
        "Inc", "Ltd", "Co", "Corp", "Jr", "Bros", "etc", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Plc", "plc",
        "al", "Esq", "Ph.D", "a.m", "p.m",
    ], ignoreCase: false);

    /// <summary>Capitalised words that usually begin a sentence, used to decide whether <c>U.S.</c> or <c>Inc.</c> ended one.</summary>
    public static readonly SpanSet SentenceStarters = new(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "This",
        "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "After", "Before", "When", "While",
        "Meanwhile", "However", "If", "As", "Some", "Many", "Most", "Officials", "Mr", "Mrs", "Ms", "Dr", "Since",
        "Last", "Earlier", "Later", "According", "Nearly", "About", "More", "No", "Yet", "So", "For", "What", "Why",
        "How", "Who", "Such", "One", "Two", "Three", "Both", "All", "Also", "Still", "Then", "Now", "Today",
    ], ignoreCase: false);
}
