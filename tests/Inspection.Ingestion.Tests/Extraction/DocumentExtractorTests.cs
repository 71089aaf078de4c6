using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Extraction;

public sealed class DocumentExtractorTests
{
    [Fact]
    public void OversizedFileIsRejectedBeforeParsing()
    {
        using var temp = new TempFolder();
        var path = temp.Write("huge.pdf", new byte[3 * 1024 * 1024 / 2]);

        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path, new IngestionOptions { MaxFileBytes = 1024 * 1024 }));

        Assert.Equal("huge.pdf: the file is 1.5 MB; the limit is 1 MB", error.Message);
    }

    [Fact]
    public void OversizedUploadStreamIsRejectedWhileReading()
    {
        var extractor = Extractors.Create(new IngestionOptions { MaxFileBytes = 100_000 });
        using var upload = new NonSeekableStream(new MemoryStream(new byte[300_000]));

        var error = Assert.Throws<IngestionException>(() => extractor.Extract("upload.pdf", upload, CancellationToken.None));

        Assert.StartsWith("upload.pdf: the file is ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the limit is 97.7 KB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlowExtractionIsStoppedAtTheTimeLimit()
    {
        var extractor = Extractors.Create(new IngestionOptions { DocumentTimeoutSeconds = 1 });
        // A stall well past the limit: a loaded machine can run the timer late by a fraction of a second.
        using var stream = new SlowStream(File.ReadAllBytes(Corpus.Real(Corpus.Thurrock)), TimeSpan.FromSeconds(3));

        var error = Assert.Throws<IngestionException>(() => extractor.Extract("slow.pdf", stream, CancellationToken.None));

        Assert.Equal("slow.pdf: extraction took longer than 1 s", error.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public void CallerCancellationIsNotReportedAsATimeout()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Extractors.Create().Extract(Corpus.Real(Corpus.SendRevisit), cancelled.Token));
    }

    [Fact]
    public void MissingFileIsReported()
    {
        var error = Assert.Throws<IngestionException>(() => Extractors.Extract("/nonexistent/folder/minutes.pdf"));

        Assert.Equal("minutes.pdf: the file does not exist", error.Message);
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

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

    // Stands in for a pathological file: once the parser reads past the format sniffing window it stalls beyond the limit.
    private sealed class SlowStream(byte[] content, TimeSpan stall) : MemoryStream(content, writable: false)
    {
        private bool _stalled;

        public override int Read(byte[] buffer, int offset, int count)
        {
            Stall();
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            Stall();
            return base.Read(buffer);
        }

        public override int ReadByte()
        {
            Stall();
            return base.ReadByte();
        }

        private void Stall()
        {
            if (!_stalled && Position > 64 * 1024)
            {
                _stalled = true;
                Thread.Sleep(stall);
            }
        }
    }
}
