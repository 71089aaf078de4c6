namespace Inspection.Content.Tests.Recipes;

/// <summary>Paths of the recipes the tests read: the fixtures beside these tests and the shipped <c>content-recipes</c>.</summary>
internal static class RecipeFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string BlogExport => Path.Combine(RepoRoot, "tests", "Inspection.Content.Tests", "Recipes", "Fixtures", "blog-export.recipe.json");

    public static string Setup => Path.Combine(RepoRoot, "content-recipes", "inspection-setup.recipe.json");

    public static string FixedIds => Path.Combine(RepoRoot, "tests", "Inspection.Content.Tests", "Recipes", "Fixtures", "action-plan.recipe.json");

    public static string Roles => Path.Combine(RepoRoot, "content-recipes", "inspection-roles.recipe.json");

    public static Dictionary<string, string> BlogParameters() => new(StringComparer.Ordinal)
    {
        ["AdminUserId"] = "4admin0user0id0000000000aa",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "Hilltown",
    };

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inspection.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Inspection.sln not found above " + AppContext.BaseDirectory);
    }
}
