namespace Inspection.Search.Tests.Corpus;

[CollectionDefinition(Name)]
public sealed class CorpusGroup : ICollectionFixture<CorpusIndex>
{
    public const string Name = "Corpus index";
}
