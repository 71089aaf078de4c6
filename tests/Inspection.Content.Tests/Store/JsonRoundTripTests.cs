using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

public sealed class JsonRoundTripTests
{
    // Parts and fields this code knows nothing about, with the awkward cases: exotic number spellings, non-ASCII text,
    // markup characters, nulls, empty containers and deep nesting.
    private const string UnknownPart =
        """{"Nested":{"Deep":[1,2.50,-3e5,12345678901234567890,true,null,"Café – ‘quoted’ <b>bold</b> & more"],"Empty":{},"None":[]},"Flag":false}""";

    private const string UnknownField = """{"Values":["Leaving care","Pathway plans"],"Weight":0.125}""";

    private const string OrchardItem =
        """{"ContentItemId":"","ContentItemVersionId":"","ContentType":"ImpactStatement","DisplayText":"Impact — care leavers","Latest":false,"Published":false,"ModifiedUtc":null,"PublishedUtc":null,"CreatedUtc":null,"Owner":"admin","Author":"admin","FuturePart":"""
        + UnknownPart
        + ""","EvidencePart":{"Classification":{"Text":"Official"},"RagHistory":"""
        + UnknownField
        + "}}";

    [Fact]
    public void SerializingAnOrchardItemGivesBackTheSameJson()
    {
        var item = ContentItemJson.Deserialize(OrchardItem);

        Assert.Equal(OrchardItem, ContentItemJson.Serialize(item));
        Assert.Equal(["FuturePart", "EvidencePart"], item.Content.Select(p => p.Key));
        Assert.Equal("Impact — care leavers", item.DisplayText);
    }

    [Theory, SqliteData, PostgresData]
    public async Task UnknownPartsAndFieldsRoundTripByteForByte(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var created = await harness.InScopeAsync(sp => Store(sp).CreateAsync(ContentItemJson.Deserialize(OrchardItem), publish: true, CancellationToken.None));
        var updated = await harness.InScopeAsync(async sp =>
        {
            var latest = await Store(sp).GetAsync(created.ContentItemId, VersionOptions.Latest, CancellationToken.None);
            latest!.DisplayText = "Impact — care leavers (revised)";
            return await Store(sp).UpdateAsync(latest, publish: false, CancellationToken.None);
        });

        await harness.InScopeAsync(async sp =>
        {
            foreach (var version in await Store(sp).ListVersionsAsync(created.ContentItemId, CancellationToken.None))
            {
                Assert.Equal(UnknownPart, version.Content["FuturePart"]!.ToJsonString(ContentItemJson.Options));
                Assert.Equal(UnknownField, version.Content["EvidencePart"]!["RagHistory"]!.ToJsonString(ContentItemJson.Options));
            }

            var document = await sp.GetRequiredService<InspectionDbContext>().ContentItems
                .Where(c => c.ContentItemVersionId == updated.ContentItemVersionId)
                .Select(c => c.Document)
                .SingleAsync();
            Assert.Contains("\"FuturePart\":" + UnknownPart, document, StringComparison.Ordinal);
            Assert.Contains("\"RagHistory\":" + UnknownField, document, StringComparison.Ordinal);
            Assert.Equal("Official", await sp.GetRequiredService<InspectionDbContext>().ContentItems
                .Where(c => c.ContentItemVersionId == updated.ContentItemVersionId)
                .Select(c => c.Classification)
                .SingleAsync());
        });
    }

    private static IContentStore Store(IServiceProvider services) => services.GetRequiredService<IContentStore>();
}
