namespace Inspection.Cli.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void ProjectBuilds() => Assert.EndsWith(".Tests", typeof(PlaceholderTests).Assembly.GetName().Name, StringComparison.Ordinal);
}
