using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Zoo;

/// <summary>The layout zoo's documents (build/zoo/docs), each with its expectation and, for born-digital ones, its sentences.</summary>
public static class LayoutZoo
{
    private static readonly string[] DocumentExtensions = [".pdf", ".docx", ".html", ".png", ".tiff", ".jpg"];

    public static string Folder { get; } = Repository.Path("build", "zoo", "docs");

    /// <summary>Every document stem (NAME of NAME.expected.json), in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Directory.GetFiles(Folder, "*.expected.json")
        .Select(p => Path.GetFileName(p)[..^".expected.json".Length])
        .Order(StringComparer.Ordinal)];

    public static ZooExpectation Expectation(string name) => ZooExpectation.Read(Path.Combine(Folder, name + ".expected.json"));

    public static string DocumentPath(string name) =>
        DocumentExtensions.Select(e => Path.Combine(Folder, name + e)).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException("no document for " + name + " in " + Folder);

    public static IReadOnlyList<string> Sentences(string name)
    {
        var path = Path.Combine(Folder, name + ".sentences.txt");
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];
    }

    public static bool IsScan(string name) => name.StartsWith("scan-", StringComparison.Ordinal);
}
