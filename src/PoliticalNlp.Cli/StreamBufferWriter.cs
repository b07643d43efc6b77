using System.Buffers;

namespace PoliticalNlp.Cli;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that passes every advanced chunk straight on to a stream, so that a
/// <see cref="System.Text.Json.Utf8JsonWriter"/> over it never holds more than one chunk (or one long string value):
/// a document's JSON is not built in memory first, even where a custom converter keeps the serialiser from flushing.
/// </summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[64 * 1024];

    public void Advance(int count) => stream.Write(_buffer, 0, count);

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > _buffer.Length) _buffer = new byte[sizeHint];
        return _buffer;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
