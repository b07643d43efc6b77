using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Text;

public class InvariantCaseTests
{
    [Fact]
    public void Lower_case_is_the_runtimes_for_every_utf16_code_unit()
    {
        // The tagger's feature hashes and the word lists' keys are built with it: one character folded otherwise would
        // silently change a model's features.
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantCase.ToLower((char)c));
    }

    [Fact]
    public void Curly_quotes_and_accented_capitals_fold_as_the_runtime_folds_them_on_every_call()
    {
        foreach (char c in "“”’—ÉÖŁ")
            for (int i = 0; i < 3; i++) Assert.Equal(char.ToLowerInvariant(c), InvariantCase.ToLower(c));
    }
}
