namespace Inspection.Content.Store;

/// <summary>Timestamps as the store keeps them: UTC, whole microseconds (PostgreSQL's precision).</summary>
internal static class StoreTime
{
    public static DateTime Normalize(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        };
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    public static DateTime? Normalize(DateTime? value) => value is { } v ? Normalize(v) : null;
}
