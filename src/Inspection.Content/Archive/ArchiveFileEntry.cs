namespace Inspection.Content.Archive;

/// <summary>One file of an export: its path inside the folder ('/' separated), SHA-256 and size in bytes.</summary>
public sealed record ArchiveFileEntry(string Path, string Sha256, long Bytes);
