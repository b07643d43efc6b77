using System.Diagnostics;

namespace PoliticalNlp.Tests.Rendering;

/// <summary>
/// Runs the system Chromium headless on a page: <c>--dump-dom</c> gives the DOM after the page's scripts ran, and
/// <c>--enable-logging=stderr</c> puts every console message (<c>INFO:CONSOLE</c>) on standard error.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly Lazy<string?> s_path = new(() =>
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
                if (dir.Length > 0 && File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    });

    /// <summary>Why the browser tests cannot run, or null when a Chromium is on the PATH.</summary>
    public static string? MissingReason => s_path.Value is null
        ? "Chromium is not installed (apt-get install -y chromium; .ci/run installs it): the HTML page was NOT checked in a browser"
        : null;

    /// <summary>The DOM after load and the console messages (lines of standard error with <c>CONSOLE</c>).</summary>
    public static (string Dom, IReadOnlyList<string> Console) DumpDom(string htmlPath)
    {
        var (stdout, stderr) = Run("--dump-dom", new Uri(htmlPath).AbsoluteUri);
        var console = stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return (stdout, console);
    }

    private static (string Stdout, string Stderr) Run(params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("politicalnlp-chromium-");
        try
        {
            var start = new ProcessStartInfo(s_path.Value ?? throw new InvalidOperationException(MissingReason))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0",
                         "--window-size=1400,1600", $"--user-data-dir={profile.FullName}" }.Concat(args))
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 90 s.");
            }
            return (stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { } // a crashed browser may still hold a file
        }
    }
}
