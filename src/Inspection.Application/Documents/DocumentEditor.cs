using System.Globalization;
using System.Text;
using Inspection.Content.Audit;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Indexing;

namespace Inspection.Application.Documents;

/// <summary>
/// Corrects what the pipeline made of a document (title, kind, date, organisation, classification, themes), for one
/// document or many at once. Each change is a new version by the person who made it, audited with what changed; a change
/// that changes nothing is neither saved nor audited. The search index follows before the call returns, so a document
/// reclassified upwards is trimmed from search at once.
/// </summary>
public sealed class DocumentEditor(
    IContentStore store,
    IEvidenceTypeCatalog types,
    IFrameworkCatalog frameworks,
    IAuditLog audit,
    AccessPolicy access,
    OutboxIndexer indexer,
    TimeProvider time)
{
    /// <summary>The audit action of a correction.</summary>
    public const string EditAudit = "edit";

    private const int MaxTitle = 300;
    private const int MaxOrganisation = 200;
    private const int MaxAtOnce = 1000;

    // A committee report is often dated by the meeting it goes to, some weeks ahead; a date further off is a slip of the year.
    private const int MostDaysAhead = 92;

    public Task<EditOutcome> EditAsync(string id, DocumentEdit edit, Caller caller, CancellationToken cancellationToken) =>
        EditManyAsync([id], edit, caller, cancellationToken);

    /// <summary>Applies the same correction to every document listed that the caller may see, in one transaction.</summary>
    public async Task<EditOutcome> EditManyAsync(IReadOnlyList<string> ids, DocumentEdit edit, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(edit);
        await access.RequireAsync(caller, Permissions.EditEvidence, "correct documents", cancellationToken).ConfigureAwait(false);
        var (errors, clean) = await ValidateAsync(edit, caller, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            errors["documents"] = "Choose at least one document";
        }
        else if (ids.Count > MaxAtOnce)
        {
            errors["documents"] = string.Create(CultureInfo.InvariantCulture, $"Change at most {MaxAtOnce} documents at once");
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Invalid(errors);
        }

        var names = await ChangeNames.LoadAsync(types, frameworks, cancellationToken).ConfigureAwait(false);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var notFound = new List<string>();
        var (changed, unchanged) = await store.InTransactionAsync(
            async ct =>
            {
                // Read together, saved together and audited together: one document at a time, a bulk change of hundreds
                // spent most of its time in round trips to the store.
                var found = (await store.GetManyAsync([.. wanted.Where(id => !string.IsNullOrWhiteSpace(id) && id.Length <= 100)], VersionOptions.Latest, ct).ConfigureAwait(false))
                    .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
                notFound.Clear();
                var counts = (Changed: 0, Unchanged: 0);
                var edited = new List<ContentItem>();
                var lines = new List<(string ContentItemId, string Detail)>();
                foreach (var id in wanted)
                {
                    if (!found.TryGetValue(id, out var item) || !EvidencePart.IsEvidence(item))
                    {
                        notFound.Add(id);
                        continue;
                    }

                    if (!caller.MaySee(EvidencePart.GetText(item, EvidencePart.Classification)))
                    {
                        await access.RefusedAsync(caller, "document", item.ContentItemId, item.ContentItemId, ct).ConfigureAwait(false);
                        notFound.Add(id);
                        continue;
                    }

                    var changes = Apply(item, clean, names);
                    if (changes.Length == 0)
                    {
                        counts.Unchanged++;
                        continue;
                    }

                    item.Author = caller.UserName;
                    edited.Add(item);
                    lines.Add((item.ContentItemId, changes.ToString()));
                    counts.Changed++;
                }

                if (edited.Count > 0)
                {
                    await store.UpdateManyAsync(edited, ct).ConfigureAwait(false);
                    await audit.WriteManyAsync(caller.UserName, EditAudit, lines, ct).ConfigureAwait(false);
                }

                return counts;
            },
            cancellationToken).ConfigureAwait(false);

        if (changed > 0)
        {
            await indexer.CatchUpWarmingLaterAsync(cancellationToken).ConfigureAwait(false);
        }

        return new EditOutcome(new Dictionary<string, string>(StringComparer.Ordinal), changed, unchanged, notFound);
    }

    private async Task<(Dictionary<string, string> Errors, DocumentEdit Clean)> ValidateAsync(DocumentEdit edit, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (edit.IsEmpty)
        {
            errors["documents"] = "Say what to change";
        }

        var title = edit.Title?.Trim();
        if (title is not null && (title.Length == 0 || title.Length > MaxTitle))
        {
            errors["title"] = title.Length == 0 ? "Enter a title" : string.Create(CultureInfo.InvariantCulture, $"The title must be {MaxTitle} characters or fewer");
        }

        string? kind = null;
        if (edit.Kind is not null)
        {
            kind = (await types.ResolveAsync(edit.Kind, cancellationToken).ConfigureAwait(false))?.Name;
            if (kind is null)
            {
                var known = await types.ListAsync(cancellationToken).ConfigureAwait(false);
                errors["kind"] = $"Choose a kind of evidence: {string.Join(", ", known.Select(t => t.DisplayName))}";
            }
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (edit.Date is { Year: < 1950 or > 2100 })
        {
            errors["date"] = "Enter a date between 1950 and 2100";
        }
        else if (edit.Date is { } date && date > today.AddDays(MostDaysAhead))
        {
            errors["date"] = $"{ChangeNames.Date(date)} is more than three months from today: a document's date is when it was written, published or presented. Check the year";
        }

        var organisation = edit.Organisation?.Trim();
        if (organisation is { Length: > MaxOrganisation })
        {
            errors["organisation"] = string.Create(CultureInfo.InvariantCulture, $"The organisation must be {MaxOrganisation} characters or fewer");
        }

        var classification = edit.Classification?.Trim();
        if (classification is not null)
        {
            classification = Classifications.All.FirstOrDefault(c => string.Equals(c, classification, StringComparison.OrdinalIgnoreCase));
            if (classification is null)
            {
                errors["classification"] = "Choose Official, Official-Sensitive or Personal";
            }
            else if (!caller.MaySee(classification))
            {
                // Nobody may file evidence where they could not then read it.
                errors["classification"] = $"Your role may not file evidence as {classification}";
            }
        }

        var themes = new List<string>();
        foreach (var theme in (edit.Themes ?? []).Select(t => t.Trim().Trim('/')).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (await frameworks.GetThemeAsync(theme, cancellationToken).ConfigureAwait(false) is null
                && await frameworks.GetAsync(theme, cancellationToken).ConfigureAwait(false) is null)
            {
                errors["themes"] = $"'{theme}' is not a framework or theme id";
                break;
            }

            themes.Add(theme);
        }

        var clean = new DocumentEdit
        {
            Title = title,
            Kind = kind,
            Date = edit.Date,
            Organisation = organisation,
            Classification = classification,
            Themes = edit.Themes is null ? null : themes,
        };
        return (errors, clean);
    }

    /// <summary>
    /// Sets the edited fields on the item; returns what changed in words, as the document's history and the audit log show
    /// it ("kind: Committee report to Action plan; date: 14 March 2012 to 3 November 2025"), empty when nothing did.
    /// </summary>
    private static StringBuilder Apply(ContentItem item, DocumentEdit edit, ChangeNames names)
    {
        var changes = new StringBuilder();
        void Note(string field, string? before, string? after)
        {
            if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Append(changes.Length == 0 ? "" : "; ").Append(field).Append(": ").Append(before ?? "(none)").Append(" to ").Append(after ?? "(none)");
            }
        }

        if (edit.Title is { } title)
        {
            Note("title", item.DisplayText, title);
            item.DisplayText = title;
            item.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title };
        }

        if (edit.Kind is { } kind)
        {
            Note("kind", names.Kind(item.ContentType), names.Kind(kind));
            item.ContentType = kind;
        }

        if (edit.Date is { } date)
        {
            var before = EvidencePart.GetDate(item, EvidencePart.DocumentDate);
            Note("date", ChangeNames.Date(before), ChangeNames.Date(date));
            EvidencePart.SetDate(item, EvidencePart.DocumentDate, date);
        }

        if (edit.Organisation is { } organisation)
        {
            Note("organisation", EvidencePart.GetText(item, EvidencePart.Organisation), organisation.Length == 0 ? null : organisation);
            EvidencePart.SetText(item, EvidencePart.Organisation, organisation.Length == 0 ? null : organisation);
        }

        if (edit.Classification is { } classification)
        {
            Note("classification", EvidencePart.GetText(item, EvidencePart.Classification) ?? Classifications.Official, classification);
            EvidencePart.SetText(item, EvidencePart.Classification, classification);
        }

        if (edit.Themes is { } themes)
        {
            var before = EvidencePart.GetValues(item, EvidencePart.Themes);
            Note("themes", names.Themes(before), names.Themes(themes));
            EvidencePart.SetValues(item, EvidencePart.Themes, themes);
        }

        return changes;
    }
}
