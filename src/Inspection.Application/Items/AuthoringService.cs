using System.Text;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Inspection.Readiness.Access;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Indexing;

namespace Inspection.Application.Items;

/// <summary>
/// Evidence written in the app (a self-evaluation, an impact statement, an audit summary): a form from the type's
/// definition, saved as a draft or published; every save is a new version by its author, audited. Publishing cuts the
/// text into passages as ingestion does, so what is written here is searched, counted and packed like any document.
/// </summary>
public sealed class AuthoringService(
    IContentStore store,
    IEvidenceStore evidence,
    TypeEditors editors,
    IFrameworkCatalog frameworks,
    IDocumentExtractor extractor,
    IPassageSegmenter segmenter,
    IAuditLog audit,
    AccessPolicy access,
    OutboxIndexer indexer)
{
    public const string CreateAudit = "create";
    public const string SaveAudit = "save";
    public const string PublishAudit = "publish";

    private static readonly string ClassificationKey = $"{EvidencePart.PartName}.{EvidencePart.Classification}";

    /// <summary>A blank form of a creatable type, with its fields' defaults; null when the type cannot be written here.</summary>
    public async Task<ItemForm?> NewAsync(string typeName, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.EditEvidence, "write documents", cancellationToken).ConfigureAwait(false);
        var editor = await editors.ForTypeAsync(typeName, cancellationToken).ConfigureAwait(false);
        if (editor is not { Creatable: true })
        {
            return null;
        }

        var values = editor.Fields.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)(f.DefaultValue is { } d ? [d] : []), StringComparer.Ordinal);
        return new ItemForm(editor, null, false, values);
    }

    /// <summary>The form of an existing document the caller may see, filled in from its latest version.</summary>
    public async Task<ItemForm?> EditAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.EditEvidence, "edit documents", cancellationToken).ConfigureAwait(false);
        var item = await VisibleAsync(id, caller, cancellationToken).ConfigureAwait(false);
        var editor = item is null ? null : await editors.ForTypeAsync(item.ContentType, cancellationToken).ConfigureAwait(false);
        return item is null || editor is null ? null : new ItemForm(editor, item.ContentItemId, item.Published, ItemFields.Read(item, editor));
    }

    public async Task<SaveOutcome> CreateAsync(string typeName, IReadOnlyDictionary<string, IReadOnlyList<string>> values, bool publish, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var form = await NewAsync(typeName, caller, cancellationToken).ConfigureAwait(false)
            ?? throw Findings.FindingService.NotFound("kind of document that can be written here", typeName);
        var item = new ContentItem { ContentType = form.Editor.TypeName, Owner = caller.UserName, Author = caller.UserName };
        EvidencePart.SetText(item, EvidencePart.MediaType, "text/markdown");
        return await SaveCoreAsync(item, form.Editor, values, isNew: true, publish || !form.Editor.Draftable, caller, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SaveOutcome> SaveAsync(string id, IReadOnlyDictionary<string, IReadOnlyList<string>> values, bool publish, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        await access.RequireAsync(caller, Permissions.EditEvidence, "edit documents", cancellationToken).ConfigureAwait(false);
        var item = await VisibleAsync(id, caller, cancellationToken).ConfigureAwait(false);
        var editor = item is null ? null : await editors.ForTypeAsync(item.ContentType, cancellationToken).ConfigureAwait(false);
        if (item is null || editor is null)
        {
            throw Findings.FindingService.NotFound("document", id);
        }

        return await SaveCoreAsync(item, editor, values, isNew: false, publish || !editor.Draftable, caller, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes the latest version (a draft) of a document the caller may see.</summary>
    public async Task<bool> PublishAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.EditEvidence, "publish documents", cancellationToken).ConfigureAwait(false);
        var item = await VisibleAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return false;
        }

        if (!item.Published)
        {
            await store.InTransactionAsync(
                async ct =>
                {
                    await store.PublishAsync(item.ContentItemVersionId, ct).ConfigureAwait(false);
                    await audit.WriteAsync(caller.UserName, PublishAudit, item.ContentItemId, item.DisplayText, ct).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
            await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<SaveOutcome> SaveCoreAsync(ContentItem item, TypeEditor editor, IReadOnlyDictionary<string, IReadOnlyList<string>> values, bool isNew, bool publish, Caller caller, CancellationToken cancellationToken)
    {
        var themes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var framework in await frameworks.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            themes.Add(framework.Id);
            themes.UnionWith(framework.Themes.Select(t => t.Id));
        }

        var errors = ItemFields.Validate(editor, values, themes);
        if (values.TryGetValue(ClassificationKey, out var chosen) && chosen.Count > 0 && chosen[0].Trim() is { Length: > 0 } classification && !caller.MaySee(classification))
        {
            // Nobody may file evidence where they could not then read it.
            errors[ClassificationKey.Replace('.', '-').ToLowerInvariant()] = $"Your role may not file evidence as {classification}";
        }

        if (errors.Count > 0)
        {
            return new SaveOutcome(errors, null, false);
        }

        var before = isNew ? null : ItemFields.Describe(item, editor);
        ItemFields.Write(item, editor, values);
        if (EvidencePart.GetText(item, EvidencePart.Classification) is null)
        {
            EvidencePart.SetText(item, EvidencePart.Classification, Classifications.Official);
        }

        var unchanged = before is not null && string.Equals(before, ItemFields.Describe(item, editor), StringComparison.Ordinal) && (item.Published || !publish);
        if (unchanged)
        {
            return new SaveOutcome(new Dictionary<string, string>(StringComparer.Ordinal), item.ContentItemId, false);
        }

        var passages = Passages(item, editor);
        if (passages is null)
        {
            return new SaveOutcome(new Dictionary<string, string>(StringComparer.Ordinal) { ["markdownbodypart-markdown"] = "Write the text of the document" }, null, false);
        }

        item.Author = caller.UserName;
        var saved = await store.InTransactionAsync(
            async ct =>
            {
                var version = await evidence.SaveVersionAsync(item, isNew, publish, passages, ct).ConfigureAwait(false);
                var action = isNew ? CreateAudit : publish ? PublishAudit : SaveAudit;
                await audit.WriteAsync(caller.UserName, action, version.ContentItemId, $"{version.DisplayText}{(publish ? "" : " (draft)")}", ct).ConfigureAwait(false);
                return version;
            },
            cancellationToken).ConfigureAwait(false);
        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return new SaveOutcome(new Dictionary<string, string>(StringComparer.Ordinal), saved.ContentItemId, true);
    }

    /// <summary>The item's own words cut into passages as an ingested Markdown file would be; null when there are none.</summary>
    private List<Passage>? Passages(ContentItem item, TypeEditor editor)
    {
        var markdown = ItemFields.Markdown(item, editor);
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(markdown), writable: false);
            var document = extractor.Extract($"{item.DisplayText}.md", stream, CancellationToken.None);
            var passages = segmenter.Segment(document.Blocks).Select(d => d.ToPassage("", "", "")).ToList();
            return passages.Count == 0 ? null : passages;
        }
        catch (IngestionException)
        {
            return null;
        }
    }

    private async Task<ContentItem?> VisibleAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        var item = await store.GetAsync(id.Trim(), VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (item is null || !EvidencePart.IsEvidence(item))
        {
            return null;
        }

        if (!caller.MaySee(EvidencePart.GetText(item, EvidencePart.Classification)))
        {
            await access.RefusedAsync(caller, "document", item.ContentItemId, item.ContentItemId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return item;
    }
}
