namespace Inspection.Bench.Search;

/// <summary>
/// One query of the mix, as a person types it for our search and as the equivalent PostgreSQL full-text query:
/// the tsquery function and its text, plus the same filters as WHERE clauses.
/// </summary>
internal sealed record BenchQuery(string Category, string Ours, string PgFunction, string PgText, string? Kind = null, DateOnly? After = null);
