namespace Inspection.Search.Tests.Corpus;

/// <summary>Locates the repository root (the folder holding Inspection.sln) and the shared corpus beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string RealCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "real"));

    public static string GlossaryRecipe => Path.Combine(Root, "content-recipes", "glossary.recipe.json");

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
