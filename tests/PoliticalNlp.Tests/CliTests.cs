using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PoliticalNlp.Tests;

/// <summary>The real tool, run as a process: exit codes, streams and files as a user sees them.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("politicalnlp-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string SeedPath => Path.Combine(AppContext.BaseDirectory, "samples", "seed.txt");

    private static CliProcess.Result Run(string stdin, params string[] args) => CliProcess.Run(stdin, args);

    private static JsonElement[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

    private static string[] Ids(string output) => Lines(output).Select(l => l.GetProperty("id").ToString()).ToArray();

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text }) + "\n";

    [Fact]
    public void Jsonl_from_stdin_gives_one_object_a_line_in_input_order()
    {
        var input = "{\"id\":\"a\",\"text\":\"Mr Putin said he was pleased.\"}\n\n{\"id\":\"b\",\"text\":\"Nothing here.\"}\n";
        var result = Run(input, "analyze", "--format", "jsonl");
        Assert.Equal(0, result.Code);
        Assert.Equal(["a", "b"], Ids(result.Out));
    }

    [Fact]
    public void Malformed_line_is_reported_with_its_number_and_the_rest_still_written()
    {
        var input = "{\"id\":\"a\",\"text\":\"One.\"}\n{not json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Four.\"}\n";
        var result = Run(input, "analyze");
        Assert.Equal(1, result.Code);
        Assert.Contains("politicalnlp: <stdin> line 2: not valid JSON", result.Err);
        Assert.Contains("politicalnlp: <stdin> line 3: missing string property", result.Err);
        Assert.Equal(["a", "d"], Ids(result.Out));
    }

    [Fact]
    public void A_crashing_line_in_the_middle_of_a_batch_costs_only_that_line()
    {
        // "\ud800" is valid JSON but no valid string: reading it threw InvalidOperationException and ended the run.
        var lines = Enumerable.Range(1, 9).Select(i => Line($"doc{i}", $"Mr Putin said {i} things.")).ToList();
        lines[4] = "{\"id\":\"doc5\",\"text\":\"Bad \\ud800 surrogate.\"}\n";
        var output = Path.Combine(_folder, "out.jsonl");
        var result = Run(string.Concat(lines), "analyze", "-o", output);
        Assert.Equal(1, result.Code);
        Assert.Contains("politicalnlp: <stdin> line 5: ", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Equal(["doc1", "doc2", "doc3", "doc4", "doc6", "doc7", "doc8", "doc9"], Ids(File.ReadAllText(output)));
    }

    [Fact]
    public void An_exception_inside_the_analysis_is_reported_for_its_line_and_the_others_are_written()
    {
        // This text threw IndexOutOfRangeException in the claims stage (issue 12); once fixed the line simply succeeds.
        var input = Line("a", "One.") + Line("b", "According to Putin \"the war is over.\nYes") + Line("c", "Three.");
        var result = Run(input, "analyze", "--format", "json");
        var ids = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToArray();
        if (result.Code == 0)
        {
            Assert.Equal(["a", "b", "c"], ids);
        }
        else
        {
            Assert.Equal(1, result.Code);
            Assert.Contains("politicalnlp: <stdin> line 2: analysis failed: ", result.Err);
            Assert.DoesNotContain("   at ", result.Err);
            Assert.Equal(["a", "c"], ids);
        }
    }

    [Fact]
    public void Byte_order_mark_on_stdin_does_not_cost_line_one()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Line("a", "One.") + Line("b", "Two."))).ToArray();
        var result = CliProcess.Run(input, "analyze");
        Assert.Equal(0, result.Code);
        Assert.Equal(["a", "b"], Ids(result.Out));
    }

    [Fact]
    public void Byte_order_mark_of_a_text_file_is_not_part_of_the_text()
    {
        var path = Path.Combine(_folder, "bom.txt");
        File.WriteAllText(path, "Mr Putin said so.", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var result = Run("", "analyze", path);
        Assert.Equal(0, result.Code);
        Assert.Equal("Mr Putin said so.", Lines(result.Out)[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Invalid_utf8_is_reported_for_its_line_not_replaced()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes(Line("a", "One.")), .. "{\"id\":\"b\",\"text\":\"caf"u8, 0xE9, .. "\"}\n"u8, .. Encoding.UTF8.GetBytes(Line("c", "Three."))];
        var result = CliProcess.Run(input, "analyze");
        Assert.Equal(1, result.Code);
        Assert.Contains("politicalnlp: <stdin> line 2: invalid UTF-8", result.Err);
        Assert.Equal(["a", "c"], Ids(result.Out));
        Assert.DoesNotContain("\uFFFD", result.Out);
    }

    [Fact]
    public void Invalid_utf8_in_a_text_file_is_reported_with_its_line()
    {
        var path = Path.Combine(_folder, "latin1.txt");
        File.WriteAllBytes(path, [.. "First line.\nSecond caf"u8, 0xE9, .. ".\n"u8]);
        var result = Run("", "analyze", path, SeedPath);
        Assert.Equal(1, result.Code);
        Assert.Contains($"politicalnlp: {path} line 2: invalid UTF-8", result.Err);
        Assert.Equal(["seed"], Ids(result.Out));
    }

    [Fact]
    public void Ids_are_kept_as_given()
    {
        var input = "{\"id\":7,\"text\":\"One.\"}\n{\"id\":null,\"text\":\"Two.\"}\n{\"id\":\"7\",\"text\":\"Three.\"}\n{\"text\":\"Four.\"}\n{\"id\":{\"k\":[1, 2]},\"text\":\"Five.\"}\n";
        var result = Run(input, "analyze");
        Assert.Equal(0, result.Code);
        var ids = Lines(result.Out).Select(l => l.GetProperty("id")).ToArray();
        Assert.Equal(JsonValueKind.Number, ids[0].ValueKind);
        Assert.Equal(7, ids[0].GetInt32());
        Assert.Equal(JsonValueKind.Null, ids[1].ValueKind);
        Assert.Equal("7", ids[2].GetString());
        Assert.Equal("line-4", ids[3].GetString());
        Assert.Equal("{\"k\":[1,2]}", ids[4].GetRawText());
    }

    [Fact]
    public void No_text_leaves_the_echoed_text_out_but_keeps_the_spans()
    {
        var result = Run(Line("a", "Mr Putin said he was pleased."), "analyze", "--no-text");
        Assert.Equal(0, result.Code);
        var doc = Lines(result.Out)[0];
        Assert.False(doc.TryGetProperty("text", out _));
        Assert.Equal("Putin", doc.GetProperty("entities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Text_file_is_one_document_named_after_the_file()
    {
        var result = Run("", "analyze", SeedPath, "--format", "json");
        Assert.Equal(0, result.Code);
        var docs = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(1, docs.GetArrayLength());
        Assert.Equal("seed", docs[0].GetProperty("id").GetString());
    }

    [Fact]
    public void A_document_over_a_million_characters_is_streamed_out_exactly_as_ToJson_writes_it()
    {
        var seed = File.ReadAllText(SeedPath);
        var text = string.Concat(Enumerable.Repeat(seed + "\n\n", (1 << 20) / seed.Length + 1));
        var path = Path.Combine(_folder, "long.txt");
        File.WriteAllText(path, text);
        var result = Run("", "analyze", path);
        Assert.Equal(0, result.Code);
        Assert.Equal(new PoliticalTextAnalyzer().Analyze(text, "long").ToJson() + "\n", result.Out);
    }

    [Fact]
    public void Html_format_writes_one_page_for_all_documents()
    {
        var page = Path.Combine(_folder, "seed.html");
        var result = Run(Line("second", "Mr Putin said he was pleased."), "analyze", SeedPath, "-", "--format", "html", "-o", page);
        Assert.Equal(0, result.Code);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Lukashenko", html);
        Assert.Contains("pleased", html);
    }

    [Fact]
    public void Text_format_prints_a_summary()
    {
        var result = Run("", "analyze", SeedPath, "--format", "text");
        Assert.Equal(0, result.Code);
        Assert.Contains("Entities", result.Out);
        Assert.Contains("Claims", result.Out);
    }

    [Fact]
    public void A_directory_stands_for_its_txt_and_jsonl_files()
    {
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "Mr Putin said so.");
        File.WriteAllText(Path.Combine(_folder, "a.jsonl"), Line("x", "One.") + Line("y", "Two."));
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "not an input");
        var result = Run("", "analyze", _folder);
        Assert.Equal(0, result.Code);
        Assert.Equal(["x", "y", "b"], Ids(result.Out));
    }

    [Fact]
    public void Explain_adds_the_trace_to_the_text_report_and_is_refused_with_json()
    {
        var input = Line("a", "The minister denied the reports.");
        var text = Run(input, "analyze", "--format", "text", "--explain");
        Assert.Equal(0, text.Code);
        Assert.Contains("cue 'denied' (Deny)]", text.Out);
        var json = Run(input, "analyze", "--explain");
        Assert.Equal(2, json.Code);
        Assert.Contains("--explain needs --format text", json.Err);
        Assert.Equal("", json.Out);
    }

    [Fact]
    public void A_directory_with_nothing_to_read_is_a_usage_error()
    {
        var result = Run("", "analyze", _folder);
        Assert.Equal(2, result.Code);
        Assert.Contains("no .txt or .jsonl files", result.Err);
    }

    [Fact]
    public void Output_that_is_one_of_the_inputs_is_refused_and_the_input_kept()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, "Mr Putin said so.");
        var result = Run("", "analyze", path, "--output", path);
        Assert.Equal(2, result.Code);
        Assert.Contains("is one of the inputs", result.Err);
        Assert.Equal("Mr Putin said so.", File.ReadAllText(path));
    }

    [Fact]
    public void Output_into_a_missing_folder_is_a_clear_error_without_a_stack_trace()
    {
        var result = Run("", "analyze", SeedPath, "-o", Path.Combine(_folder, "missing", "out.jsonl"));
        Assert.Equal(2, result.Code);
        Assert.StartsWith("politicalnlp: cannot write", result.Err);
        Assert.Contains("folder does not exist", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public void A_full_device_ends_the_run_with_a_clear_error()
    {
        if (!File.Exists("/dev/full")) return; // Linux only; CI runs on Linux
        var result = Run("", "analyze", SeedPath, "-o", "/dev/full");
        Assert.Equal(2, result.Code);
        Assert.Contains("No space left on device", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_closed_pipe_stops_the_run_with_exit_code_2()
    {
        var input = Path.Combine(_folder, "many.jsonl");
        var seed = File.ReadAllText(SeedPath);
        File.WriteAllText(input, string.Concat(Enumerable.Range(0, 400).Select(i => Line($"d{i}", seed))));
        using var process = Process.Start(CliProcess.StartInfo("analyze", input))!;
        var err = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.BaseStream.ReadExactlyAsync(new byte[100]);
        process.StandardOutput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the tool kept going after its reader left");
        Assert.Equal(2, process.ExitCode);
        var error = await err;
        Assert.Contains("cannot write to standard output", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_json_file_is_not_analysed_as_text()
    {
        var path = Path.Combine(_folder, "doc.json");
        File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"One.\"}");
        var result = Run("", "analyze", path);
        Assert.Equal(2, result.Code);
        Assert.Contains(".json file is not an input", result.Err);
    }

    [Fact]
    public void Version_and_help_answer_with_exit_code_0()
    {
        var version = Run("", "--version");
        Assert.Equal(0, version.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
        var help = Run("", "analyze", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("--output", help.Out);
        Assert.Contains("--format", help.Out);
    }

    [Fact]
    public void No_arguments_print_the_usage_on_stderr_with_exit_code_2()
    {
        var result = Run("");
        Assert.Equal(2, result.Code);
        Assert.Contains("analyze", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task No_input_on_a_terminal_prints_the_usage_instead_of_waiting()
    {
        // script(1) gives the tool a terminal for standard input; without it this cannot be shown.
        if (!File.Exists("/usr/bin/script")) return;
        var info = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        foreach (var arg in new[] { "-qec", $"'{dotnet}' '{Path.Combine(AppContext.BaseDirectory, "PoliticalNlp.Cli.dll")}' analyze", "/dev/null" }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the tool waited for input on a terminal");
        Assert.Equal(2, process.ExitCode);
        var text = await output;
        Assert.Contains("no input", text);
        Assert.Contains("--format", text);
    }

    [Fact]
    public void Progress_reports_documents_and_throughput_on_stderr()
    {
        var result = Run(Line("a", "One.") + Line("b", "Two."), "analyze", "--progress");
        Assert.Equal(0, result.Code);
        Assert.Matches(@"politicalnlp: 2 documents, [\d.]+ MB, [\d.]+ MB/s", result.Err);
    }

    [Theory]
    [InlineData("analyze", "--format", "xml")]
    [InlineData("analyze", "--format")]
    [InlineData("analyze", "--frobnicate")]
    [InlineData("frobnicate")]
    [InlineData("analyze", "does-not-exist.txt")]
    public void Bad_arguments_fail_with_a_message_and_exit_code_2(params string[] args)
    {
        var result = Run("", args);
        Assert.Equal(2, result.Code);
        Assert.StartsWith("politicalnlp:", result.Err);
    }
}
