using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Inspection.Content.Archive;

/// <summary>Writes the files of an export and notes each one's SHA-256 and size for the manifest.</summary>
internal sealed class ArchiveFolder(string root)
{
    private const int BufferSize = 81920;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<ArchiveFileEntry> _entries = [];

    public string Root => root;

    /// <summary>The files written so far, by path (ordinal), as the manifest lists them.</summary>
    public IReadOnlyList<ArchiveFileEntry> Entries => [.. _entries.OrderBy(e => e.Path, StringComparer.Ordinal)];

    public string FullPath(string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public async Task WriteTextAsync(string relativePath, string text, CancellationToken cancellationToken)
    {
        var bytes = Utf8.GetBytes(text);
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        _entries.Add(new ArchiveFileEntry(relativePath, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length));
    }

    /// <summary>Copies a stream into the folder, hashing it on the way; returns the SHA-256 of what was written.</summary>
    public async Task<ArchiveFileEntry> CopyAsync(string relativePath, Stream source, CancellationToken cancellationToken)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long length = 0;
        try
        {
            var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (target.ConfigureAwait(false))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    length += read;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var entry = new ArchiveFileEntry(relativePath, Convert.ToHexStringLower(hash.GetHashAndReset()), length);
        _entries.Add(entry);
        return entry;
    }

    /// <summary>The SHA-256 and size of a file, read in full.</summary>
    public static async Task<(string Sha256, long Bytes)> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return (Convert.ToHexStringLower(hash), stream.Length);
        }
    }
}
