using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Claims.Links;

/// <summary>
/// The claim-word lexicon: word forms with their <see cref="ClaimWord"/> classes, read from the embedded
/// <c>claimwords.tsv</c> and looked up by whole token (case-insensitive), never by substring, without allocating.
/// </summary>
internal sealed class ClaimWords
{
    public const string ResourceName = "PoliticalNlp.Models.claimwords.tsv";

    private static readonly Lazy<ClaimWords> s_embedded = new(() => WordListFile.ReadEmbedded(ResourceName, "claim-word lists", Read));

    private readonly SpanLexicon<ClaimWord> _forms;

    public ClaimWords(IEnumerable<KeyValuePair<string, ClaimWord>> forms)
    {
        _forms = new SpanLexicon<ClaimWord>(forms, ignoreCase: true);
        Count = _forms.Count;
    }

    /// <summary>The lexicon shipped in the package.</summary>
    public static ClaimWords Embedded => s_embedded.Value;

    public int Count { get; }

    /// <summary>The classes of one word; <see cref="ClaimWord.None"/> when it is in none.</summary>
    public ClaimWord Of(ReadOnlySpan<char> word) => _forms.TryGetValue(word, out var classes) ? classes : ClaimWord.None;

    /// <summary>The union of the classes of the tokens of <paramref name="tokens"/> that lie inside [start, end).</summary>
    public ClaimWord In(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var classes = ClaimWord.None;
        foreach (var token in tokens)
        {
            if (token.Start < start) continue;
            if (token.End > end) break;
            classes |= Of(token.AsSpan(text));
        }
        return classes;
    }

    /// <summary>Reads the lexicon's text form: <c>FORM\tCLASS[,CLASS…]</c> lines; <c>#</c> starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A line names no form or an unknown class.</exception>
    public static ClaimWords Read(TextReader reader)
    {
        var forms = new List<KeyValuePair<string, ClaimWord>>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"claim words line {number}: expected FORM<TAB>CLASS, got '{line}'");
            var classes = ClaimWord.None;
            foreach (var name in line[(tab + 1)..].Split(','))
            {
                if (!Enum.TryParse<ClaimWord>(name.Trim(), ignoreCase: false, out var c) || c == ClaimWord.None || !Enum.IsDefined(c))
                    throw new InvalidDataException($"claim words line {number}: unknown class '{name}'");
                classes |= c;
            }
            forms.Add(new(line[..tab], classes));
        }
        return new ClaimWords(forms);
    }

    /// <summary>Writes the text form <see cref="Read"/> reads.</summary>
    public static void Write(TextWriter writer, IEnumerable<KeyValuePair<string, ClaimWord>> forms)
    {
        foreach (var (form, classes) in forms) writer.Write($"{form}\t{classes.ToString().Replace(", ", ",", StringComparison.Ordinal)}\n");
    }
}
