namespace Inspection.Readiness.Tests.Fixtures;

/// <summary>Locates the repository root (the folder holding Inspection.sln), its recipes and the shared corpus beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string RealCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "real"));

    public static string Recipes => Path.Combine(Root, "content-recipes");

    public static string GlossaryRecipe => Path.Combine(Recipes, "glossary.recipe.json");

    public static string CorpusFile(string name) => Path.Combine(RealCorpus, name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Inspection.sln not found above " + AppContext.BaseDirectory);
    }
}
