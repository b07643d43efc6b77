using System.Text.Json;
using PoliticalNlp.Cli;

namespace PoliticalNlp.Tests;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CommandLine.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Jsonl_from_stdin_gives_one_object_a_line_in_input_order()
    {
        var input = "{\"id\":\"a\",\"text\":\"Mr Putin said he was pleased.\"}\n\n{\"id\":\"b\",\"text\":\"Nothing here.\"}\n";
        var (code, output, _) = Run(input, "analyze", "--format", "jsonl");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a", "b"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void Malformed_line_is_reported_with_its_number_and_the_rest_still_written()
    {
        var input = "{\"id\":\"a\",\"text\":\"One.\"}\n{not json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Four.\"}\n";
        var (code, output, error) = Run(input, "analyze");
        Assert.NotEqual(0, code);
        Assert.Contains("line 2", error);
        Assert.Contains("line 3", error);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["a", "d"], ids);
    }

    [Fact]
    public void Text_file_is_one_document_named_after_the_file()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "seed.txt");
        var (code, output, _) = Run("", "analyze", path, "--format", "json");
        Assert.Equal(0, code);
        var docs = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, docs.GetArrayLength());
        Assert.Equal("seed", docs[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Text_format_prints_a_summary()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "seed.txt");
        var (code, output, _) = Run("", "analyze", path, "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("Entities", output);
        Assert.Contains("Claims", output);
    }

    [Theory]
    [InlineData("analyze", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("analyze", "does-not-exist.txt")]
    public void Bad_arguments_fail_with_a_message(params string[] args)
    {
        var (code, _, error) = Run("", args);
        Assert.Equal(2, code);
        Assert.StartsWith("politicalnlp:", error);
    }
}
