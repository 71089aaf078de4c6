using Inspection.Application.Findings;
using Inspection.Application.Plans;
using Inspection.Readiness.Plans;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;

namespace Inspection.Web.Api;

/// <summary>The API's findings tracker and improvement plan: the same use cases as the findings and plan pages.</summary>
public static class FindingsApi
{
    public static void MapFindingsApi(this RouteGroupBuilder changes, RouteGroupBuilder reads)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(reads);

        reads.MapGet("/findings/{id}", async (string id, FindingService findings, HttpContext http) =>
            await findings.GetAsync(id, await http.GetCallerAsync(), http.RequestAborted) is { } finding ? Results.Ok(finding) : ApiProblems.NotFound($"No finding has the id '{id}'."));

        // Passages a lead could link (the finding page's "Find evidence to link"): the finding's own words unless q is given.
        reads.MapGet("/findings/{id}/evidence-candidates", async (string id, string? q, FindingEvidenceSearch search, HttpContext http) =>
        {
            var found = await search.CandidatesAsync(id, q, await http.GetCallerAsync(), http.RequestAborted);
            return Results.Ok(new
            {
                query = found.Query,
                message = found.Message,
                candidates = found.Candidates.Select(c => new { c.AfterVisit, c.Hit }),
            });
        });

        changes.MapPost("/findings/{id}/status", async (string id, StatusChange change, FindingService findings, HttpContext http) =>
            Results.Ok(await findings.SetStatusAsync(id, change.Status ?? "", await http.GetCallerAsync(), http.RequestAborted)));

        changes.MapPost("/findings/{id}/evidence", async (string id, EvidenceLink link, FindingService findings, HttpContext http) =>
            Results.Ok(await findings.LinkEvidenceAsync(id, link.PassageId ?? "", await http.GetCallerAsync(), http.RequestAborted)));

        changes.MapPost("/findings/{id}/actions", async (string id, ActionLink link, FindingService findings, HttpContext http) =>
            Results.Ok(await findings.LinkActionAsync(id, link.ActionId ?? "", await http.GetCallerAsync(), http.RequestAborted)));

        reads.MapGet("/plan", async (PlanService plan, HttpContext http) =>
            Results.Ok(await plan.ListAsync(await http.GetCallerAsync(), http.RequestAborted)));

        changes.MapPost("/plan", async (ActionRequest request, PlanService plan, HttpContext http) =>
        {
            if (request.Draft(out var errors) is not { } draft)
            {
                return Results.ValidationProblem(errors);
            }

            var action = await plan.CreateAsync(draft, request.FindingId, await http.GetCallerAsync(), http.RequestAborted);
            return Results.Created($"/api/plan/{action.ContentItemId}", action);
        });

        changes.MapPatch("/plan/{id}", async (string id, ActionRequest request, PlanService plan, HttpContext http) =>
            request.Draft(out var errors, titleRequired: false) is { } draft
                ? Results.Ok(await plan.UpdateAsync(id, draft, await http.GetCallerAsync(), http.RequestAborted))
                : Results.ValidationProblem(errors));
    }

    public sealed record StatusChange(string? Status);

    public sealed record EvidenceLink(string? PassageId);

    public sealed record ActionLink(string? ActionId);

    /// <summary>An action as the API takes it: due date as YYYY-MM-DD or DD/MM/YYYY.</summary>
    public sealed record ActionRequest(string? Title, string? Owner, string? Due, string? Rag, string? FindingId)
    {
        public ActionDraft? Draft(out Dictionary<string, string[]> errors, bool titleRequired = true)
        {
            errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            DateOnly? due = null;
            if (!string.IsNullOrWhiteSpace(Due))
            {
                if (UkDate.TryParse(Due, out var parsed))
                {
                    due = parsed;
                }
                else
                {
                    errors["due"] = [Content.Model.DateInput.Mistake(Due, "the due date", "31/03/2027")];
                }
            }

            var draft = new ActionDraft(Title, Owner, due, Rag);
            foreach (var (field, message) in (titleRequired ? draft : draft with { Title = "unchanged" }).Validate())
            {
                errors[field] = [message];
            }

            return errors.Count == 0 ? draft : null;
        }
    }
}
