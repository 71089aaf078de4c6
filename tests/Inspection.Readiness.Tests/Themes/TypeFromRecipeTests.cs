using Inspection.Content.Evidence;
using Inspection.Content.Recipes;
using Inspection.Readiness.Tests.Fixtures;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Themes;

/// <summary><c>type:</c> and the request's type read the evidence types of the content definitions: a type a recipe adds is searchable by its names without code.</summary>
public sealed class TypeFromRecipeTests : IAsyncLifetime
{
    private const string PeerReviewRecipe = """
        {
          "name": "peer-review",
          "displayName": "Peer reviews",
          "description": "Adds a kind of evidence.",
          "author": "Tests",
          "website": "",
          "version": "1.0.0",
          "issetuprecipe": false,
          "categories": [],
          "tags": [],
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "PeerReview",
                  "DisplayName": "Peer review",
                  "Settings": {
                    "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true, "Securable": true, "Description": "A sector-led peer review." },
                    "EvidenceTypeSettings": { "PluralName": "Peer reviews", "Aliases": [ "peer challenge" ], "Independent": true, "OwnAccount": false, "PackOrder": 4 }
                  },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                    { "PartName": "EvidencePart", "Name": "EvidencePart", "Settings": {} }
                  ]
                }
              ],
              "ContentParts": []
            }
          ]
        }
        """;

    private ReadinessStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        var index = _store.Services.GetRequiredService<PassageIndex>();
        foreach (var (document, kind, text) in new[]
        {
            ("review-1", "PeerReview", "The peer review team found that supervision was regular and reflective."),
            ("audit-1", "Audit", "The audit found that supervision records were often late."),
        })
        {
            index.UpsertDocument(document, [new IndexedPassage(document + "#0", document, document + "-v1", "Test " + document, kind,
                new DateOnly(2022, 6, 1), "Test Council", Classifications.Official, [], "test.txt", string.Empty, 1, 1, text, false)]);
        }

        index.Commit();
        index.Refresh();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task ATypeAddedByRecipeIsFoundByItsNameAliasAndPluralInQueriesAndRequests()
    {
        var before = await SearchAsync(new SearchRequest { Query = "supervision type:peer-challenge", AllowedClassifications = Classifications.All });
        Assert.Contains("Unknown type \"peer-challenge\"", before.Message, StringComparison.Ordinal);
        Assert.Equal(2, before.Total);

        var recipe = _store.WriteFile("peer-review.recipe.json", PeerReviewRecipe);
        await _store.InScopeAsync(async sp => await sp.GetRequiredService<RecipeImporter>().ImportFilesAsync([recipe], null, CancellationToken.None));

        foreach (var request in new[]
        {
            new SearchRequest { Query = "supervision type:peer-challenge", AllowedClassifications = Classifications.All },
            new SearchRequest { Query = "supervision type:PeerReview", AllowedClassifications = Classifications.All },
            new SearchRequest { Query = "supervision", Type = "Peer reviews", AllowedClassifications = Classifications.All },
        })
        {
            var found = await SearchAsync(request);
            Assert.DoesNotContain("Unknown type", found.Message ?? string.Empty, StringComparison.Ordinal);
            Assert.Equal("review-1", Assert.Single(found.Hits).DocumentId);
        }
    }

    private Task<SearchResults> SearchAsync(SearchRequest request) =>
        _store.InScopeAsync(sp => sp.GetRequiredService<IThemeEvidence>().SearchAsync(request, CancellationToken.None));
}
