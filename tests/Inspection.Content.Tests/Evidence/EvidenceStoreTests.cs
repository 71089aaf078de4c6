using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Evidence;

public sealed class EvidenceStoreTests
{
    private const string LetterHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Theory, SqliteData, PostgresData]
    public async Task CreatingEvidenceStoresThePublishedItemItsPassagesFindingsAndOneIndexingTask(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);

        var created = await harness.InScopeAsync(sp => Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            var published = await sp.GetRequiredService<IContentStore>().GetAsync(created.ContentItemId, VersionOptions.Published, CancellationToken.None);
            Assert.Equal(created.ContentItemVersionId, published!.ContentItemVersionId);

            var passages = await Evidence(sp).ListPassagesAsync(created.ContentItemVersionId, CancellationToken.None);
            Assert.Equal([0, 1, 2], passages.Select(p => p.Ordinal));
            Assert.Equal("Summary > Leadership", passages[1].HeadingPath);
            Assert.All(passages, p => Assert.Equal(created.ContentItemId, p.ContentItemId));
            Assert.All(passages, p => Assert.Equal(ContentIds.Length, p.PassageId.Length));
            Assert.Equal((3, 4), (passages[2].PageFrom, passages[2].PageTo));

            var findings = await Evidence(sp).ListFindingsAsync(created.ContentItemId, CancellationToken.None);
            Assert.Equal([FindingKinds.Recommendation, FindingKinds.AreaForImprovement], findings.Select(f => f.Kind));
            Assert.Equal(new DateOnly(2023, 11, 20), findings[0].VisitDate);
            Assert.All(findings, f => Assert.Equal(created.ContentItemId, f.ContentItemId));

            var task = Assert.Single(await sp.GetRequiredService<IIndexingTaskReader>().ReadAfterAsync(0, 10, CancellationToken.None));
            Assert.Equal((created.ContentItemVersionId, IndexingTaskKind.Update), (task.ContentItemVersionId, task.Kind));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListenersHearOfCommittedEvidenceAsTheStoreHoldsItWithTheTaskAnIndexerWillRead(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var created = await harness.InScopeAsync(sp => Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), CancellationToken.None));

        var heard = Assert.Single(harness.Services.GetRequiredService<CommitRecorder>().Heard);
        await harness.InScopeAsync(async sp =>
        {
            var task = Assert.Single(await sp.GetRequiredService<IIndexingTaskReader>().ReadAfterAsync(0, 10, CancellationToken.None));
            Assert.Equal(task, heard.Task);
            var published = await sp.GetRequiredService<IContentStore>().GetAsync(created.ContentItemId, VersionOptions.Published, CancellationToken.None);
            Assert.Equal(ContentItemJson.Serialize(published!), ContentItemJson.Serialize(heard.Item));
            Assert.Equal(await Evidence(sp).ListPassagesAsync(created.ContentItemVersionId, CancellationToken.None), heard.Passages);
            Assert.Equal(await Evidence(sp).ListFindingsAsync(created.ContentItemId, CancellationToken.None), heard.Findings);
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task EvidenceIsAnnouncedOnlyOnceItsTransactionCommitsAndNeverWhenItRollsBack(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var recorder = harness.Services.GetRequiredService<CommitRecorder>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<IContentStore>().InTransactionAsync<bool>(
                async ct =>
                {
                    await Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), ct);
                    throw new InvalidOperationException("the job item could not be marked");
                },
                CancellationToken.None)));
        Assert.Empty(recorder.Heard);

        var heardBeforeCommit = await harness.InScopeAsync(sp =>
            sp.GetRequiredService<IContentStore>().InTransactionAsync(
                async ct =>
                {
                    await Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), ct);
                    return recorder.Heard.Count;
                },
                CancellationToken.None));
        Assert.Equal(0, heardBeforeCommit);
        Assert.Single(recorder.Heard);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DuplicateDetectionFindsTheSourceHashUntilTheItemIsDeleted(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var created = await harness.InScopeAsync(sp => Evidence(sp).CreateEvidenceAsync(Letter(), [], [], CancellationToken.None));

        Assert.Equal(created.ContentItemId, await harness.InScopeAsync(sp => Evidence(sp).FindBySourceHashAsync(LetterHash, CancellationToken.None)));
        Assert.Equal(created.ContentItemId, await harness.InScopeAsync(sp => Evidence(sp).FindBySourceHashAsync(LetterHash.ToUpperInvariant(), CancellationToken.None)));
        Assert.Null(await harness.InScopeAsync(sp => Evidence(sp).FindBySourceHashAsync(new string('a', 64), CancellationToken.None)));

        await harness.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().DeleteAsync(created.ContentItemId, CancellationToken.None));

        Assert.Null(await harness.InScopeAsync(sp => Evidence(sp).FindBySourceHashAsync(LetterHash, CancellationToken.None)));
        Assert.Empty(await harness.InScopeAsync(sp => Evidence(sp).ListFindingsAsync(null, CancellationToken.None)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AMetadataEditKeepsThePassagesOfTheVersionItCameFrom(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var created = await harness.InScopeAsync(sp => Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), CancellationToken.None));
        var edited = ContentItemJson.Clone(created);
        EvidencePart.SetText(edited, EvidencePart.Classification, Classifications.Official);
        var updated = await harness.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().UpdateAsync(edited, publish: true, CancellationToken.None));

        var passages = await harness.InScopeAsync(sp => Evidence(sp).ListPassagesAsync(updated.ContentItemVersionId, CancellationToken.None));

        Assert.Equal(3, passages.Count);
        Assert.All(passages, p => Assert.Equal(updated.ContentItemVersionId, p.ContentItemVersionId));
        Assert.Empty(await harness.InScopeAsync(sp => Evidence(sp).ListPassagesAsync("unknownversion", CancellationToken.None)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task PurgingEvidenceRemovesItsPassagesAndFindingsButNotOthers(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var doomed = await harness.InScopeAsync(sp => Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), CancellationToken.None));
        var kept = await harness.InScopeAsync(sp => Evidence(sp).CreateEvidenceAsync(Letter(), Passages(), Findings(), CancellationToken.None));

        await harness.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().DeleteAsync(doomed.ContentItemId, CancellationToken.None));
        await harness.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().PurgeAsync(doomed.ContentItemId, CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            Assert.Empty(await Evidence(sp).ListPassagesAsync(doomed.ContentItemVersionId, CancellationToken.None));
            Assert.Equal(3, (await Evidence(sp).ListPassagesAsync(kept.ContentItemVersionId, CancellationToken.None)).Count);
            var findings = await Evidence(sp).ListFindingsAsync(null, CancellationToken.None);
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f => Assert.Equal(kept.ContentItemId, f.ContentItemId));
        });
    }

    private static IEvidenceStore Evidence(IServiceProvider services) => services.GetRequiredService<IEvidenceStore>();

    private static ContentItem Letter()
    {
        var item = new ContentItem { ContentType = "InspectionLetter", DisplayText = "Focused visit to Northshire children's services" };
        EvidencePart.SetDate(item, EvidencePart.DocumentDate, new DateOnly(2023, 12, 18));
        EvidencePart.SetText(item, EvidencePart.Classification, Classifications.OfficialSensitive);
        EvidencePart.SetText(item, EvidencePart.SourceHash, LetterHash);
        EvidencePart.SetText(item, EvidencePart.SourceFileName, "focused-visit-2023.pdf");
        return item;
    }

    private static List<Passage> Passages() =>
    [
        new("", "", "", 0, "Summary", 1, 1, "Inspectors looked at the local authority's arrangements for care leavers."),
        new("", "", "", 1, "Summary > Leadership", 2, 2, "Leaders have not made sufficient progress in improving pathway plans."),
        new("", "", "", 2, "What needs to improve", 3, 4, "The quality and timeliness of pathway plans for care leavers."),
    ];

    private static List<Finding> Findings() =>
    [
        new("", "", FindingKinds.Recommendation, "Improve the quality of pathway plans.", 3, new DateOnly(2023, 11, 20), "focused-visit", "open", null),
        new("", "", FindingKinds.AreaForImprovement, "Timeliness of return home interviews.", 4, new DateOnly(2023, 11, 20), "focused-visit", "open", null),
    ];
}
