namespace Inspection.Readiness.Tests.TestSupport;

/// <summary>Tests sharing one ingested corpus; they run one after another, each on findings of its own.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusTests : ICollectionFixture<IngestedCorpus>
{
    public const string Name = "Ingested corpus";
}
