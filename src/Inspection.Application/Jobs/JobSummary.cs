namespace Inspection.Application.Jobs;

/// <summary>
/// One upload in the list of recent uploads: when, by whom, how far it got, and how it went: how many files were added,
/// were already held or were not added (each refused one is named, with its reason, on the upload's own page).
/// </summary>
public sealed record JobSummary(string Id, DateTime CreatedUtc, string? UploadedBy, string Status, int Done, int Total)
{
    /// <summary>The names of the upload's first files, in the order they were sent.</summary>
    public IReadOnlyList<string> FileNames { get; init; } = [];

    public int Added { get; init; }

    public int AlreadyHeld { get; init; }

    public int NotAdded { get; init; }
}
