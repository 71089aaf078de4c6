using Inspection.Application.Audit;
using Inspection.Application.Jobs;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;

namespace Inspection.Web.Api;

/// <summary>The API's lists of uploads and of the audit log: the same use cases as the jobs and audit pages.</summary>
public static class AdminApi
{
    public static void MapAdminApi(this RouteGroupBuilder reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        reads.MapGet("/jobs", async (JobService jobs, HttpContext http) =>
            Results.Ok(await jobs.ListAsync(50, await http.GetCallerAsync(), http.RequestAborted))).RequireAuthorization(Permissions.UploadEvidence);

        reads.MapGet("/audit", async (string? document, AuditReader audit, HttpContext http) =>
            Results.Ok(await audit.ListAsync(document, 500, await http.GetCallerAsync(), http.RequestAborted)));
    }
}
