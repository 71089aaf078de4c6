namespace Inspection.Content.Blobs;

/// <summary>Content-addressed originals: SHA-256 named, written to a temp file, flushed, then renamed; the same bytes are stored once.</summary>
public interface IBlobStore
{
    /// <summary>Stores the stream and returns its hash; <see cref="BlobWriteResult.AlreadyStored"/> tells a repeat.</summary>
    Task<BlobWriteResult> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored original, or null when the hash is unknown.</summary>
    Stream? Open(string sha256);

    bool Exists(string sha256);

    /// <summary>Removes a stored original for good (when nothing in the store names it any more); false when it was not there.</summary>
    bool Delete(string sha256);
}
