namespace Inspection.Readiness.Tests.TestSupport;

/// <summary>Paths of the repository's shipped files and of the shared real corpus, found from the test's folder.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("no Inspection.sln above the test folder");
        }
    }

    public static string GlossaryRecipe => Path.Combine(Root, "content-recipes", "glossary.recipe.json");

    public static string CorpusFile(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "real", name));
}
