using Inspection.Application.Documents;
using Inspection.Application.Findings;
using Inspection.Application.Jobs;
using Inspection.Application.Searches;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness.Access;
using Inspection.Readiness.Coverage;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Inspection.Web.Jobs;
using Microsoft.AspNetCore.Mvc;

namespace Inspection.Web.Api;

/// <summary>The JSON API under <c>/api</c>: the same operations as the pages, through the same access checks.</summary>
public static class InspectionApi
{
    public static IEndpointRouteBuilder MapInspectionApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").AddEndpointFilter<ApiErrorsFilter>();
        // Every change is refused when a browser sends it from another site.
        var changes = api.MapGroup("").AddEndpointFilter<SameOriginFilter>();
        changes.MapDocumentsApi(api);
        changes.MapFindingsApi(api);
        api.MapAdminApi();

        api.MapGet("/search", async ([AsParameters] SearchQuery query, HttpContext http, EvidenceReader reader, EvidenceSearch search) =>
        {
            var form = query.ToForm();
            var errors = new Dictionary<string, string>(form.Validate(out var after, out var before), StringComparer.Ordinal);
            if (await search.UnknownKindAsync(query.Type, http.RequestAborted) is { } unknown)
            {
                errors["type"] = unknown;
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
            }

            var caller = await http.GetCallerAsync();
            var results = await reader.SearchAsync(form, after, before, caller, http.RequestAborted);
            return Results.Ok(results);
        });

        api.MapGet("/documents", async (string? type, HttpContext http, DocumentService documents) =>
            Results.Ok(await documents.ListAsync(type, await http.GetCallerAsync(), http.RequestAborted)));

        api.MapGet("/documents/{id}", async (string id, HttpContext http, DocumentService documents) =>
        {
            var view = await documents.GetAsync(id, await http.GetCallerAsync(), http.RequestAborted);
            return view is null
                ? NotFound($"No document has the id '{id}'.")
                : Results.Ok(new
                {
                    document = view.Summary,
                    versions = view.Versions.Select(v => new { v.ContentItemVersionId, v.Latest, v.Published, v.ModifiedUtc }),
                    findings = view.Findings.Select(f => new { id = f.FindingId, f.Kind, f.Text, f.Page, f.VisitDate, f.VisitKind, f.Status, f.Verdict }),
                    passages = view.Passages.Select(p => new { id = p.PassageId, p.Ordinal, p.HeadingPath, p.PageFrom, p.PageTo, p.Text }),
                });
        });

        api.MapGet("/documents/{id}/original", async (string id, HttpContext http, DocumentService documents) =>
        {
            var original = await documents.OpenOriginalAsync(id, await http.GetCallerAsync(), http.RequestAborted);
            return original is { } o ? Results.File(o.Content, o.MediaType, o.FileName) : NotFound($"No document has the id '{id}'.");
        });

        api.MapGet("/coverage/{framework}", async (string framework, HttpContext http, ICoverageService coverage) =>
        {
            try
            {
                return Results.Ok(await coverage.GetAsync(framework, (await http.GetCallerAsync()).AllowedClassifications, http.RequestAborted));
            }
            catch (KeyNotFoundException e)
            {
                return NotFound(e.Message);
            }
        });

        api.MapGet("/findings", async (string? status, string? organisation, FindingService findings, HttpContext http) =>
            Results.Ok(await findings.ListAsync(status, Readiness.Authority.OrganisationFilter.Parse(organisation), await http.GetCallerAsync(), http.RequestAborted)));

        changes.MapPost("/uploads", async (HttpContext http, UploadInbox inbox, Microsoft.Extensions.Options.IOptions<WebOptions> options) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["files"] = ["Send the files as multipart/form-data"] });
            }

            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (e is IOException or InvalidDataException && !http.RequestAborted.IsCancellationRequested)
            {
                // A multipart body cut short or without its boundary is the sender's mistake, not ours.
                return Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["files"] = ["The upload could not be read: the multipart body is incomplete or malformed"] });
            }

            var caller = await http.GetCallerAsync();
            var classification = form["classification"].ToString();
            var errors = UploadRules.Check(form.Files.Count, options.Value.MaxFilesPerUpload, classification, caller, out var chosen);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
            }

            var jobId = await inbox.AcceptAsync([.. form.Files.Select(UploadedFile.From)], new IngestSettings(caller.UserName, chosen), http.RequestAborted);
            return Results.Accepted($"/api/jobs/{jobId}", new { jobId });
        }).RequireAuthorization(Permissions.UploadEvidence).DisableAntiforgery();

        api.MapGet("/jobs/{id}", async (string id, JobService jobs, HttpContext http) =>
        {
            var progress = await jobs.GetAsync(id, await http.GetCallerAsync(), http.RequestAborted);
            return progress is null ? NotFound($"No upload job has the id '{id}'.") : Results.Ok(progress);
        }).RequireAuthorization(Permissions.UploadEvidence);

        return endpoints;
    }

    private static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>The search API's query string.</summary>
    public sealed record SearchQuery(string? Q, string? Type, string? Theme, string? After, string? Before, int? Page, bool? ByDocument, string? Sort, bool? Facets)
    {
        // Facets are opt-in for API callers: counting over all hits costs far more than a search that skips what cannot reach the page.
        public SearchForm ToForm() => new() { Q = Q, Type = Type, Theme = Theme, After = After, Before = Before, Page = Page ?? 1, ByDocument = ByDocument ?? false, Sort = Sort, Facets = Facets ?? false };
    }
}
