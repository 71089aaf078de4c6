using System.Text.Json.Nodes;
using Inspection.Content.Evidence;
using Inspection.Content.Recipes;

namespace Inspection.Content.Tests.Recipes;

public sealed class ShippedRecipesTests
{
    private static readonly string[] EvidenceTypes =
    [
        "SelfEvaluation", "Audit", "InspectionLetter", "ImpactStatement", "ActionPlan", "Action",
        "CommitteeReport", "Minutes", "PerformanceData", "Other",
    ];

    [Fact]
    public async Task SetupRecipeDefinesEveryEvidenceTypeWithTitleAndEvidenceParts()
    {
        var step = await DefinitionStepAsync();

        var types = step["ContentTypes"]!.AsArray().Select(t => t!.AsObject()).ToList();

        Assert.Equal(EvidenceTypes.Order(StringComparer.Ordinal), types.Select(t => t["Name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        foreach (var type in types)
        {
            var parts = type["ContentTypePartDefinitionRecords"]!.AsArray().Select(p => p!["PartName"]!.GetValue<string>()).ToList();
            Assert.Contains("TitlePart", parts);
            Assert.Contains(EvidencePart.PartName, parts);
        }
    }

    [Fact]
    public async Task EvidencePartFieldsMatchTheCodeThatReadsThem()
    {
        var step = await DefinitionStepAsync();

        var fields = Fields(step, EvidencePart.PartName);

        Assert.Equal("DateField", fields[EvidencePart.DocumentDate]);
        Assert.Equal("NumericField", fields[EvidencePart.Pages]);
        Assert.Equal("MultiTextField", fields[EvidencePart.Themes]);
        foreach (var text in new[]
        {
            EvidencePart.Organisation, EvidencePart.ServiceArea, EvidencePart.Classification, EvidencePart.SourceFileName,
            EvidencePart.SourceHash, EvidencePart.MediaType, EvidencePart.Status, EvidencePart.VisitKind,
        })
        {
            Assert.Equal("TextField", fields[text]);
        }

        Assert.Equal(11, fields.Count);
        var classification = step["ContentParts"]!.AsArray()
            .Single(p => p!["Name"]!.GetValue<string>() == EvidencePart.PartName)!["ContentPartFieldDefinitionRecords"]!.AsArray()
            .Single(f => f!["Name"]!.GetValue<string>() == EvidencePart.Classification)!;
        var options = classification["Settings"]!["TextFieldPredefinedListEditorSettings"]!["Options"]!.AsArray()
            .Select(o => o!["value"]!.GetValue<string>());
        Assert.Equal(Classifications.All, options);
        Assert.Equal("Classification", classification["Settings"]!["ContentPartFieldSettings"]!["DisplayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task AuditLetterAndActionCarryTheirOwnFields()
    {
        var step = await DefinitionStepAsync();

        var audit = Fields(step, "Audit");
        var letter = Fields(step, "InspectionLetter");
        var action = Fields(step, "Action");

        Assert.Equal("TextField", audit["AuditType"]);
        Assert.Equal("NumericField", audit["SampleSize"]);
        Assert.Equal("TextField", audit["GradesSummary"]);
        Assert.Equal("DateField", letter["VisitStartDate"]);
        Assert.Equal("DateField", letter["VisitEndDate"]);
        Assert.Equal("TextField", letter["Inspectors"]);
        Assert.Equal("TextField", letter["Judgements"]);
        Assert.Equal("TextField", action["Owner"]);
        Assert.Equal("DateField", action["DueDate"]);
        Assert.Equal("TextField", action["RagRating"]);
        Assert.Equal("MultiTextField", action["LinkedFindings"]);

        var actionPlan = step["ContentTypes"]!.AsArray().Single(t => t!["Name"]!.GetValue<string>() == "ActionPlan")!;
        var list = actionPlan["ContentTypePartDefinitionRecords"]!.AsArray().Single(p => p!["PartName"]!.GetValue<string>() == "ListPart")!;
        Assert.Equal(["Action"], list["Settings"]!["ListPartSettings"]!["ContainedContentTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task OnlyTrustedRolesMaySeePersonalEvidence()
    {
        var recipe = await RecipeReader.ReadFileAsync(RecipeFiles.Roles, CancellationToken.None);
        var roles = recipe.Steps.Single()["Roles"]!.AsArray()
            .ToDictionary(r => r!["Name"]!.GetValue<string>(), r => r!["Permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        Assert.Equal(["Administrator", "Contributor", "QualityLead", "SeniorLeader", "Viewer"], roles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["ViewEvidence"], roles["Viewer"]);
        Assert.Equal(["Administrator", "QualityLead", "SeniorLeader"], roles.Where(r => r.Value.Contains("ViewPersonal")).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["Administrator"], roles.Where(r => r.Value.Contains("ManageUsers")).Select(r => r.Key));
        Assert.Equal(["Administrator"], roles.Where(r => r.Value.Contains("ManageSettings")).Select(r => r.Key));
        Assert.All(roles.Values.Where(p => p.Contains("ViewPersonal")), p => Assert.Contains("ViewOfficialSensitive", p));
    }

    private static async Task<JsonObject> DefinitionStepAsync()
    {
        var recipe = await RecipeReader.ReadFileAsync(RecipeFiles.Setup, CancellationToken.None);
        return recipe.Steps.Single(s => s["name"]!.GetValue<string>() == "ContentDefinition");
    }

    private static Dictionary<string, string> Fields(JsonObject step, string part) =>
        step["ContentParts"]!.AsArray()
            .Single(p => p!["Name"]!.GetValue<string>() == part)!["ContentPartFieldDefinitionRecords"]!.AsArray()
            .ToDictionary(f => f!["Name"]!.GetValue<string>(), f => f!["FieldName"]!.GetValue<string>(), StringComparer.Ordinal);
}
