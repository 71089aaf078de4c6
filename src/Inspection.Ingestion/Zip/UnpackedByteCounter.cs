namespace Inspection.Ingestion.Zip;

/// <summary>
/// Reads an unpacking stream and throws the moment more bytes come out than allowed, so a bomb is stopped while it is
/// read, before anything holds what it unpacks to.
/// </summary>
internal sealed class UnpackedByteCounter(Stream inner, long allowed, Func<long, Exception> tooMuch, CancellationToken cancellationToken) : Stream
{
    /// <summary>Bytes this stream has handed out.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Never ask for more than one byte past the allowance: the read that crosses it is the last.
        var room = allowed - BytesRead + 1;
        var read = inner.Read(room < buffer.Length ? buffer[..(int)room] : buffer);
        BytesRead += read;
        if (BytesRead > allowed)
        {
            throw tooMuch(BytesRead);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
