namespace Inspection.Web.Tests.Infrastructure;

/// <summary>A test that needs PostgreSQL: skipped with the reason when no server is configured, but never on CI, where it fails instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "INSPECTION_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        var configured = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!configured && !ci)
        {
            Skip = $"{Variable} is not set: this test needs a PostgreSQL server (on CI it fails instead of skipping).";
        }
    }
}
