namespace Inspection.Content.Archive;

/// <summary>
/// What an export holds: its format, how many of each thing, and every other file with its SHA-256 and size, so that an
/// import can check the folder is whole before it touches the store. It records no time or place of export.
/// </summary>
public sealed record ArchiveManifest(string Format, int Version, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<ArchiveFileEntry> Files);
