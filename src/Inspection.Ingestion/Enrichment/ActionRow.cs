namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// One row of a RAG-rated action plan table (a written statement of action, an improvement plan), as the plan's own columns
/// give it; null where the table has no such column.
/// </summary>
public sealed record ActionRow(string? Reference, string Action, string? Owner, DateOnly? DueDate, string? Rag, string? Progress, int Page);
