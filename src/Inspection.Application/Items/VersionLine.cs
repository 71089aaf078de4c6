namespace Inspection.Application.Items;

/// <summary>One saved version of a document: when, by whom, whether it is the latest and the published one.</summary>
public sealed record VersionLine(string VersionId, int Number, DateTime? SavedUtc, string? Author, bool Latest, bool Published);
