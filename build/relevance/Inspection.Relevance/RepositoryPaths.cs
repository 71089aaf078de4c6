namespace Inspection.Relevance;

/// <summary>The repository root (the folder holding Inspection.sln), the shared corpus beside it, and the harness's own files.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string RealCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "real"));

    public static string Samples => Path.Combine(Root, "evidence-samples");

    public static string Recipes => Path.Combine(Root, "content-recipes");

    public static string Judgements => Path.Combine(Root, "build", "relevance", "judgements.tsv");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
            {
                directory = directory.Parent;
            }

            if (directory is not null)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Inspection.sln was not found above " + AppContext.BaseDirectory);
    }
}
