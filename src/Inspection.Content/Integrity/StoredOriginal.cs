namespace Inspection.Content.Integrity;

/// <summary>An original the store records: its SHA-256 and the items (deleted ones included) whose versions name it.</summary>
public sealed record StoredOriginal(string Sha256, IReadOnlyList<string> ContentItemIds);
