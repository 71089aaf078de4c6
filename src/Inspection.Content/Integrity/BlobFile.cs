namespace Inspection.Content.Integrity;

/// <summary>A file found under <c>blobs/</c>: its path there ('/' separated), and the hash its place names when it is where a blob belongs.</summary>
public sealed record BlobFile(string RelativePath, string? Sha256, long Bytes, DateTime LastWriteUtc);
