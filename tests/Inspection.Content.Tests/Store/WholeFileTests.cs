using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

/// <summary>A file people open by name (a recipe export, a briefing, a pack) is there whole or not at all.</summary>
public sealed class WholeFileTests
{
    [Fact]
    public async Task AWriteThatFailsHalfWayLeavesTheEarlierFileAsItWasAndNoTemporaryFile()
    {
        await using var harness = await StoreHarness.CreateAsync(StoreProvider.Sqlite, initialize: false);
        var folder = Path.Combine(harness.DataDirectory, "out");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "briefing.html");
        await File.WriteAllTextAsync(path, "last week's briefing");

        var failed = await Assert.ThrowsAsync<IOException>(() => WholeFile.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync("this week's briefing, first half"u8.ToArray(), ct);
            throw new IOException("No space left on device");
        }, CancellationToken.None));

        Assert.Equal("No space left on device", failed.Message);
        Assert.Equal("last week's briefing", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(folder));

        await WholeFile.WriteTextAsync(path, "this week's briefing", CancellationToken.None);
        Assert.Equal("this week's briefing", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task ARecipeExportStoppedBeforeItEndsKeepsTheEarlierExport()
    {
        await using var harness = await StoreHarness.CreateAsync(StoreProvider.Sqlite);
        var path = Path.Combine(harness.DataDirectory, "export.recipe.json");
        await harness.InScopeAsync(sp => ActivatorUtilities.CreateInstance<RecipeExporter>(sp).ExportFileAsync(new RecipeExportOptions(), path, CancellationToken.None));
        var earlier = await File.ReadAllTextAsync(path);

        // As a process stopped while the store is read: the export never gets to write.
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.InScopeAsync(sp => ActivatorUtilities.CreateInstance<RecipeExporter>(sp).ExportFileAsync(new RecipeExportOptions(), path, stopped.Token)));

        Assert.Equal(earlier, await File.ReadAllTextAsync(path));
        Assert.Empty(Directory.GetFiles(harness.DataDirectory, "*.partial"));
    }
}
