using Inspection.Application.Documents;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>The evidence held that the caller may see, newest first, optionally of one kind.</summary>
public sealed class IndexModel(DocumentService documents, IEvidenceTypeCatalog types, Application.Settings.AuthoritySettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    /// <summary>Whose documents: all (the default), ours, elsewhere, or an organisation's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    public Evidence.OrganisationChoice Organisations { get; private set; } = new("", null, [], Readiness.Authority.OrganisationFilter.AllValue);

    /// <summary>The id of a document just deleted, to offer its undo.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Deleted { get; set; }

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    public IReadOnlyList<EvidenceType> Kinds { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        CanEdit = caller.Can(Permissions.EditEvidence);
        Kinds = await types.ListAsync(HttpContext.RequestAborted);
        // The address may name a kind by its plural or an alias ("?type=peer"): the chooser shows the kind it resolved to.
        Type = string.IsNullOrWhiteSpace(Type) ? null : (await types.ResolveAsync(Type, HttpContext.RequestAborted))?.Name ?? Type;
        Organisations = new Evidence.OrganisationChoice(
            Organisation ?? "",
            await settings.GetAsync(HttpContext.RequestAborted),
            await settings.OrganisationsAsync(caller, HttpContext.RequestAborted),
            Readiness.Authority.OrganisationFilter.AllValue);
        var organisation = string.IsNullOrWhiteSpace(Organisation) ? Readiness.Authority.OrganisationFilter.All : Readiness.Authority.OrganisationFilter.Parse(Organisation);
        Documents = await documents.ListAsync(Type, organisation, caller, HttpContext.RequestAborted);
    }
}
