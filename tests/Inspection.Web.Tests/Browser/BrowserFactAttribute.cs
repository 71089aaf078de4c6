namespace Inspection.Web.Tests.Browser;

/// <summary>A test in a real browser (Debian's Chromium): skipped with the reason when it is not installed, but never on CI, where it fails instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath) && !ci)
        {
            Skip = $"{ChromiumPath} is missing (apt-get install chromium): this test drives a real browser (on CI it fails instead of skipping).";
        }
    }
}
