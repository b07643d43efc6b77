namespace PoliticalNlp.Tests.Api;

public class AnalyzeManyTests
{
    private static readonly PoliticalTextAnalyzer Analyzer = new();

    private static string Text(int i) => $"Document {i}: Angela Merkel said Germany would send {i} trucks to Poland.";

    [Fact]
    public void Results_come_in_input_order_and_equal_one_by_one_analysis()
    {
        var texts = Enumerable.Range(0, 60).Select(Text).ToList();
        var many = Analyzer.AnalyzeMany(texts).ToList();
        Assert.Equal(texts.Count, many.Count);
        for (int i = 0; i < texts.Count; i++) Assert.Equal(Analyzer.Analyze(texts[i]), many[i]);
    }

    [Fact]
    public void Ids_and_indexes_are_kept()
    {
        var inputs = Enumerable.Range(0, 20).Select(i => new BatchInput($"id-{i}", Text(i)));
        var results = Analyzer.AnalyzeMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 3 }).ToList();
        Assert.Equal(Enumerable.Range(0, 20), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Equal($"id-{r.Index}", r.Id));
        Assert.All(results, r => Assert.Equal(r.Id, r.Document!.Id));
    }

    [Fact]
    public void Parallelism_is_bounded_and_used()
    {
        // The input is read lazily: how far ahead of the consumer it is read bounds the memory a batch holds.
        int read = 0, maxAhead = 0, consumed = 0;
        IEnumerable<BatchInput> Inputs()
        {
            for (int i = 0; i < 200; i++)
            {
                read++;
                maxAhead = Math.Max(maxAhead, read - consumed);
                yield return new BatchInput(null, Text(i));
            }
        }
        foreach (var _ in Analyzer.AnalyzeMany(Inputs(), new BatchOptions { MaxDegreeOfParallelism = 2 })) consumed++;
        Assert.Equal(200, consumed);
        Assert.InRange(maxAhead, 2, 2 * 4 + 1);
    }

    [Fact]
    public void Without_isolation_a_failure_ends_the_batch_after_the_documents_before_it()
    {
        var inputs = new[] { new BatchInput("a", Text(1)), new BatchInput("b", null!), new BatchInput("c", Text(3)) };
        var seen = new List<string?>();
        Assert.Throws<ArgumentNullException>(() =>
        {
            foreach (var r in Analyzer.AnalyzeMany(inputs)) seen.Add(r.Id);
        });
        Assert.Equal(["a"], seen);
    }

    [Fact]
    public void With_isolation_a_failing_document_is_reported_and_the_others_analysed()
    {
        var inputs = new[] { new BatchInput("a", Text(1)), new BatchInput("b", null!), new BatchInput("c", Text(3)) };
        var results = Analyzer.AnalyzeMany(inputs, new BatchOptions { IsolateFailures = true }).ToList();
        Assert.Equal(["a", "b", "c"], results.Select(r => r.Id));
        Assert.NotNull(results[0].Document);
        Assert.Null(results[1].Document);
        Assert.IsType<ArgumentNullException>(results[1].Error);
        Assert.NotNull(results[2].Document);
        Assert.Null(results[2].Error);
    }

    [Fact]
    public void Cancellation_stops_the_batch()
    {
        using var cts = new CancellationTokenSource();
        int produced = 0;
        IEnumerable<string> Endless()
        {
            for (int i = 0; ; i++)
            {
                produced++;
                yield return Text(i);
            }
        }
        int consumed = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Analyzer.AnalyzeMany(Endless(), cts.Token))
                if (++consumed == 10) cts.Cancel();
        });
        Assert.Equal(10, consumed);
        Assert.True(produced < 10 + 4 * Environment.ProcessorCount + 2, $"read {produced} inputs after cancelling at 10");
    }

    [Fact]
    public void A_cancelled_token_is_not_isolated_as_a_document_failure()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Analyzer.AnalyzeMany([new BatchInput("a", Text(1))], new BatchOptions { IsolateFailures = true }, cts.Token).ToList());
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeMany((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeMany((IEnumerable<BatchInput>)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = 0 });
        Assert.Empty(Analyzer.AnalyzeMany(Array.Empty<string>()));
    }
}
