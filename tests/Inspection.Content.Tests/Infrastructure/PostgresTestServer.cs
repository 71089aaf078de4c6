namespace Inspection.Content.Tests.Infrastructure;

/// <summary>Where the PostgreSQL store tests find their server, and what happens when there is none.</summary>
internal static class PostgresTestServer
{
    public const string Variable = "INSPECTION_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>On CI a missing server is a failure, so it must never be reported as a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"{Variable} is not set: PostgreSQL store tests need a server (they fail instead of skipping when CI=true)."
        : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, and CI=true: the PostgreSQL store tests must run on CI. Set it to a connection string of a user allowed to create databases.");
}
