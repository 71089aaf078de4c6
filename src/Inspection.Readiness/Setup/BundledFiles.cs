namespace Inspection.Readiness.Setup;

/// <summary>Finds the recipes and sample evidence shipped beside the executable (each host copies them there at build).</summary>
public static class BundledFiles
{
    public static string RecipesDirectory => Path.Combine(AppContext.BaseDirectory, "content-recipes");

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "evidence-samples");
}
