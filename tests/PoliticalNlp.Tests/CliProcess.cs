using System.Diagnostics;
using System.Text;

namespace PoliticalNlp.Tests;

/// <summary>Runs the real <c>politicalnlp</c> tool (the CLI's build output beside the tests) as a child process.</summary>
internal static class CliProcess
{
    public sealed record Result(int Code, string Out, string Err, byte[] OutBytes);

    private static string ToolDll => Path.Combine(AppContext.BaseDirectory, "PoliticalNlp.Cli.dll");

    /// <summary>The dotnet host that runs the tests (set by <c>dotnet test</c>), else the one on PATH.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ToolDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    public static Result Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    public static Result Run(byte[] stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(output);
        var readErr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool may finish (a usage error) before it reads its input.
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"politicalnlp {string.Join(' ', args)} did not finish");
        }
        copyOut.Wait();
        var bytes = output.ToArray();
        return new Result(process.ExitCode, Encoding.UTF8.GetString(bytes), readErr.Result, bytes);
    }
}
