using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Application.Documents;
using Inspection.Application.Searches;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Readiness.Access;
using Inspection.Search;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Application.Tests.Documents;

/// <summary>
/// A bulk correction is read, saved, audited and indexed in batches: what it leaves must be what one document at a time
/// would leave, in the store, the audit log and the index alike.
/// </summary>
public sealed class BulkEditTests
{
    private const int Documents = 30;

    [Fact]
    public async Task ABulkReclassificationIsAuditedPerDocumentTrimmedAtOnceAndLeavesTheIndexAsARebuildFromTheStoreWould()
    {
        await using var store = await ApplicationStore.CreateAsync();
        var ids = await store.InScopeAsync(sp => CreateAsync(sp.GetRequiredService<IEvidenceStore>()));
        await store.InScopeAsync(sp => sp.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None));
        var viewer = Caller.Operator("viewer", [Classifications.Official]);
        Assert.Equal(Documents, (await FoundAsync(store, viewer)).Count);

        // Every other document, an id nobody has and one twice: the unknown counts as not found, the repeat once.
        var chosen = ids.Where((_, i) => i % 2 == 0).ToList();
        var outcome = await store.InScopeAsync(sp => sp.GetRequiredService<DocumentEditor>().EditManyAsync(
            [.. chosen, "no-such-document", chosen[0]],
            new DocumentEdit { Classification = Classifications.OfficialSensitive, Kind = "Minutes", Organisation = "Harbourside Council" },
            Caller.Operator("lead"),
            CancellationToken.None));

        Assert.True(outcome.Succeeded);
        Assert.Equal((chosen.Count, 0, 1), (outcome.Changed, outcome.Unchanged, outcome.NotFound));

        // At once: the Viewer no longer finds the reclassified documents, and still finds the others.
        var found = await FoundAsync(store, viewer);
        Assert.Equal(ids.Except(chosen).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));

        var audit = await store.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().ListAsync(null, 1000, CancellationToken.None));
        var edits = audit.Where(a => a.Action == DocumentEditor.EditAudit && a.UserName == "lead").ToList();
        Assert.Equal(chosen.Order(StringComparer.Ordinal), edits.Select(a => a.ContentItemId!).Order(StringComparer.Ordinal));
        Assert.All(edits, a => Assert.Contains("classification: Official to Official-Sensitive", a.Detail, StringComparison.Ordinal));

        await store.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<Content.Store.IContentStore>();
            foreach (var id in chosen)
            {
                var versions = await content.ListVersionsAsync(id, CancellationToken.None);
                Assert.Equal(2, versions.Count);
                Assert.True(versions[^1].Latest && versions[^1].Published && !versions[0].Latest && !versions[0].Published);
                Assert.Equal("Minutes", versions[^1].ContentType);
                Assert.Equal("lead", versions[^1].Author);
            }

            return true;
        });

        var index = await store.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PassageIndex>()));
        var afterEdit = Dump(index);
        Assert.Equal(Documents * 3, afterEdit.Count);
        Assert.Equal(chosen.Count * 3, afterEdit.Values.Count(d => d.Contains("classification=Official-Sensitive\n", StringComparison.Ordinal) && d.Contains("kind=Minutes\n", StringComparison.Ordinal)));
        Assert.Equal(Documents / 3, afterEdit.Values.Count(d => d.Contains("isFinding=", StringComparison.Ordinal)));
        await store.InScopeAsync(sp => sp.GetRequiredService<OutboxIndexer>().RebuildAsync(null, CancellationToken.None));
        Assert.Equal(Dump(index), afterEdit);
    }

    [Fact]
    public async Task ADateMoreThanThreeMonthsAheadIsRefusedAsASlipOfTheYearAndNothingChanges()
    {
        await using var store = await ApplicationStore.CreateAsync();
        var ids = await store.InScopeAsync(sp => CreateAsync(sp.GetRequiredService<IEvidenceStore>()));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var slip = today.AddYears(10);
        var editor = (IServiceProvider sp) => sp.GetRequiredService<DocumentEditor>();

        var refused = await store.InScopeAsync(sp => editor(sp).EditAsync(ids[0], new DocumentEdit { Date = slip }, Caller.Operator("lead"), CancellationToken.None));
        // A committee report dated by next month's meeting is taken.
        var meeting = await store.InScopeAsync(sp => editor(sp).EditAsync(ids[1], new DocumentEdit { Date = today.AddDays(30) }, Caller.Operator("lead"), CancellationToken.None));

        Assert.False(refused.Succeeded);
        var error = refused.Errors["date"];
        Assert.StartsWith(slip.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) + " is more than three months from today", error, StringComparison.Ordinal);
        Assert.Contains("Check the year", error, StringComparison.Ordinal);
        Assert.True(meeting.Succeeded);
        var versions = await store.InScopeAsync(sp => sp.GetRequiredService<Content.Store.IContentStore>().ListVersionsAsync(ids[0], CancellationToken.None));
        Assert.Single(versions);
    }

    private static async Task<List<string>> CreateAsync(IEvidenceStore evidence)
    {
        var ids = new List<string>();
        for (var n = 0; n < Documents; n++)
        {
            var item = new ContentItem { ContentType = n % 3 == 0 ? "Audit" : "CommitteeReport", DisplayText = $"Report {n}", Owner = "tester", Author = "tester" };
            item.Content["TitlePart"] = new JsonObject { ["Title"] = item.DisplayText };
            EvidencePart.SetDate(item, EvidencePart.DocumentDate, new DateOnly(2025, 1 + (n % 12), 1 + (n % 28)));
            EvidencePart.SetText(item, EvidencePart.Classification, Classifications.Official);
            var passages = Enumerable.Range(0, 3)
                .Select(p => new Passage("", "", "", p, "Findings", p + 1, p + 1, string.Create(CultureInfo.InvariantCulture, $"Report {n} part {p}: the quokka panel reviewed placement sufficiency and stability for children in care.")))
                .ToList();
            // A finding on a third of them, so the index's finding marks are carried through the batch too.
            IReadOnlyList<Finding> findings = n % 3 == 1
                ? [new Finding("", "", FindingKinds.AreaForImprovement, string.Create(CultureInfo.InvariantCulture, $"Report {n} part 1: the quokka panel"), 2, null, null, "open", null)]
                : [];
            ids.Add((await evidence.CreateEvidenceAsync(item, passages, findings, CancellationToken.None)).ContentItemId);
        }

        return ids;
    }

    private static async Task<List<string>> FoundAsync(ApplicationStore store, Caller caller) =>
        await store.InScopeAsync(async sp =>
        {
            var results = await sp.GetRequiredService<EvidenceSearch>().SearchAsync(new SearchRequest { Query = "quokka", Top = 100 }, caller, CancellationToken.None);
            return results.Hits.Select(h => h.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        });

    // Every live passage's stored fields, by passage id.
    private static Dictionary<string, string> Dump(PassageIndex index) =>
        index.Read(searcher =>
        {
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i))
                {
                    continue;
                }

                var document = reader.Document(i);
                var fields = document.Fields.Select(f => f.Name + "=" + f.GetStringValue(CultureInfo.InvariantCulture) + "\n").Order(StringComparer.Ordinal);
                documents.Add(document.Get(PassageFields.PassageId, CultureInfo.InvariantCulture), string.Concat(fields));
            }

            return documents;
        });
}
