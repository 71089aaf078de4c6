namespace Inspection.Web.Tests.Infrastructure;

/// <summary>Temp folders for data, removed after the test.</summary>
public static class TempFolder
{
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inspection-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a closing host: the OS temp cleaner will take it.
        }
    }
}
