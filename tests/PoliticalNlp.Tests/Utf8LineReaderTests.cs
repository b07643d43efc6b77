using System.Text;
using PoliticalNlp.Cli;

namespace PoliticalNlp.Tests;

public class Utf8LineReaderTests
{
    /// <summary>A pipe that hands over one byte a read.</summary>
    private sealed class TricklingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }

    private static List<string> Lines(Stream stream)
    {
        var reader = new Utf8LineReader(stream);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line)) lines.Add(Encoding.UTF8.GetString(line.Span));
        return lines;
    }

    [Fact]
    public void A_byte_order_mark_trickling_in_one_byte_at_a_time_is_still_skipped()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "first\r\nsecond\n\nlast"u8];
        Assert.Equal(["first", "second", "", "last"], Lines(new TricklingStream(input)));
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_comes_back_whole()
    {
        var line = new string('x', 200_000);
        Assert.Equal([line, "y"], Lines(new MemoryStream(Encoding.UTF8.GetBytes(line + "\ny\n"))));
    }

    [Fact]
    public void Invalid_utf8_is_located_not_replaced()
    {
        Assert.Equal(-1, Utf8Text.FirstInvalidByte("caf\u00E9 \uD83D\uDE00"u8));
        Assert.Equal(3, Utf8Text.FirstInvalidByte([(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'!']));
        Assert.Null(Utf8Text.TryDecode([0xFF], out int at));
        Assert.Equal(0, at);
    }
}
