namespace Inspection.Application.Jobs;

/// <summary>One upload in the list of recent uploads: when, by whom, how far it got.</summary>
public sealed record JobSummary(string Id, DateTime CreatedUtc, string? UploadedBy, string Status, int Done, int Total);
