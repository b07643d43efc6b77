using PoliticalNlp.Cli;

namespace PoliticalNlp.Tests;

public class OrderedPipelineTests
{
    [Fact]
    public void Results_come_back_in_input_order()
    {
        var results = OrderedPipeline.Run(Enumerable.Range(0, 200), i => { Thread.SpinWait((200 - i) * 100); return i * 2; }, 8, _ => 1, 1000).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public async Task One_slow_item_holds_back_a_window_not_the_whole_tail()
    {
        // Finished documents behind a slow one waited in memory until it was done: here the input stops being
        // read once the window is full.
        using var release = new ManualResetEventSlim();
        int read = 0;
        IEnumerable<int> Items()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        var results = OrderedPipeline.Run(Items(), i => { if (i == 0) release.Wait(); return i; }, 8, _ => 1, 1000);
        var first = Task.Factory.StartNew(() => results.First(), TaskCreationOptions.LongRunning);
        await WhenStarted(() => Volatile.Read(ref read) > 0);
        await Task.Delay(300); // time to read on, if it were going to
        Assert.False(first.IsCompleted);
        Assert.InRange(Volatile.Read(ref read), 1, 9);
        release.Set();
        Assert.Equal(0, await first);
    }

    [Fact]
    public async Task The_window_is_bounded_by_size_too()
    {
        using var release = new ManualResetEventSlim();
        int read = 0;
        IEnumerable<int> Items()
        {
            for (int i = 0; i < 100; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        var results = OrderedPipeline.Run(Items(), i => { if (i == 0) release.Wait(); return i; }, 50, _ => 10, 30);
        var first = Task.Factory.StartNew(() => results.First(), TaskCreationOptions.LongRunning);
        await WhenStarted(() => Volatile.Read(ref read) > 0);
        await Task.Delay(300);
        Assert.InRange(Volatile.Read(ref read), 1, 4);
        release.Set();
        Assert.Equal(0, await first);
    }

    /// <summary>Waits (up to 30 s: a busy machine starts threads late) until <paramref name="started"/> holds.</summary>
    private static async Task WhenStarted(Func<bool> started)
    {
        for (int i = 0; i < 3000 && !started(); i++) await Task.Delay(10);
    }
}
