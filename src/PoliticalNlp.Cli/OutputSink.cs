using System.Text.Json;
using PoliticalNlp.Serialization;

namespace PoliticalNlp.Cli;

/// <summary>
/// The output file or standard output. A write that fails (missing folder, full device, closed pipe) becomes an
/// <see cref="OutputException"/> naming the destination, so the run ends with a clear message instead of a stack trace.
/// </summary>
internal sealed class OutputSink : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly string _name;
    private bool _broken;

    private OutputSink(Stream stream, bool ownsStream, string name)
    {
        _stream = new BufferedStream(stream, 64 * 1024);
        _ownsStream = ownsStream;
        _name = name;
    }

    public static OutputSink ForStandardOutput(Stream stdout) => new(stdout, ownsStream: false, "standard output");

    /// <exception cref="OutputException">The file cannot be created.</exception>
    public static OutputSink ForFile(string path)
    {
        try
        {
            return new OutputSink(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1), ownsStream: true, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write {path}: {Reason(e)}", e);
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_broken) return;
        try
        {
            _stream.Write(bytes);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Broken(e);
        }
    }

    /// <summary>Serialises <paramref name="doc"/> straight into the output, exactly as <see cref="AnalyzedDocument.ToJson"/> would.</summary>
    public void WriteJson(AnalyzedDocument doc)
    {
        if (_broken) return;
        try
        {
            // The writer takes its escaping from its own options, not the serialiser's: the same relaxed encoder as ToJson.
            using var writer = new Utf8JsonWriter(new StreamBufferWriter(_stream), new JsonWriterOptions { Encoder = DocumentJson.Context.Options.Encoder });
            doc.WriteJson(writer);
            writer.Flush();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Broken(e);
        }
    }

    /// <summary>Writes text (UTF-8) through a writer that <paramref name="write"/> fills.</summary>
    public void WriteText(Action<TextWriter> write)
    {
        if (_broken) return;
        try
        {
            using var writer = new StreamWriter(_stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            write(writer);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Broken(e);
        }
    }

    public void Flush()
    {
        if (_broken) return;
        try
        {
            _stream.Flush();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Broken(e);
        }
    }

    private static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or NotSupportedException;

    private OutputException Broken(Exception e)
    {
        _broken = true;
        return new OutputException($"cannot write to {_name}: {Reason(e)}", e);
    }

    private static string Reason(Exception e) => e switch
    {
        DirectoryNotFoundException => "the folder does not exist",
        _ => e.Message,
    };

    /// <summary>Flushes what is left (quietly when the output already failed) and closes a file output.</summary>
    public void Dispose()
    {
        try
        {
            if (!_broken) _stream.Flush();
        }
        catch (IOException)
        {
            // Already reported when the write that failed threw.
        }
        finally
        {
            if (_ownsStream)
            {
                try
                {
                    _stream.Dispose();
                }
                catch (IOException)
                {
                    // Closing a file on a full device fails again; the failure has been reported.
                }
            }
        }
    }
}
