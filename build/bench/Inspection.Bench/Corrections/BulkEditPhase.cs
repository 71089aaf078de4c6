using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Application.Documents;
using Inspection.Bench.Corpus;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Setup;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Corrections;

/// <summary>
/// Bulk correction at scale: a store of generated documents (their passages searchable), then one request reclassifying
/// 100 of them through <see cref="DocumentEditor.EditManyAsync"/> (new versions, audit lines, the index brought up to date),
/// timed end to end, each run changing all 100 and then putting them back. The reference in the same run is
/// the same 100 changes made one request at a time, as a person editing each document's page would.
/// </summary>
internal static class BulkEditPhase
{
    private const int Batch = 100;
    private const int Runs = 3;

    public static async Task<PhaseResult> RunAsync(PassageGenerator generator, int passages, string dataDirectory, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(dataDirectory);
        await SetUpAsync(services, recipes: !File.Exists(KeptIds(dataDirectory, passages)), cancellationToken).ConfigureAwait(false);
        var ids = await FillAsync(services, generator, passages, dataDirectory, cancellationToken).ConfigureAwait(false);
        var operatorCaller = Caller.Operator("bench");
        var chosen = ids.Where((_, i) => i % Math.Max(1, ids.Count / Batch) == 0).Take(Batch).ToList();
        var bulk = new List<double>();
        var single = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            // Each run files the hundred as Official-Sensitive in one request, then back as Official one at a time.
            var to = Classifications.OfficialSensitive;
            var clock = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<DocumentEditor>().EditManyAsync(chosen, new DocumentEdit { Classification = to }, operatorCaller, cancellationToken).ConfigureAwait(false);
                if (outcome.Changed != chosen.Count)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"the bulk edit changed {outcome.Changed} of {chosen.Count} ({outcome.Unchanged} unchanged, {outcome.NotFound} not found; {string.Join("; ", outcome.Errors.Select(e => e.Key + ": " + e.Value))})"));
                }
            }

            bulk.Add(clock.Elapsed.TotalMilliseconds);
            var back = Classifications.Official;
            clock.Restart();
            foreach (var id in chosen)
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DocumentEditor>().EditAsync(id, new DocumentEdit { Classification = back }, operatorCaller, cancellationToken).ConfigureAwait(false);
            }

            single.Add(clock.Elapsed.TotalMilliseconds);
        }

        var median = Report.Stats.Median(bulk);
        return new PhaseResult(median / 1000, chosen.Count, PhaseResult.PeakWorkingSet(), new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["passages"] = passages,
            ["documents"] = ids.Count,
            ["bulkMedianMs"] = median,
            ["bulkMinMs"] = bulk.Min(),
            ["bulkMaxMs"] = bulk.Max(),
            ["oneByOneMedianMs"] = Report.Stats.Median(single),
        });
    }

    private static string KeptIds(string dataDirectory, int passages) =>
        Path.Combine(dataDirectory, string.Create(CultureInfo.InvariantCulture, $"bulk-edit-{passages}.ids"));

    // A folder kept from an earlier run has its recipes already; the store is still brought up to the current schema.
    private static async Task SetUpAsync(ServiceProvider services, bool recipes, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (!recipes)
        {
            return;
        }

        var files = Directory.EnumerateFiles(BundledFiles.RecipesDirectory, "*.recipe.json")
            .OrderBy(f => Path.GetFileName(f).Contains("setup", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportFilesAsync(files, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores the generated documents with their passages (a hundred to a transaction) and indexes them; returns their ids,
    /// which are also written to the data folder: a folder filled by an earlier run at the same size is used as it is.
    /// </summary>
    private static async Task<List<string>> FillAsync(ServiceProvider services, PassageGenerator generator, int passages, string dataDirectory, CancellationToken cancellationToken)
    {
        var kept = KeptIds(dataDirectory, passages);
        if (File.Exists(kept))
        {
            await services.GetRequiredService<OutboxIndexer>().CatchUpAsync(cancellationToken).ConfigureAwait(false);
            return [.. await File.ReadAllLinesAsync(kept, cancellationToken).ConfigureAwait(false)];
        }

        var ids = new List<string>();
        foreach (var chunk in generator.Documents(passages).Chunk(100))
        {
            await using var scope = services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
            var evidence = scope.ServiceProvider.GetRequiredService<IEvidenceStore>();
            await store.InTransactionAsync(
                async ct =>
                {
                    foreach (var document in chunk)
                    {
                        var first = document[0];
                        var item = new ContentItem { ContentType = first.Kind, DisplayText = first.Title, Owner = "bench", Author = "bench" };
                        item.Content["TitlePart"] = new JsonObject { ["Title"] = first.Title };
                        EvidencePart.SetDate(item, EvidencePart.DocumentDate, first.DocumentDate);
                        EvidencePart.SetText(item, EvidencePart.Organisation, first.Organisation);
                        EvidencePart.SetText(item, EvidencePart.Classification, Classifications.Official);
                        EvidencePart.SetValues(item, EvidencePart.Themes, first.Themes);
                        var created = await evidence.CreateEvidenceAsync(
                            item,
                            [.. document.Select((p, i) => new Passage("", "", "", i, p.HeadingPath, p.PageFrom, p.PageTo, p.Text))],
                            [],
                            ct).ConfigureAwait(false);
                        ids.Add(created.ContentItemId);
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }

        await services.GetRequiredService<OutboxIndexer>().CatchUpAsync(cancellationToken).ConfigureAwait(false);
        await File.WriteAllLinesAsync(kept, ids, cancellationToken).ConfigureAwait(false);
        return ids;
    }
}
