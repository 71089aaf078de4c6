using Inspection.Application.Documents;
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
    }

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
