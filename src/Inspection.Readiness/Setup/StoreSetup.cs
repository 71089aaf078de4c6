using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness.Authority;
using Inspection.Search.Indexing;

namespace Inspection.Readiness.Setup;

/// <summary>
/// Brings a data folder to a working state: schema migrations, the shipped recipes (the setup recipe first, then the
/// others by name, in one transaction), optionally the sample evidence, which authority the repository serves, then an
/// index catch-up. Safe to run on every start.
/// </summary>
public sealed class StoreSetup(IStoreInitializer initializer, RecipeImporter recipes, IngestionJobRunner ingestion, OutboxIndexer indexer, OurAuthority authority, IEvidenceIngester ingester)
{
    /// <summary>Who the audit log names for a change set-up makes by itself.</summary>
    public const string SetupUser = "setup";

    public Task<StoreSetupResult> RunAsync(string recipesDirectory, string? samplesDirectory, CancellationToken cancellationToken) =>
        RunAsync(recipesDirectory, samplesDirectory, null, SetupUser, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(string, string?, CancellationToken)"/>, and sets the authority the repository serves when one is
    /// given; when this run loaded the samples and none is set yet, the samples' own authority, so that the sample evidence reads as ours.
    /// </summary>
    public async Task<StoreSetupResult> RunAsync(string recipesDirectory, string? samplesDirectory, string? authorityName, string userName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipesDirectory);
        await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (!Directory.Exists(recipesDirectory))
        {
            throw new DirectoryNotFoundException($"{recipesDirectory}: the shipped recipes are missing (rebuild the application)");
        }

        var files = Directory.EnumerateFiles(recipesDirectory, "*.recipe.json")
            .OrderBy(f => Path.GetFileName(f).Contains("setup", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        var imported = await recipes.ImportFilesAsync(files, null, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<IngestOutcome> samples = [];
        if (samplesDirectory is not null)
        {
            await ingestion.ResumeAsync(null, cancellationToken).ConfigureAwait(false);
            var sampleFiles = SourceFiles.Expand([samplesDirectory]);
            // Every start offers the samples; once all are held, no upload job is made to say so (the uploads page
            // would gain a row at every restart).
            samples = await AllHeldAsync(sampleFiles, cancellationToken).ConfigureAwait(false)
                ?? await ingestion.RunAsync(sampleFiles, IngestSettings.Default, null, cancellationToken).ConfigureAwait(false);
        }

        if (!string.IsNullOrWhiteSpace(authorityName))
        {
            await authority.SetAsync(authorityName, userName, cancellationToken).ConfigureAwait(false);
        }
        else if (samples.Any(s => string.Equals(s.Status, Content.Jobs.IngestionItemStatuses.Created, StringComparison.Ordinal))
            && await authority.GetAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            await authority.SetAsync(OurAuthority.SampleAuthority, userName, cancellationToken).ConfigureAwait(false);
        }

        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return new StoreSetupResult(imported, samples) { Authority = await authority.GetAsync(cancellationToken).ConfigureAwait(false) };
    }

    // Each file as already held, when the store holds every one (as ingestion recognises a duplicate); null when any is new.
    private async Task<IReadOnlyList<IngestOutcome>?> AllHeldAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var outcomes = new List<IngestOutcome>(files.Count);
        foreach (var file in files)
        {
            if (await ingester.HeldAsync(file, cancellationToken).ConfigureAwait(false) is not { } held)
            {
                return null;
            }

            outcomes.Add(held);
        }

        return outcomes;
    }
}
