using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;

namespace Inspection.Search.Tests.Corpus;

/// <summary>The evidence types of a recipe's <c>ContentDefinition</c> step, read as the app reads them once imported (no store needed).</summary>
public sealed class RecipeTypeCatalog(string recipePath) : IEvidenceTypeCatalog
{
    private readonly IReadOnlyList<EvidenceType> _types = Read(recipePath);

    public static string SetupRecipe => Path.Combine(RepoPaths.Root, "content-recipes", "inspection-setup.recipe.json");

    public Task<IReadOnlyList<EvidenceType>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(_types);

    public Task<EvidenceType?> ResolveAsync(string typed, CancellationToken cancellationToken) => Task.FromResult(EvidenceTypeCatalog.Resolve(_types, typed));

    public void Invalidate()
    {
    }

    private static IReadOnlyList<EvidenceType> Read(string path)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var definitions = (recipe["steps"] as JsonArray ?? [])
            .Where(step => step?["name"]?.GetValue<string>() == "ContentDefinition")
            .SelectMany(step => step!["ContentTypes"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(type => new ContentTypeDefinition(type["Name"]!.GetValue<string>(), type["DisplayName"]?.GetValue<string>() ?? "", type));
        return EvidenceTypeCatalog.Read(definitions);
    }
}
