using System.Globalization;
using System.Security.Cryptography;

namespace Inspection.Content.Store;

/// <summary>
/// Writes a file that people open by its name (an export, a briefing): first under a temporary name beside it, renamed
/// over the name only once whole. A write that fails, is cancelled or dies with its process never leaves a half-written
/// file under the name, nor spoils the one already there.
/// </summary>
public static class WholeFile
{
    private const int BufferSize = 81920;

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; the name appears only when it returns.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{full}: the folder {folder} does not exist");
        }

        // Random, so that two writers of one name never share a temporary file; visible, so that one left by a killed
        // process is seen and can be deleted.
        var temp = string.Create(CultureInfo.InvariantCulture, $"{full}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.partial");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (without a byte order mark) to <paramref name="path"/>, whole or not at all.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WriteAsync(path, async (stream, ct) =>
        {
            var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), BufferSize, leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                await writer.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            }
        }, cancellationToken);
    }
}
