using Inspection.Content.Evidence;
using Inspection.Search.Query;

namespace Inspection.Search.Tests.Matching;

public sealed class OrganisationNameTests : IDisposable
{
    private readonly WrittenIndex _index = new WrittenIndex()
        .Add("medway-answer", "The number of children in our care stands at 437, as of January 2022.", organisation: "Medway Council")
        .Add("medway-repeats", "Medway's report to Medway Council's cabinet, written for Medway residents and Medway partners, covers transport, housing, libraries, parks, waste collection and the care of children in Medway.", organisation: "Medway Council")
        .Add("thurrock", "Thurrock has 300 children in care.", organisation: "Thurrock Council")
        .Add("once", "The council tax exemption for foster carers started in April 2021 after a long consultation with carers and their families.", organisation: "Medway Council")
        .Add("often", "Council tax: the council agreed that the council tax exemption covers every council foster carer.", organisation: "Thurrock Council")
        .Add("kent", "County lines exploitation is mapped with the police.", organisation: "Kent County Council")
        .Add("essex", "Return home interviews are offered within 72 hours.", organisation: "Essex County Council")
        .Commit();

    [Fact]
    public void ANamedOrganisationCountsTheSameForEachOfItsPassagesSoTheAnswerIsNotOutrankedByRepeatsOfTheName()
    {
        var results = _index.Search("how many children are in Medway's care");

        Assert.Equal(["medway-answer", "medway-repeats"], results.Hits.Take(2).Select(h => h.DocumentId));
        // Still one of the words: another organisation's passage is at most a partial match, after both of Medway's.
        Assert.Contains("thurrock", results.Hits.Skip(2).Select(h => h.DocumentId));
    }

    [Fact]
    public void AWordInEveryOrganisationsNameIsScoredAsAnyOtherWord() =>
        Assert.Equal("often", _index.Search("council tax exemption").Hits[0].DocumentId);

    [Fact]
    public void OnlyTheFirstWordOfAnOrganisationsNameNamesIt()
    {
        string Compiled(string query) => _index.Index.Read(searcher =>
            new QueryCompiler(_index.Analyzer, _index.Glossary.Current, searcher.IndexReader).Compile(SearchQueryParser.Parse(query), Classifications.All).Query.ToString());

        // "Kent" names an organisation: one constant clause. "County" opens no organisation's name: a word ("county lines").
        Assert.Matches(@"ConstantScore\([^)]*organisationText:kent", Compiled("Kent exploitation"));
        Assert.DoesNotMatch(@"ConstantScore\([^)]*county", Compiled("county lines"));
        Assert.Contains("organisationText:county", Compiled("county lines"), StringComparison.Ordinal);
    }

    public void Dispose() => _index.Dispose();
}
