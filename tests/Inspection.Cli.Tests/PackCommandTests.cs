using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Inspection.Cli.Tests;

public sealed class PackCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task APackHoldsTheIndexTheManifestAndEachOriginalByteForByte()
    {
        Assert.Equal(0, (await _cli.RunAsync("setup", "--samples")).ExitCode);
        var zipPath = Path.Combine(_cli.DataDirectory, "ilacs-pack.zip");
        var result = await _cli.RunAsync("pack", "--theme", "ilacs", "--out", zipPath, "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Json().GetProperty("documents").GetInt32() >= 2);

        using var zip = ZipFile.OpenRead(zipPath);
        var index = new StreamReader(zip.GetEntry("index.html")!.Open()).ReadToEnd();
        Assert.Contains("<h1>Evidence pack: Inspecting local authority children", index, StringComparison.Ordinal);
        Assert.Contains("What inspectors said", index, StringComparison.Ordinal);

        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var documents = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(zip.Entries.Count - 2, documents.Count);
        Assert.StartsWith("evidence/01-inspection-letter-", documents[0].GetProperty("path").GetString(), StringComparison.Ordinal);
        foreach (var document in documents)
        {
            var path = document.GetProperty("path").GetString()!;
            Assert.Contains($"href=\"{path}\"", index, StringComparison.Ordinal);
            await using var entry = zip.GetEntry(path)!.Open();
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(entry));
            Assert.Equal(document.GetProperty("sha256").GetString(), hash);
        }
    }

    [Fact]
    public async Task AnUnknownThemeOrANameThatIsNotZipIsBadInputAndWritesNothing()
    {
        Assert.Equal(0, (await _cli.RunAsync("setup")).ExitCode);
        var zipPath = Path.Combine(_cli.DataDirectory, "pack.zip");
        var unknown = await _cli.RunAsync("pack", "--theme", "ilacs/no-such-theme", "--out", zipPath);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("ilacs/no-such-theme", unknown.Error, StringComparison.Ordinal);

        var notZip = await _cli.RunAsync("pack", "--theme", "ilacs", "--out", Path.Combine(_cli.DataDirectory, "pack.pdf"));
        Assert.Equal(2, notZip.ExitCode);
        Assert.Contains("ending .zip", notZip.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_cli.DataDirectory, "pack.*"));

        var missing = Path.Combine(_cli.DataDirectory, "no-such-folder", "pack.zip");
        var nowhere = await _cli.RunAsync("pack", "--theme", "ilacs", "--out", missing);
        Assert.Equal(2, nowhere.ExitCode);
        Assert.Equal($"error: {missing}: the folder {Path.GetDirectoryName(missing)} does not exist", nowhere.Error.Trim());

        // A number of documents the pack cannot take is said, not quietly changed to one it can.
        var none = await _cli.RunAsync("pack", "--theme", "ilacs", "--out", zipPath, "--max-documents", "0");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--max-documents must be from 1 to 500", none.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task AsAViewerPackBriefingAndCoverageGiveNothingTheViewerMayNotSee()
    {
        Assert.Equal(0, (await _cli.RunAsync("setup", "--samples")).ExitCode);
        Assert.Equal(0, (await _cli.RunWithInputAsync("a long test passphrase\n", "users", "add", "vera", "--role", "Viewer")).ExitCode);
        var note = Path.Combine(_cli.DataDirectory, "inputs", "case-note.md");
        Directory.CreateDirectory(Path.GetDirectoryName(note)!);
        await File.WriteAllTextAsync(note, "# Case note\n\nWrenfinch went missing twice; no return home interview was offered and supervision did not notice.\n");
        Assert.Equal(0, (await _cli.RunAsync("ingest", note, "--classification", "Personal")).ExitCode);
        var zipPath = Path.Combine(_cli.DataDirectory, "vera.zip");

        var pack = await _cli.RunAsync("--as", "vera", "pack", "--theme", "ilacs", "--include", "Personal", "--out", zipPath);
        var briefing = await _cli.RunAsync("--as", "vera", "briefing", "--theme", "ilacs/help-and-protection/missing", "--json");
        var coverage = await _cli.RunAsync("--as", "vera", "coverage", "--framework", "ilacs", "--json");
        var asViewerWould = await _cli.RunAsync("coverage", "--framework", "ilacs", "--allow", "Official", "--json");

        Assert.Equal(2, pack.ExitCode);
        Assert.Contains("your role may not export evidence packs", pack.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
        Assert.Equal(0, briefing.ExitCode);
        Assert.DoesNotContain("Wrenfinch", briefing.Output, StringComparison.Ordinal);
        Assert.Equal(asViewerWould.Output, coverage.Output);
    }
}
