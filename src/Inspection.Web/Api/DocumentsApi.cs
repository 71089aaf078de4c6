using Inspection.Application.Documents;
using Inspection.Application.Items;
using Inspection.Web.Hosting;

namespace Inspection.Web.Api;

/// <summary>The API's corrections and recycle bin: the same use cases as the document pages.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder changes, RouteGroupBuilder reads)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(reads);

        changes.MapPatch("/documents/{id}", async (string id, DocumentEdit edit, DocumentEditor editor, HttpContext http) =>
            Edited(await editor.EditAsync(id, edit, await http.GetCallerAsync(), http.RequestAborted), single: true));

        changes.MapPost("/documents/edits", async (BulkEdit request, DocumentEditor editor, HttpContext http) =>
            Edited(await editor.EditManyAsync(request.Ids ?? [], request.Edit ?? new DocumentEdit(), await http.GetCallerAsync(), http.RequestAborted), single: false));

        changes.MapDelete("/documents/{id}", async (string id, RecycleBin bin, HttpContext http) =>
            await bin.DeleteAsync(id, await http.GetCallerAsync(), http.RequestAborted) ? Results.NoContent() : ApiProblems.NotFound($"No document has the id '{id}'."));

        changes.MapPost("/deleted/{id}/restore", async (string id, RecycleBin bin, HttpContext http) =>
            await bin.RestoreAsync(id, await http.GetCallerAsync(), http.RequestAborted) ? Results.NoContent() : ApiProblems.NotFound($"No deleted document has the id '{id}'."));

        changes.MapDelete("/deleted/{id}", async (string id, RecycleBin bin, HttpContext http) =>
            await bin.PurgeAsync(id, await http.GetCallerAsync(), http.RequestAborted) ? Results.NoContent() : ApiProblems.NotFound($"No deleted document has the id '{id}'."));

        reads.MapGet("/deleted", async (RecycleBin bin, HttpContext http) =>
            Results.Ok(await bin.ListAsync(await http.GetCallerAsync(), http.RequestAborted)));

        // Writing in the app: a type's form values keyed "Part.Field" (one value each, or several for lists).
        changes.MapPost("/items", async (ItemRequest request, AuthoringService authoring, HttpContext http) =>
            Saved(await authoring.CreateAsync(request.Type ?? "", request.Values ?? [], request.Publish, await http.GetCallerAsync(), http.RequestAborted), created: true));

        changes.MapPut("/items/{id}", async (string id, ItemRequest request, AuthoringService authoring, HttpContext http) =>
            Saved(await authoring.SaveAsync(id, request.Values ?? [], request.Publish, await http.GetCallerAsync(), http.RequestAborted), created: false));

        changes.MapPost("/documents/{id}/publish", async (string id, AuthoringService authoring, HttpContext http) =>
            await authoring.PublishAsync(id, await http.GetCallerAsync(), http.RequestAborted) ? Results.NoContent() : ApiProblems.NotFound($"No document has the id '{id}'."));

        reads.MapGet("/documents/{id}/versions", async (string id, string? from, string? to, VersionHistory history, HttpContext http) =>
        {
            var caller = await http.GetCallerAsync();
            var versions = await history.ListAsync(id, caller, http.RequestAborted);
            if (versions is null)
            {
                return ApiProblems.NotFound($"No document has the id '{id}'.");
            }

            var comparison = from is null || to is null ? null : await history.CompareAsync(id, from, to, caller, http.RequestAborted);
            return Results.Ok(new { versions, comparison });
        });

        changes.MapPost("/documents/{id}/versions/{versionId}/restore", async (string id, string versionId, VersionHistory history, HttpContext http) =>
            await history.RestoreAsync(id, versionId, await http.GetCallerAsync(), http.RequestAborted) ? Results.NoContent() : ApiProblems.NotFound("No such version."));

        changes.MapPost("/documents/{id}/versions", async (string id, HttpContext http, NewVersions versions, Microsoft.Extensions.Options.IOptions<Content.Store.StoreOptions> store) =>
        {
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
            if (form?.Files["file"] is not { Length: > 0 } file)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = ["Send the new file as multipart/form-data, field 'file'"] });
            }

            var folder = Path.Combine(store.Value.DataDirectory, "uploads", "versions", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var path = Path.Combine(folder, Jobs.UploadInbox.SafeFileName(file.FileName));
                await using (var target = File.Create(path))
                {
                    await file.CopyToAsync(target, http.RequestAborted);
                }

                var outcome = await versions.AddAsync(id, path, await http.GetCallerAsync(), http.RequestAborted);
                return outcome.Saved
                    ? Results.Ok(outcome)
                    : Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [outcome.Problem ?? "The file was not taken"] });
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
    }

    private static IResult Saved(SaveOutcome outcome, bool created) =>
        !outcome.Succeeded
            ? Results.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal))
            : created ? Results.Created($"/api/documents/{outcome.ContentItemId}", new { id = outcome.ContentItemId }) : Results.Ok(new { id = outcome.ContentItemId, changed = outcome.Changed });

    /// <summary>A document written through the API: its type (when new), its values by field, and whether to publish.</summary>
    public sealed record ItemRequest(string? Type, Dictionary<string, IReadOnlyList<string>>? Values, bool Publish);

    private static IResult Edited(EditOutcome outcome, bool single)
    {
        if (!outcome.Succeeded)
        {
            return Results.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
        }

        return single && outcome.NotFound > 0
            ? ApiProblems.NotFound("No such document.")
            : Results.Ok(new { changed = outcome.Changed, unchanged = outcome.Unchanged, notFound = outcome.NotFound });
    }

    /// <summary>The body of a bulk correction: the documents and the one change for all of them.</summary>
    public sealed record BulkEdit(IReadOnlyList<string>? Ids, DocumentEdit? Edit);
}
