namespace Inspection.Relevance.Tests;

[CollectionDefinition(Name)]
public sealed class HarnessGroup : ICollectionFixture<HarnessFixture>
{
    public const string Name = "Relevance harness";
}
