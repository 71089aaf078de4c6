using System.Reflection;
using Inspection.Content.Store;
using Xunit.Sdk;

namespace Inspection.Content.Tests.Infrastructure;

/// <summary>Adds a SQLite row (a real file in a temp folder) to a store theory.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreProvider.Sqlite]];
}
