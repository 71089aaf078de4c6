using System.Security.Cryptography;
using Inspection.Content.Blobs;
using Inspection.Content.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Tests.Blobs;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "inspection-blob-tests", Guid.NewGuid().ToString("N"));
    private readonly FileSystemBlobStore _store;

    public FileSystemBlobStoreTests()
    {
        _store = new FileSystemBlobStore(
            Options.Create(new StoreOptions { DataDirectory = _dataDirectory }),
            NullLogger<FileSystemBlobStore>.Instance);
    }

    [Fact]
    public async Task TheSameBytesAreStoredOnceAtTheirContentAddress()
    {
        var bytes = RandomBytes(300_000);
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await _store.PutAsync(new MemoryStream(bytes), CancellationToken.None);
        var second = await _store.PutAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(new BlobWriteResult(expectedHash, bytes.Length, AlreadyStored: false), first);
        Assert.Equal(new BlobWriteResult(expectedHash, bytes.Length, AlreadyStored: true), second);
        var path = Path.Combine(_dataDirectory, "blobs", expectedHash[..2], expectedHash[2..4], expectedHash);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Single(BlobFiles());
        Assert.Empty(Directory.EnumerateFiles(_store.TempDirectory));
    }

    [Fact]
    public async Task OpenReadsBackTheOriginalAndUnknownOrMalformedHashesAreAbsent()
    {
        var bytes = RandomBytes(5000);
        var stored = await _store.PutAsync(new MemoryStream(bytes), CancellationToken.None);

        await using (var stream = _store.Open(stored.Sha256.ToUpperInvariant()))
        {
            Assert.NotNull(stream);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.True(_store.Exists(stored.Sha256));
        Assert.False(_store.Exists(new string('0', 64)));
        Assert.Null(_store.Open(new string('0', 64)));
        Assert.Null(_store.Open("../../inspection.db"));
        Assert.False(_store.Exists(stored.Sha256[..63]));
    }

    [Fact]
    public async Task AFailedWriteLeavesNoTempFileAndNoBlob()
    {
        var failing = new FailingStream(RandomBytes(200_000), failAfter: 100_000);

        await Assert.ThrowsAsync<IOException>(() => _store.PutAsync(failing, CancellationToken.None));

        Assert.Empty(BlobFiles());
        Assert.Empty(Directory.EnumerateFiles(_store.TempDirectory));
    }

    [Fact]
    public async Task ACancelledWriteLeavesNoTempFile()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.PutAsync(new MemoryStream(RandomBytes(1000)), cancellation.Token));

        Assert.Empty(BlobFiles());
        Assert.Empty(Directory.EnumerateFiles(_store.TempDirectory));
    }

    [Fact]
    public async Task ConcurrentPutsOfTheSameContentStoreOneFile()
    {
        var bytes = RandomBytes(2_000_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => _store.PutAsync(new MemoryStream(bytes), CancellationToken.None))));

        Assert.Single(results.Select(r => r.Sha256).Distinct(StringComparer.Ordinal));
        Assert.Single(results, r => !r.AlreadyStored);
        var file = Assert.Single(BlobFiles());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
        Assert.Empty(Directory.EnumerateFiles(_store.TempDirectory));
    }

    [Fact]
    public async Task AnEmptyStreamIsAValidBlob()
    {
        var result = await _store.PutAsync(new MemoryStream(), CancellationToken.None);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", result.Sha256);
        Assert.Equal(0, result.Length);
        Assert.True(_store.Exists(result.Sha256));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private List<string> BlobFiles() =>
        Directory.Exists(Path.Combine(_dataDirectory, "blobs"))
            ? [.. Directory.EnumerateFiles(Path.Combine(_dataDirectory, "blobs"), "*", SearchOption.AllDirectories)
                .Where(f => !f.StartsWith(_store.TempDirectory, StringComparison.Ordinal))]
            : [];

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    /// <summary>An upload whose connection drops part-way.</summary>
    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= failAfter
                ? throw new IOException("The connection was reset.")
                : base.ReadAsync(buffer, cancellationToken);
    }
}
