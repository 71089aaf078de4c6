using Inspection.Content.Jobs;

namespace Inspection.Application.Jobs;

/// <summary>An upload job as people follow it: who started it, how far it has got and what became of each file (by name only, never a server path).</summary>
public sealed record JobProgress(string Id, string Status, int Total, int Done, DateTime CreatedUtc, string? UploadedBy, IReadOnlyList<JobFile> Files)
{
    public bool Finished => Status is IngestionJobStatuses.Completed or IngestionJobStatuses.Failed;

    /// <summary>Why the job's files wait, when its last try stopped on the data folder (a full disk); null otherwise.</summary>
    public JobHold? Held { get; init; }
}
