using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PoliticalNlp.FuzzTests;

/// <summary>
/// CPU time of the calling thread (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so that a time budget holds
/// on a shared or niced machine where wall-clock time mostly measures waiting for a core. Elsewhere, wall-clock time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool s_available = OperatingSystem.IsLinux() && Environment.Is64BitProcess && Probe();

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The clock counts this thread's CPU time (otherwise it falls back to wall-clock time).</summary>
    public static bool CountsCpuTime => s_available;

    /// <summary>Times <paramref name="action"/> on the calling thread.</summary>
    public static TimeSpan Measure(Action action)
    {
        if (!s_available)
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed;
        }
        ClockGetTime(ClockThreadCpuTimeId, out var start);
        action();
        ClockGetTime(ClockThreadCpuTimeId, out var end);
        return TimeSpan.FromTicks(((end.Seconds - start.Seconds) * 1_000_000_000 + end.Nanoseconds - start.Nanoseconds) / 100);
    }
}
