using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Inspection.Content.Persistence;

/// <summary>Stores every timestamp as UTC and reads it back marked UTC (SQLite keeps no kind; Npgsql insists on UTC).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
