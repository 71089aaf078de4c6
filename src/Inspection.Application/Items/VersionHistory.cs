using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Indexing;

namespace Inspection.Application.Items;

/// <summary>
/// A document's versions as people read them: the list with who saved each and when, a comparison of any two (fields and
/// text, line by line), and restoring any version as a new one (its passages with it, so search finds its words again).
/// </summary>
public sealed class VersionHistory(IContentStore store, IEvidenceStore evidence, TypeEditors editors, IFrameworkCatalog frameworks, IAuditLog audit, AccessPolicy access, OutboxIndexer indexer)
{
    public const string RestoreVersionAudit = "restore-version";

    /// <summary>The versions of a document the caller may see, oldest first; null when there is none.</summary>
    public async Task<IReadOnlyList<VersionLine>?> ListAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var versions = await VisibleVersionsAsync(id, caller, cancellationToken).ConfigureAwait(false);
        return versions is null ? null : [.. versions.Select(Line)];
    }

    /// <summary>Two versions compared line by line (the older first); null when either is not a version of a document the caller may see.</summary>
    public async Task<VersionComparison?> CompareAsync(string id, string fromVersionId, string toVersionId, Caller caller, CancellationToken cancellationToken)
    {
        var versions = await VisibleVersionsAsync(id, caller, cancellationToken).ConfigureAwait(false);
        var from = versions?.FirstOrDefault(v => v.Item.ContentItemVersionId == fromVersionId);
        var to = versions?.FirstOrDefault(v => v.Item.ContentItemVersionId == toVersionId);
        if (from is null || to is null)
        {
            return null;
        }

        if (from.Number > to.Number)
        {
            (from, to) = (to, from);
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var framework in await frameworks.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            titles[framework.Id] = framework.Title;
            foreach (var theme in framework.Themes)
            {
                titles[theme.Id] = theme.Title;
            }
        }

        string Title(string id) => titles.GetValueOrDefault(id, id);
        var diff = InlineDiffBuilder.Diff(await DescribeAsync(from.Item, Title, cancellationToken).ConfigureAwait(false), await DescribeAsync(to.Item, Title, cancellationToken).ConfigureAwait(false), ignoreWhiteSpace: false);

        // Blank lines (between a body's paragraphs) carry no words: shown, they read as "Removed:" with nothing after it.
        var lines = diff.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)).Select(l => new DiffLine(
            l.Type switch
            {
                ChangeType.Deleted => DiffLine.Removed,
                ChangeType.Inserted => DiffLine.Added,
                _ => DiffLine.Kept,
            },
            l.Text)).ToList();
        return new VersionComparison(Line(from), Line(to), lines);
    }

    /// <summary>Saves an old version as the new latest (published when the document was), passages and all.</summary>
    public async Task<bool> RestoreAsync(string id, string versionId, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.EditEvidence, "restore versions", cancellationToken).ConfigureAwait(false);
        var versions = await VisibleVersionsAsync(id, caller, cancellationToken).ConfigureAwait(false);
        var source = versions?.FirstOrDefault(v => v.Item.ContentItemVersionId == versionId);
        if (versions is null || source is null)
        {
            return false;
        }

        // The restored version must not carry a classification the caller could not read afterwards.
        if (!caller.MaySee(EvidencePart.GetText(source.Item, EvidencePart.Classification)))
        {
            return false;
        }

        var publish = versions.Any(v => v.Item.Published);
        await store.InTransactionAsync(
            async ct =>
            {
                await evidence.RestoreVersionAsync(versionId, publish, ct).ConfigureAwait(false);
                await audit.WriteAsync(caller.UserName, RestoreVersionAudit, source.Item.ContentItemId, $"version {source.Number}: {source.Item.DisplayText}", ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<string> DescribeAsync(ContentItem item, Func<string, string> themeTitle, CancellationToken cancellationToken) =>
        await editors.ForTypeAsync(item.ContentType, cancellationToken).ConfigureAwait(false) is { } editor
            ? ItemFields.Describe(item, editor, themeTitle)
            : $"Kind: {item.ContentType}\nTitle: {item.DisplayText}\n";

    private async Task<List<Numbered>?> VisibleVersionsAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        var latest = await store.GetAsync(id.Trim(), VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (latest is null || !EvidencePart.IsEvidence(latest))
        {
            return null;
        }

        if (!caller.MaySee(EvidencePart.GetText(latest, EvidencePart.Classification)))
        {
            await access.RefusedAsync(caller, "document", latest.ContentItemId, latest.ContentItemId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // An older version filed more restrictively than the caller may see is left out of their history.
        var versions = await store.ListVersionsAsync(latest.ContentItemId, cancellationToken).ConfigureAwait(false);
        return [.. versions
            .Select((v, i) => new Numbered(v, i + 1))
            .Where(v => caller.MaySee(EvidencePart.GetText(v.Item, EvidencePart.Classification)))];
    }

    private static VersionLine Line(Numbered version) =>
        new(version.Item.ContentItemVersionId, version.Number, version.Item.ModifiedUtc ?? version.Item.CreatedUtc, version.Item.Author, version.Item.Latest, version.Item.Published);

    private sealed record Numbered(ContentItem Item, int Number);
}
