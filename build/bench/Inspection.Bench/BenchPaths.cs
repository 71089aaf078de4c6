namespace Inspection.Bench;

/// <summary>Where the shared corpus is: BENCH_CORPUS, else ../shared/corpus beside the repository root.</summary>
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

            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
            {
                directory = directory.Parent;
            }

            if (directory?.Parent is null)
            {
                throw new DirectoryNotFoundException("Inspection.sln not found above " + AppContext.BaseDirectory);
            }

            return Path.Combine(directory.Parent.FullName, "shared", "corpus");
        }
    }

    public static string Glossary => Path.Combine(AppContext.BaseDirectory, "content-recipes", "glossary.recipe.json");
}
