namespace Inspection.Content.Blobs;

/// <summary>The outcome of storing an original.</summary>
public sealed record BlobWriteResult(string Sha256, long Length, bool AlreadyStored);
