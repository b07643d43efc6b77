using System.Buffers;

namespace PoliticalNlp.Cli;

/// <summary>
/// Splits a byte stream into lines without decoding it, so that each line's UTF-8 can be checked (and a bad line
/// reported) on its own. A UTF-8 byte order mark at the start is skipped; "\r\n" and "\n" both end a line.
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _position;
    private int _length;
    private bool _started;
    private bool _ended;

    /// <summary>Reads the next line (without its line ending) into <paramref name="line"/>; false at the end.</summary>
    /// <remarks>The memory is valid until the next call.</remarks>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        _line.Clear();
        while (true)
        {
            if (_position == _length)
            {
                if (_ended || !Fill())
                {
                    _ended = true;
                    line = _line.WrittenMemory;
                    return _line.WrittenCount > 0;
                }
            }
            var available = _buffer.AsSpan(_position, _length - _position);
            int newline = available.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _line.Write(available);
                _position = _length;
                continue;
            }
            _line.Write(available[..newline]);
            _position += newline + 1;
            line = _line.WrittenMemory;
            if (line.Span is [.., (byte)'\r']) line = line[..^1];
            return true;
        }
    }

    private bool Fill()
    {
        _position = 0;
        _length = stream.Read(_buffer);
        if (!_started)
        {
            _started = true;
            // Fill the buffer far enough to see a whole byte order mark even from a pipe that trickles.
            while (_length > 0 && _length < 3)
            {
                int more = stream.Read(_buffer.AsSpan(_length));
                if (more == 0) break;
                _length += more;
            }
            if (_buffer.AsSpan(0, _length).StartsWith(Utf8Text.ByteOrderMark)) _position = Utf8Text.ByteOrderMark.Length;
        }
        return _length > 0;
    }
}
