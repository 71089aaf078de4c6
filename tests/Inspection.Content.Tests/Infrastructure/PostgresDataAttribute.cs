using System.Reflection;
using Inspection.Content.Store;
using Xunit.Sdk;

namespace Inspection.Content.Tests.Infrastructure;

/// <summary>Adds a PostgreSQL row to a store theory; skipped with the reason when no server is configured (never on CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        // xunit 2 reads Skip from the data attribute when it discovers the rows, so it can be decided here at run time.
        Skip = PostgresTestServer.SkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreProvider.PostgreSQL]];
}
