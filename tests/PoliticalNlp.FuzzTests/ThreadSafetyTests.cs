namespace PoliticalNlp.FuzzTests;

/// <summary>One shared analyzer, many threads at once: every document gets the JSON it gets alone.</summary>
public class ThreadSafetyTests
{
    [Fact]
    public void Mutated_documents_analysed_on_four_threads_at_once_match_the_sequential_run()
    {
        var documents = Enumerable.Range(0, 96).Select(i => Mutator.Document(7, i)).ToArray();
        var sequential = documents.Select(JsonOrError).ToArray();
        var parallel = new string[documents.Length];
        Parallel.For(0, documents.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // Each document twice, interleaved with the others: thread-local buffers must not leak between documents.
            int d = i % documents.Length;
            string json = JsonOrError(documents[d]);
            if (i >= documents.Length) Assert.Equal(sequential[d], json);
            else parallel[d] = json;
        });
        Assert.Equal(sequential, parallel);
    }

    private static string JsonOrError(string text)
    {
        try
        {
            return FuzzTarget.Analyzer.Analyze(text).ToJson();
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
