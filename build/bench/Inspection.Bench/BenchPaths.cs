namespace Inspection.Bench;

/// <summary>Where the repository and the shared corpus are: BENCH_CORPUS, else ../shared/corpus beside the repository root.</summary>
internal static class BenchPaths
{
    public static string Corpus
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("BENCH_CORPUS");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured;
            }

            var repository = new DirectoryInfo(Repository);
            if (repository.Parent is null)
            {
                throw new DirectoryNotFoundException("no folder above the repository " + Repository);
            }

            return Path.Combine(repository.Parent.FullName, "shared", "corpus");
        }
    }

    /// <summary>The folder holding Inspection.sln, found above this program.</summary>
    public static string Repository
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new DirectoryNotFoundException("Inspection.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The web app as run.sh builds it (Release); it runs with src/Inspection.Web as its content root.</summary>
    public static string WebProject => Path.Combine(Repository, "src", "Inspection.Web");

    public static string WebExecutable => Path.Combine(WebProject, "bin", "Release", "net10.0", "Inspection.Web");

    public static string Glossary => Path.Combine(AppContext.BaseDirectory, "content-recipes", "glossary.recipe.json");
}
