using FsCheck.Xunit;

namespace PoliticalNlp.FuzzTests;

/// <summary>FsCheck properties over generated news-like texts (<see cref="NewsTextArbitrary"/>).</summary>
public class PropertyTests
{
    private const int Tests = 150;

    [Property(MaxTest = Tests, Arbitrary = [typeof(NewsTextArbitrary)], QuietOnSuccess = true)]
    public bool Any_text_is_analysed_without_an_exception_and_keeps_every_invariant(NewsText text)
    {
        var failure = FuzzTarget.Run(text.Value, checkDeterminism: false);
        return failure is null || failure.Tolerated;
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(NewsTextArbitrary)], QuietOnSuccess = true)]
    public bool The_same_text_gives_the_same_json_on_another_thread(NewsText text)
    {
        string first, second;
        try
        {
            first = FuzzTarget.Analyzer.Analyze(text.Value).ToJson();
        }
        catch (Exception)
        {
            return true; // a crash is the first property's to report
        }
        second = Task.Factory.StartNew(() => FuzzTarget.Analyzer.Analyze(text.Value).ToJson(), TaskCreationOptions.LongRunning).GetAwaiter().GetResult();
        return first == second;
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(NewsTextArbitrary)], QuietOnSuccess = true)]
    public bool Text_before_a_document_shifts_its_tokens_and_nothing_else(NewsText text)
    {
        // Two line breaks end any sentence, so what follows them is tokenized exactly as on its own.
        const string Prefix = "Opening words.\n\n";
        var alone = FuzzTarget.WithoutClaims.Analyze(text.Value);
        var shifted = FuzzTarget.WithoutClaims.Analyze(Prefix + text.Value);
        var tail = shifted.Tokens.Where(t => t.Start >= Prefix.Length).Select(t => (t.Start - Prefix.Length, t.Length, t.Kind));
        return tail.SequenceEqual(alone.Tokens.Select(t => (t.Start, t.Length, t.Kind)));
    }
}
