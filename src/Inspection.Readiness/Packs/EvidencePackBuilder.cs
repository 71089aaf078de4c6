using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Themes;
using Inspection.Search;

namespace Inspection.Readiness.Packs;

/// <summary>
/// Assembles an evidence pack for inspectors: one ZIP holding an index page (what inspectors said, the evidence in order
/// with why each piece is there, and the gaps), a manifest with each file's SHA-256, and the original files. Only
/// evidence of the chosen classifications goes in, and only our authority's (peers' letters kept for comparison stay out);
/// the export, and each restricted document in it, is audited.
/// </summary>
public sealed class EvidencePackBuilder(
    IVisitBriefingService briefings,
    IThemeEvidence themes,
    IContentStore store,
    IBlobStore blobs,
    IAuditLog audit,
    IEvidenceTypeCatalog types,
    OurAuthority authority)
{
    /// <summary>What the pack will hold; throws <see cref="ReadinessException"/> (not found) for an unknown theme.</summary>
    public async Task<EvidencePackPlan> PlanAsync(EvidencePackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var classifications = request.EffectiveClassifications;
        var briefing = await briefings.BuildAsync(request.ThemeId, classifications, cancellationToken).ConfigureAwait(false);
        var search = new SearchRequest
        {
            AllowedClassifications = classifications,
            GroupByDocument = true,
            Top = Math.Clamp(request.MaxDocuments, 1, EvidencePackRequest.MostDocuments),
        };
        var ours = await authority.ScopeAsync(cancellationToken).ConfigureAwait(false);
        var hits = classifications.Count == 0
            ? []
            : ((await themes.EvidenceForAsync(briefing.ThemeId, search, cancellationToken).ConfigureAwait(false))?.Hits ?? [])
                .Where(h => ours.IsOurs(h.Organisation))
                .ToList();

        // The letters whose findings the briefing quotes go in even when the theme's phrases do not find them.
        var letters = briefing.Findings.Select(f => f.Finding.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var best = hits.ToDictionary(h => h.DocumentId, StringComparer.Ordinal);
        var ids = letters.Concat(hits.Select(h => h.DocumentId)).Distinct(StringComparer.Ordinal);
        var documents = new List<PackedDocument>();
        foreach (var id in ids)
        {
            var item = await store.GetAsync(id, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
            var classification = item is null ? null : EvidencePart.GetText(item, EvidencePart.Classification) ?? Classifications.Official;
            if (item is null || !classifications.Contains(classification!, StringComparer.Ordinal)
                || !ours.IsOurs(EvidencePart.GetText(item, EvidencePart.Organisation)))
            {
                continue;
            }

            best.TryGetValue(id, out var hit);
            documents.Add(new PackedDocument(
                id,
                item.DisplayText,
                item.ContentType,
                EvidencePart.GetDate(item, EvidencePart.DocumentDate),
                classification!,
                EvidencePart.GetText(item, EvidencePart.SourceFileName),
                EvidencePart.GetText(item, EvidencePart.SourceHash),
                "",
                letters.Contains(id, StringComparer.Ordinal),
                hit?.MatchingPassages ?? 0,
                hit?.PageFrom ?? 0,
                hit?.PageTo ?? 0,
                (hit?.SnippetText ?? "").Replace("**", "", StringComparison.Ordinal)));
        }

        // Each kind in its place in a pack (the type's PackOrder setting): letters first, the authority's own account last.
        var kinds = (await types.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var ordered = documents
            .Select(d => d with { KindName = kinds.TryGetValue(d.Kind, out var type) ? type.DisplayName : d.Kind })
            .OrderBy(d => kinds.TryGetValue(d.Kind, out var type) ? type.PackOrder : int.MaxValue)
            .ThenByDescending(d => d.Date)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .Select((d, i) => d with { PackPath = PackPath(i + 1, d) })
            .ToList();
        return new EvidencePackPlan(briefing, ordered, classifications)
        {
            LeftOut = await LeftOutAsync(request, briefing.ThemeId, ours, cancellationToken).ConfigureAwait(false),
        };
    }

    // Our documents on the theme in the classifications the person may see but did not ask for, counted by
    // classification, so the pack page can say what a tick would add ("2 Personal documents on this theme are not in it").
    private async Task<Dictionary<string, int>> LeftOutAsync(EvidencePackRequest request, string themeId, AuthorityScope ours, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var classification in request.AllowedClassifications.Distinct(StringComparer.Ordinal).Except(request.EffectiveClassifications, StringComparer.Ordinal))
        {
            var search = new SearchRequest { AllowedClassifications = [classification], GroupByDocument = true, Top = 500 };
            var hits = (await themes.EvidenceForAsync(themeId, search, cancellationToken).ConfigureAwait(false))?.Hits ?? [];
            var documents = hits.Where(h => ours.IsOurs(h.Organisation)).Select(h => h.DocumentId).Distinct(StringComparer.Ordinal).Count();
            if (documents > 0)
            {
                counts[classification] = documents;
            }
        }

        return counts;
    }

    /// <summary>Writes the planned pack as a ZIP to <paramref name="output"/>, then audits the export.</summary>
    public async Task WriteAsync(EvidencePackPlan plan, string userName, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            foreach (var document in plan.Documents)
            {
                await using var original = (document.SourceHash is null ? null : blobs.Open(document.SourceHash))
                    ?? throw new ReadinessException($"{document.SourceFile ?? document.DocumentId}: the original file of '{document.Title}' is missing from the blob store");
                var entry = zip.CreateEntry(document.PackPath, CompressionLevel.Optimal);
                await using var target = entry.Open();
                await original.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            await WriteEntryAsync(zip, "manifest.json", Manifest(plan, userName), cancellationToken).ConfigureAwait(false);
            await WriteEntryAsync(zip, "index.html", EvidencePackIndexRenderer.Render(plan, userName), cancellationToken).ConfigureAwait(false);
        }

        await audit.WriteAsync(userName, "export-pack", null, $"{plan.Briefing.ThemeId}: {plan.Documents.Count} document(s), {string.Join(", ", plan.Classifications)}", cancellationToken).ConfigureAwait(false);
        foreach (var restricted in plan.Documents.Where(d => !string.Equals(d.Classification, Classifications.Official, StringComparison.Ordinal)))
        {
            // Restricted evidence leaving the system is on that document's own record too.
            await audit.WriteAsync(userName, "export", restricted.DocumentId, $"in evidence pack {plan.Briefing.ThemeId}", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string text, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }

    private static string Manifest(EvidencePackPlan plan, string userName) => JsonSerializer.Serialize(
        new
        {
            theme = plan.Briefing.ThemeId,
            title = plan.Briefing.ThemeTitle,
            preparedUtc = plan.Briefing.GeneratedUtc,
            preparedBy = userName,
            classifications = plan.Classifications,
            documents = plan.Documents.Select(d => new
            {
                path = d.PackPath,
                id = d.DocumentId,
                d.Title,
                d.Kind,
                date = d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.Classification,
                sourceFile = d.SourceFile,
                sha256 = d.SourceHash,
                hasFindings = d.HasFindings,
                matchingPassages = d.MatchingPassages,
            }),
        },
        ManifestJson);

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string PackPath(int number, PackedDocument document)
    {
        var date = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var name = Slugs.Of(Path.GetFileNameWithoutExtension(document.SourceFile ?? document.Title));
        var extension = Path.GetExtension(document.SourceFile ?? "").ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"evidence/{number:00}-{Slugs.Of(document.Kind)}-{date}-{name}{extension}");
    }
}
