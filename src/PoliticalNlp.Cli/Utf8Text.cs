using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PoliticalNlp.Cli;

/// <summary>Strict UTF-8 decoding: invalid bytes are an error with their position, never a silent U+FFFD.</summary>
internal static class Utf8Text
{
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>, or returns null and the offset of the first invalid byte.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        invalidAt = FirstInvalidByte(bytes);
        return invalidAt < 0 ? Encoding.UTF8.GetString(bytes) : null;
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all of it is valid.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        // Decode in chunks only to find where it breaks: this is the rare path.
        Span<char> scratch = stackalloc char[1024];
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData) return offset;
            if (status == OperationStatus.Done) return -1;
        }
        return -1;
    }
}
