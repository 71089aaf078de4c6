namespace Inspection.Web.Tests.Infrastructure;

/// <summary>The real council papers in <c>../shared/corpus</c>, beside the repository.</summary>
public static class CorpusFiles
{
    public static string Real(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("no Inspection.sln above the test folder"), "..", "shared", "corpus", "real", name);
        Assert.True(File.Exists(path), $"corpus file missing: {path}");
        return Path.GetFullPath(path);
    }
}
