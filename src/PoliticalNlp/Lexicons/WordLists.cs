namespace PoliticalNlp.Lexicons;

/// <summary>
/// Named word lists read from one <see cref="WordListFile"/> (<c>grammarwords.tsv</c>, <c>entitywords.tsv</c>,
/// <c>linkrules.tsv</c>): the lists in the order of their names, looked up by name and written back in the same form.
/// Each subclass names its lists and gives them typed properties.
/// </summary>
internal abstract class WordLists
{
    private readonly string[] _listNames;

    protected WordLists(string[] listNames, string[][] lists)
    {
        _listNames = listNames;
        Lists = lists;
    }

    /// <summary>The entries of each list, in the order of the list names, each in file order.</summary>
    protected string[][] Lists { get; }

    /// <summary>The entries of a list by its name in the file, in file order.</summary>
    /// <exception cref="ArgumentException">No list has that name.</exception>
    public IReadOnlyList<string> this[string list] => Lists[WordListFile.IndexOf(_listNames, list)];

    /// <summary>Writes the text form the subclass's <c>Read</c> reads (entries only, in list order).</summary>
    public void Write(TextWriter writer) => WordListFile.Write(writer, _listNames, Lists);
}
