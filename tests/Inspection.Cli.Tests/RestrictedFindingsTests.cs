namespace Inspection.Cli.Tests;

/// <summary>
/// The command line reads findings and documents through the same access policy as the web: narrowed with <c>--allow</c>, it
/// shows an Official finding without the Personal finding on the same matter, and a Personal document as not there.
/// </summary>
public sealed class RestrictedFindingsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ANarrowedReaderSeesNeitherAPersonalFindingNorItInAnOfficialFindingsHistory()
    {
        await _cli.RunAsync("setup", "--samples");
        var letter = Path.Combine(CliRun.RepositoryRoot(), "tests", "Inspection.Web.Tests", "Canary", "personal-monitoring-visit-2024-10.html");
        var created = Assert.Single((await _cli.RunAsync("ingest", letter, "--classification", "Personal", "--json")).JsonLines());
        var personalId = created.GetProperty("documentId").GetString()!;

        var all = await _cli.RunAsync("findings", "--json");
        Assert.Contains("Quillfeather", all.Output, StringComparison.Ordinal);
        var official = all.Json().EnumerateArray().Single(f => f.GetProperty("visitDate").GetString() == "2024-04-23"
            && f.GetProperty("text").GetString()!.StartsWith("The effectiveness of management oversight", StringComparison.Ordinal));
        Assert.Contains(official.GetProperty("history").EnumerateArray(), h => h.GetProperty("documentId").GetString() == personalId);

        var narrowed = await _cli.RunAsync("findings", "--allow", "Official", "--json");
        Assert.Equal(0, narrowed.ExitCode);
        Assert.DoesNotContain("Quillfeather", narrowed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(personalId, narrowed.Output, StringComparison.Ordinal);
        Assert.Contains(narrowed.Json().EnumerateArray(), f => f.GetProperty("id").GetString() == official.GetProperty("id").GetString());

        var shown = await _cli.RunAsync("show", personalId, "--allow", "Official");
        Assert.Equal(2, shown.ExitCode);
        Assert.Contains($"no document with id '{personalId}'", shown.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(personalId, (await _cli.RunAsync("documents", "--allow", "Official", "--json")).Output, StringComparison.Ordinal);
        Assert.Contains(personalId, (await _cli.RunAsync("documents", "--json")).Output, StringComparison.Ordinal);
    }
}
