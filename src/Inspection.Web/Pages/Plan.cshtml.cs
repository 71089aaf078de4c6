using System.Globalization;
using Inspection.Application.Findings;
using Inspection.Application.Plans;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Plans;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>The improvement plan: every action with owner, due date, RAG and its history, and the findings it answers; leads add and re-rate actions.</summary>
public sealed class PlanModel(PlanService plan, FindingService findings, TimeProvider time) : PageModel
{

    public IReadOnlyList<PlannedAction> Actions { get; private set; } = [];

    public IReadOnlyList<TrackedFinding> Findings { get; private set; } = [];

    public bool CanManage { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>What the last change did, carried across the redirect after a post.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Today's date in the UK, against which actions are overdue.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The action whose edit failed, with what was typed, so the errors show beside it.</summary>
    public string? EditingId { get; private set; }

    public string? Comment { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Finding { get; set; }

    public string? Title { get; private set; }

    public string? Owner { get; private set; }

    public string? Due { get; private set; }

    public string? Rag { get; private set; }

    public static IReadOnlyList<string> Ratings => ActionDraft.Ratings;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? title, string? owner, string? due, string? rag)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!caller.Can(Permissions.ManageFindings))
        {
            return Forbid();
        }

        (Title, Owner, Due, Rag) = (title, owner, due, rag);
        var draft = new ActionDraft(title, owner, ParseDate(due), rag);
        foreach (var (field, message) in draft.Validate())
        {
            Errors[field] = message;
        }

        if (Errors.Count == 0)
        {
            try
            {
                var finding = string.IsNullOrWhiteSpace(Finding) ? null : Finding;
                var action = await plan.CreateAsync(draft, finding, caller, HttpContext.RequestAborted);
                Message = finding is null ? $"Action added: {action.Title}." : $"Action added and linked to the finding: {action.Title}.";
                return RedirectToPage();
            }
            catch (ReadinessException e) when (e.IsNotFound)
            {
                Errors["finding"] = "That finding no longer exists";
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(string id, string? title, string? owner, string? due, string? rag, string? comment)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!caller.Can(Permissions.ManageFindings))
        {
            return Forbid();
        }

        var draft = new ActionDraft(string.IsNullOrWhiteSpace(title) ? null : title, owner, ParseDate(due), rag) { Comment = comment };
        foreach (var (field, message) in (draft with { Title = draft.Title ?? "unchanged" }).Validate())
        {
            Errors[field] = message;
        }

        if (Errors.Count == 0)
        {
            try
            {
                var before = (await plan.ListAsync(caller, HttpContext.RequestAborted)).FirstOrDefault(a => string.Equals(a.Action.ContentItemId, id, StringComparison.Ordinal))?.Action;
                var action = await plan.UpdateAsync(id, draft, caller, HttpContext.RequestAborted);
                var unchanged = before is not null && string.IsNullOrWhiteSpace(comment)
                    && string.Equals(before.Title, action.Title, StringComparison.Ordinal)
                    && string.Equals(before.Owner, action.Owner, StringComparison.Ordinal)
                    && before.DueDate == action.DueDate
                    && string.Equals(before.Rag, action.Rag, StringComparison.Ordinal);
                Message = unchanged
                    ? $"Nothing changed in {action.Title}."
                    : $"{action.Title} is now {action.Rag}.";
                return RedirectToPage(null, null, $"action-{id}");
            }
            catch (ReadinessException e) when (e.IsNotFound)
            {
                return NotFound();
            }
        }

        (EditingId, Title, Owner, Due, Rag, Comment) = (id, title, owner, due, rag, comment);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!caller.Can(Permissions.ManageFindings))
        {
            return Forbid();
        }

        try
        {
            var title = (await plan.ListAsync(caller, HttpContext.RequestAborted)).FirstOrDefault(a => string.Equals(a.Action.ContentItemId, id, StringComparison.Ordinal))?.Action.Title;
            await plan.RemoveAsync(id, caller, HttpContext.RequestAborted);
            Message = $"Action removed: {title}. An administrator can restore it from deleted items.";
        }
        catch (ReadinessException e) when (e.IsNotFound)
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    public static string DateInput(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Inspection.Content.Model.DateInput.TryParseDay(text, out var date))
        {
            return date;
        }

        Errors["due"] = Inspection.Content.Model.DateInput.Mistake(text, "the due date", "31/03/2027");
        return null;
    }

    private async Task LoadAsync()
    {
        Today = DisplayText.UkToday(time.GetUtcNow());
        var caller = await HttpContext.GetCallerAsync();
        CanManage = caller.Can(Permissions.ManageFindings);
        Actions = await plan.ListAsync(caller, HttpContext.RequestAborted);
        // Our plan answers our findings; peers' letters kept for comparison are not ours to act on.
        Findings = await findings.ListAsync(null, Readiness.Authority.OrganisationFilter.Ours, caller, HttpContext.RequestAborted);
    }
}
