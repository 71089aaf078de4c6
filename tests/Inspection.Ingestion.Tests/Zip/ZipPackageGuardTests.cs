using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;
using Inspection.Ingestion.Zip;

namespace Inspection.Ingestion.Tests.Zip;

public sealed class ZipPackageGuardTests
{
    private const long GiB = 1024L * 1024 * 1024;

    // Like the probe's: a few MB holding a gigabyte of XML; made once, it takes seconds to deflate.
    private static readonly Lazy<byte[]> GigabyteBomb = new(() => ZipBombs.Huge(GiB));

    [Fact]
    public void WordFileHoldingAGigabyteOfXmlIsRejectedNamingTheFileAndTheLimitAndKeepsNothing()
    {
        using var temp = new TempFolder();
        var bomb = GigabyteBomb.Value;
        Assert.True(bomb.Length < 8 * 1024 * 1024, $"the bomb weighs {bomb.Length} bytes");
        var path = temp.Write("bomb.docx", bomb);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path));

        Assert.StartsWith("bomb.docx: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("word/document.xml", error.Reason, StringComparison.Ordinal);
        Assert.Contains("unpacks to more than 256 MB", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:MaxUnpackedBytes", error.Reason, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
        // What the probe saw was a process that grew by 1.3 GB and kept it: nothing of the file stays behind.
        Assert.InRange(GC.GetTotalMemory(forceFullCollection: true) - before, long.MinValue, 32L * 1024 * 1024);
    }

    [Fact]
    public void UnpackingStopsAtTheLimitWhileReading()
    {
        var limits = new ZipLimits(MaxUnpackedBytes: 16L * 1024 * 1024, MaxEntries: 100, MaxCompressionRatio: int.MaxValue, MaxXmlDepth: 256);
        var guard = new ZipPackageGuard(limits);
        using var content = new MemoryStream(GigabyteBomb.Value);

        var error = Assert.Throws<IngestionException>(() => guard.Check("bomb.docx", "the Word file", content, CancellationToken.None));

        Assert.Contains("Ingestion:MaxUnpackedBytes", error.Reason, StringComparison.Ordinal);
        Assert.Contains("16 MB", error.Reason, StringComparison.Ordinal);
        // Bytes unpacked before the rejection: the limit and one more, never the gigabyte the file holds.
        Assert.InRange(guard.BytesUnpacked, limits.MaxUnpackedBytes, limits.MaxUnpackedBytes + 1);
        Assert.Equal(0, content.Position);
    }

    [Fact]
    public void RatioIsJudgedPerPartWhileReading()
    {
        var limits = new ZipLimits(MaxUnpackedBytes: long.MaxValue, MaxEntries: 100, MaxCompressionRatio: 100, MaxXmlDepth: 256);
        var guard = new ZipPackageGuard(limits);
        var bomb = GigabyteBomb.Value;
        using var content = new MemoryStream(bomb);

        var error = Assert.Throws<IngestionException>(() => guard.Check("bomb.docx", "the Word file", content, CancellationToken.None));

        Assert.Contains("Ingestion:MaxCompressionRatio", error.Reason, StringComparison.Ordinal);
        Assert.True(guard.BytesUnpacked <= 100L * bomb.Length + 1, $"unpacked {guard.BytesUnpacked} bytes of a {bomb.Length}-byte file");
    }

    [Fact]
    public void DeeplyNestedWordXmlIsRejectedNamingThePartAndTheLimit()
    {
        using var temp = new TempFolder();
        var path = temp.Write("nested.docx", ZipBombs.Deep(5_000));

        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path));

        Assert.StartsWith("nested.docx: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("word/document.xml", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:MaxXmlDepth", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingWithinTheLimitIsRead()
    {
        using var temp = new TempFolder();
        var path = temp.Write("nested.docx", ZipBombs.Deep(20));

        var document = Extractors.Extract(path);

        Assert.Contains("Deep.", document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void TooManyPartsAreRejected()
    {
        using var temp = new TempFolder();
        var path = temp.Write("parts.docx", ZipBombs.ManyParts(50));

        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path, new IngestionOptions { MaxZipEntries = 20 }));

        Assert.Contains("53 parts", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:MaxZipEntries", error.Reason, StringComparison.Ordinal);
        Assert.Equal("Hello.", Assert.Single(Extractors.Extract(path).Blocks).Text);
    }
}
