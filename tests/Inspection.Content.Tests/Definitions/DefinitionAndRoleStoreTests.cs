using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Definitions;

public sealed class DefinitionAndRoleStoreTests
{
    [Theory]
    [InlineData("QualityLead", "Quality lead")]
    [InlineData("SeniorLeader", "Senior leader")]
    [InlineData("Viewer", "Viewer")]
    [InlineData("SENDLead", "SEND lead")]
    [InlineData("HeadOfQA", "Head of QA")]
    [InlineData("", "")]
    public void ARoleNameReadsAsWordsInSentenceCase(string name, string label) =>
        Assert.Equal(label, RoleDefinition.Label(name));

    private const string AuditType =
        """{"Name":"Audit","DisplayName":"Audit","Settings":{"ContentTypeSettings":{"Creatable":true,"Listable":true,"Draftable":true,"Versionable":true}},"ContentTypePartDefinitionRecords":[{"PartName":"Audit","Name":"Audit","Settings":{}},{"PartName":"TitlePart","Name":"TitlePart","Settings":{"ContentTypePartSettings":{"Position":"0"}}},{"PartName":"EvidencePart","Name":"EvidencePart","Settings":{}}]}""";

    [Theory, SqliteData, PostgresData]
    public async Task TypesAndPartsKeepTheirImportedJsonAndSavingByNameReplaces(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        await harness.InScopeAsync(async sp =>
        {
            await Definitions(sp).SaveTypeAsync(new ContentTypeDefinition("Audit", "Audit", (JsonObject)JsonNode.Parse(AuditType)!), CancellationToken.None);
            await Definitions(sp).SaveTypeAsync(new ContentTypeDefinition("Minutes", "Minutes", new JsonObject { ["Name"] = "Minutes" }), CancellationToken.None);
            await Definitions(sp).SaveTypeAsync(new ContentTypeDefinition("Minutes", "Meeting minutes", new JsonObject { ["Name"] = "Minutes", ["DisplayName"] = "Meeting minutes" }), CancellationToken.None);
            await Definitions(sp).SavePartAsync(new ContentPartDefinition("EvidencePart", new JsonObject { ["Name"] = "EvidencePart", ["ContentPartFieldDefinitionRecords"] = new JsonArray() }), CancellationToken.None);
        });

        await harness.InScopeAsync(async sp =>
        {
            var types = await Definitions(sp).ListTypesAsync(CancellationToken.None);
            Assert.Equal(["Audit", "Minutes"], types.Select(t => t.Name));
            Assert.Equal("Meeting minutes", types[1].DisplayName);
            var audit = await Definitions(sp).GetTypeAsync("Audit", CancellationToken.None);
            Assert.Equal(AuditType, audit!.Json.ToJsonString());
            Assert.Null(await Definitions(sp).GetTypeAsync("audit", CancellationToken.None));
            var part = Assert.Single(await Definitions(sp).ListPartsAsync(CancellationToken.None));
            Assert.Equal("""{"Name":"EvidencePart","ContentPartFieldDefinitionRecords":[]}""", part.Json.ToJsonString());
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task RolesAreStoredByNameWithTheirPermissions(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        await harness.InScopeAsync(async sp =>
        {
            await Roles(sp).SaveAsync(new RoleDefinition("Viewer", "Reads official evidence", ["ViewEvidence"]), CancellationToken.None);
            await Roles(sp).SaveAsync(new RoleDefinition("QualityLead", "Reviews audits", ["ViewEvidence"]), CancellationToken.None);
            await Roles(sp).SaveAsync(new RoleDefinition("QualityLead", "Reviews audits and sensitive evidence", ["ViewEvidence", "ViewSensitiveEvidence"]), CancellationToken.None);
        });

        var roles = await harness.InScopeAsync(sp => Roles(sp).ListAsync(CancellationToken.None));

        Assert.Equal(["QualityLead", "Viewer"], roles.Select(r => r.Name));
        Assert.Equal("Reviews audits and sensitive evidence", roles[0].Description);
        Assert.Equal(["ViewEvidence", "ViewSensitiveEvidence"], roles[0].Permissions);
    }

    private static IContentDefinitionStore Definitions(IServiceProvider services) => services.GetRequiredService<IContentDefinitionStore>();

    private static IRoleStore Roles(IServiceProvider services) => services.GetRequiredService<IRoleStore>();
}
