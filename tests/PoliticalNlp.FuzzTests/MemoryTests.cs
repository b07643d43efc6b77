namespace PoliticalNlp.FuzzTests;

/// <summary>Allocation per input character of the stages outside the claims stage, on one long document.</summary>
public class MemoryTests
{
    [Fact]
    public void A_two_megabyte_document_allocates_a_bounded_number_of_bytes_per_character()
    {
        // Measured on 20 MB of samples: 10 bytes a character without claims (13 before long documents got a token
        // buffer sized for them). Analysis runs on the calling thread, so the thread's allocation count is exact.
        var text = string.Concat(Enumerable.Repeat(string.Join("\n\n", SampleTexts.All), 80));
        Assert.InRange(text.Length, 1_500_000, 4_000_000);
        FuzzTarget.WithoutClaims.Analyze("Warm up. Mr Putin said so.");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var doc = FuzzTarget.WithoutClaims.Analyze(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(doc.Entities);
        double perCharacter = allocated / (double)text.Length;
        Assert.True(perCharacter < 14, $"{perCharacter:N1} bytes allocated a character");
    }
}
