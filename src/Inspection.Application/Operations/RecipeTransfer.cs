using System.Globalization;
using Inspection.Content.Audit;
using Inspection.Content.Recipes;
using Inspection.Readiness.Access;

namespace Inspection.Application.Operations;

/// <summary>
/// <c>inspection recipe import</c> and <c>recipe export</c>, for an administrator: a recipe may define types, change what a
/// role may do and carry every item with its evidence of every classification, so both need the permission the store's
/// export needs, and both are written to the audit log.
/// </summary>
public sealed class RecipeTransfer(RecipeImporter importer, RecipeExporter exporter, IAuditLog audit, AccessPolicy access)
{
    public const string ImportAudit = "recipe-imported";
    public const string ExportAudit = "export";

    /// <summary>Imports the files in one transaction, as <see cref="RecipeImporter.ImportFilesAsync"/> does; one audit line a file.</summary>
    public Task<IReadOnlyList<RecipeImportResult>> ImportAsync(
        IReadOnlyList<string> paths,
        IReadOnlyDictionary<string, string>? parameters,
        Caller caller,
        CancellationToken cancellationToken) =>
        ImportAsync(paths, parameters, caller, null, cancellationToken);

    /// <summary>As the overload above, saying how far each Content step has got.</summary>
    public async Task<IReadOnlyList<RecipeImportResult>> ImportAsync(
        IReadOnlyList<string> paths,
        IReadOnlyDictionary<string, string>? parameters,
        Caller caller,
        IProgress<RecipeProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, IntegrityCheck.Permission, "import recipes", cancellationToken).ConfigureAwait(false);
        var results = await importer.ImportFilesAsync(paths, parameters, progress, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            await audit.WriteAsync(caller.UserName, ImportAudit, null, string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(paths[i])} ({r.RecipeName}): {r.TypesSaved} type(s), {r.PartsSaved} part(s), {r.RolesSaved} role(s); items {r.ItemsCreated} created, {r.ItemsUpdated} updated"),
                cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>Writes the content types, items and roles to <paramref name="path"/> as an Orchard Core recipe.</summary>
    public async Task ExportAsync(string path, RecipeExportOptions options, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, IntegrityCheck.Permission, "export recipes", cancellationToken).ConfigureAwait(false);
        await exporter.ExportFileAsync(options, path, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(caller.UserName, ExportAudit, null, path, cancellationToken).ConfigureAwait(false);
    }
}
