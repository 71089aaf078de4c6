using Inspection.Content.Jobs;

namespace Inspection.Application.Jobs;

/// <summary>An upload job as people follow it: who started it, how far it has got and what became of each file (by name only, never a server path).</summary>
public sealed record JobProgress(string Id, string Status, int Total, int Done, DateTime CreatedUtc, string? UploadedBy, IReadOnlyList<JobFile> Files)
{
    public bool Finished => Status is IngestionJobStatuses.Completed or IngestionJobStatuses.Failed;
}
