using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests.Canary;

/// <summary>The canary store on the embedded default: a SQLite file and a local index in a temp folder.</summary>
public sealed class SqliteCanaryStore : CanaryStore
{
    protected override Task<InspectionWebFactory> CreateFactoryAsync() => Task.FromResult(new InspectionWebFactory());
}
