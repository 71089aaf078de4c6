namespace Inspection.Web.Tests.Infrastructure;

/// <summary>The real council papers in <c>../shared/corpus</c>, beside the repository.</summary>
public static class CorpusFiles
{
    /// <summary>The repository's root folder (where Inspection.sln is).</summary>
    public static string RepoRoot
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

    public static string Real(string name)
    {
        var path = Path.Combine(RepoRoot, "..", "shared", "corpus", "real", name);
        Assert.True(File.Exists(path), $"corpus file missing: {path}");
        return Path.GetFullPath(path);
    }
}
