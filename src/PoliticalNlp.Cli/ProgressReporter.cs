using System.Diagnostics;
using System.Globalization;

namespace PoliticalNlp.Cli;

/// <summary>
/// The progress line on standard error: documents, megabytes read, MB/s and, when the input size is known, the time
/// left. On a terminal it redraws one line a few times a second; otherwise it writes a line every few seconds.
/// </summary>
internal sealed class ProgressReporter(TextWriter error, bool terminal, long? totalBytes)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;
    private bool _lineShown;
    private long _documents;
    private long _bytes;

    public void Add(long bytes)
    {
        _documents++;
        _bytes += bytes;
        var interval = terminal ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        if (_clock.Elapsed - _lastReport < interval) return;
        _lastReport = _clock.Elapsed;
        Write(final: false);
    }

    /// <summary>Clears a redrawn line before another message goes to standard error.</summary>
    public void Interrupt()
    {
        if (!_lineShown || !terminal) return;
        error.Write("\r\u001b[K");
        _lineShown = false;
    }

    public void Finish() => Write(final: true);

    private void Write(bool final)
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        double megabytes = _bytes / 1e6;
        var invariant = CultureInfo.InvariantCulture;
        string line = string.Create(invariant, $"politicalnlp: {_documents:N0} documents, {megabytes:N1} MB, {megabytes / seconds:N1} MB/s");
        if (final) line += string.Create(invariant, $", {seconds:N1} s");
        else if (totalBytes is > 0 and var total && _bytes > 0)
            line += string.Create(invariant, $", about {TimeSpan.FromSeconds(Math.Max(0, (total - _bytes) / (_bytes / seconds))):hh\\:mm\\:ss} left");
        if (terminal)
        {
            error.Write($"\r\u001b[K{line}");
            if (final) error.WriteLine();
            _lineShown = !final;
        }
        else
        {
            error.WriteLine(line);
        }
    }
}
