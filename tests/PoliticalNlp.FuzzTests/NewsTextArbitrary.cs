using FsCheck;
using FsCheck.Fluent;

namespace PoliticalNlp.FuzzTests;

/// <summary>A generated text: words of the sample articles mixed with the punctuation and phrases the pipeline reacts to.</summary>
public sealed record NewsText(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => FuzzFailure.Literal(Value);
}

/// <summary>FsCheck generators for <see cref="NewsText"/>.</summary>
public static class NewsTextArbitrary
{
    private static readonly string[] s_words = SampleTexts.All
        .SelectMany(t => t.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] s_specials =
    [
        " ", " ", " ", "\n", "\n\n", ".", ". ", ",", "\"", "\u201C", "\u201D", "'s", "\u2019", "(", ")", "?", "!", ":", ";",
        "said", "according to", "told", "denied", "Mr", "Putin", "Lukashenko", "Moscow", "the", "and", "\uD800", "\uDC00", "\uFEFF", "\t",
    ];

    /// <summary>Texts of up to a few hundred pieces, shrinking by dropping pieces.</summary>
    public static Arbitrary<NewsText> NewsTexts()
    {
        var piece = Gen.Frequency((3, Gen.Elements(s_words)), (2, Gen.Elements(s_specials)));
        var pieces = Gen.Sized(size => Gen.Choose(0, size * 4).SelectMany(n => Gen.ArrayOf(piece, n)));
        return Arb.From(
            pieces.Select(p => new NewsText(string.Join(" ", p))),
            text => Shrink(text.Value).Select(s => new NewsText(s)));
    }

    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0) yield break;
        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        for (int step = Math.Max(1, text.Length / 8), i = 0; i + step <= text.Length; i += step) yield return text.Remove(i, step);
    }
}
