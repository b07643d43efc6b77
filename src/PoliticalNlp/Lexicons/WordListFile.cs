namespace PoliticalNlp.Lexicons;

/// <summary>
/// The text form of the small word lists the rules read (<c>linkrules.tsv</c>, <c>grammarwords.tsv</c>): one
/// <c>LIST\tENTRY</c> a line, <c>#</c> opening a comment line, entries in file order.
/// </summary>
internal static class WordListFile
{
    /// <summary>Reads the lists named <paramref name="listNames"/>, each entry in file order.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="listNames">The list names the file may use; every one must have an entry.</param>
    /// <param name="what">What the file is, for error messages (<c>link rules</c>).</param>
    /// <exception cref="InvalidDataException">A line is malformed, names an unknown list, or a list has no entry.</exception>
    public static string[][] Read(TextReader reader, string[] listNames, string what)
    {
        var lists = listNames.Select(_ => new List<string>()).ToArray();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1 || line.IndexOf('\t', tab + 1) >= 0)
                throw new InvalidDataException($"{what} line {number}: expected LIST<TAB>ENTRY, got '{line}'");
            int list = Array.IndexOf(listNames, line[..tab]);
            if (list < 0) throw new InvalidDataException($"{what} line {number}: unknown list '{line[..tab]}' (known: {string.Join(", ", listNames)})");
            lists[list].Add(line[(tab + 1)..]);
        }
        for (int i = 0; i < lists.Length; i++)
            if (lists[i].Count == 0) throw new InvalidDataException($"{what}: the list '{listNames[i]}' has no entry");
        return [.. lists.Select(l => l.ToArray())];
    }

    /// <summary>Writes the text form <see cref="Read"/> reads (entries only, in list order).</summary>
    public static void Write(TextWriter writer, string[] listNames, string[][] lists)
    {
        for (int i = 0; i < listNames.Length; i++)
            foreach (var entry in lists[i]) writer.Write($"{listNames[i]}\t{entry}\n");
    }

    /// <summary>The index of <paramref name="list"/> among <paramref name="listNames"/>.</summary>
    /// <exception cref="ArgumentException">No list has that name.</exception>
    public static int IndexOf(string[] listNames, string list) =>
        Array.IndexOf(listNames, list) is >= 0 and var i ? i : throw new ArgumentException($"unknown list '{list}'", nameof(list));

    /// <summary>Opens an embedded resource of the PoliticalNlp assembly as text.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a broken package).</exception>
    public static StreamReader OpenEmbedded(string resourceName, string what) =>
        new(typeof(WordListFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded {what} '{resourceName}' are missing from the PoliticalNlp assembly."));

    /// <summary>Reads an embedded text resource of the PoliticalNlp assembly with <paramref name="read"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a broken package).</exception>
    public static T ReadEmbedded<T>(string resourceName, string what, Func<TextReader, T> read)
    {
        using var reader = OpenEmbedded(resourceName, what);
        return read(reader);
    }
}
