using System.Buffers;
using System.Security.Cryptography;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Blobs;

/// <summary>
/// Originals under <c>{DataDirectory}/blobs/ab/cd/&lt;sha256&gt;</c>. Bytes are hashed while copied to a temp file in the
/// blobs folder (same file system, so the rename is atomic), flushed to disk, then renamed: the final path never holds a partial file.
/// </summary>
public sealed class FileSystemBlobStore(IOptions<StoreOptions> options, ILogger<FileSystemBlobStore> logger) : IBlobStore
{
    private const int BufferSize = 81920;

    private readonly string _root = options.Value.BlobDirectory;
    private readonly Lock _publishing = new();

    /// <summary>Where unfinished writes live; anything here is a temp file, never a blob.</summary>
    public string TempDirectory => Path.Combine(_root, ".tmp");

    public async Task<BlobWriteResult> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        OwnerOnly.CreateDirectory(TempDirectory);
        var tempPath = Path.Combine(TempDirectory, ContentIds.New() + ".partial");
        try
        {
            var (sha256, length) = await CopyAndHashAsync(content, tempPath, cancellationToken);
            var finalPath = PathOf(sha256);
            // File.Move's no-overwrite check and rename are two steps on Linux: writers in this process take turns at
            // them, so exactly one reports the blob as new (another process racing us writes the same bytes anyway).
            lock (_publishing)
            {
                if (File.Exists(finalPath))
                {
                    LogMessages.BlobAlreadyStored(logger, sha256);
                    return new BlobWriteResult(sha256, length, AlreadyStored: true);
                }

                OwnerOnly.CreateDirectory(Path.GetDirectoryName(finalPath)!);
                try
                {
                    File.Move(tempPath, finalPath, overwrite: false);
                }
                catch (IOException) when (File.Exists(finalPath))
                {
                    // Another process stored the same bytes between our check and our rename.
                    LogMessages.BlobAlreadyStored(logger, sha256);
                    return new BlobWriteResult(sha256, length, AlreadyStored: true);
                }
            }

            LogMessages.BlobStored(logger, sha256, length);
            return new BlobWriteResult(sha256, length, AlreadyStored: false);
        }
        finally
        {
            // Gone already after a successful rename; otherwise it is a duplicate or a failed write.
            File.Delete(tempPath);
        }
    }

    public Stream? Open(string sha256)
    {
        var path = TryPathOf(sha256);
        return path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous)
            : null;
    }

    public bool Exists(string sha256) => TryPathOf(sha256) is { } path && File.Exists(path);

    public bool Delete(string sha256)
    {
        if (TryPathOf(sha256) is not { } path || !File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Removes temp files older than <paramref name="age"/>: left by a process that died mid-write.</summary>
    public int DeleteStaleTempFiles(TimeSpan age)
    {
        if (!Directory.Exists(TempDirectory))
        {
            return 0;
        }

        var cutoff = DateTime.UtcNow - age;
        var deleted = 0;
        foreach (var file in new DirectoryInfo(TempDirectory).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                file.Delete();
                deleted++;
            }
        }

        return deleted;
    }

    private static async Task<(string Sha256, long Length)> CopyAndHashAsync(Stream content, string tempPath, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long length = 0;
        try
        {
            var file = new FileStream(tempPath, OwnerOnly.NewFile(BufferSize));
            await using (file)
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    length += read;
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    private string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256[2..4], sha256);

    private string? TryPathOf(string sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return PathOf(sha256.ToLowerInvariant());
    }
}
