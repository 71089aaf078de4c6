namespace Inspection.Application.Jobs;

/// <summary>One file of an upload job: its name, what became of it, the document it made, or why it was refused.</summary>
public sealed record JobFile(string FileName, string Status, string? DocumentId, string? Error);
