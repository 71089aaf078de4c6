using Inspection.Readiness.Access;

namespace Inspection.Application.Operations;

/// <summary>
/// <c>inspection check</c>: runs every registered <see cref="IIntegrityCheckSection"/> in order (store, originals,
/// orphans, index, themes, jobs, and any added later) for an administrator. A section that cannot run at all (an
/// unreadable index, say) reports that as its problem, and the others still run.
/// </summary>
public sealed class IntegrityCheck(IEnumerable<IIntegrityCheckSection> sections, AccessPolicy access)
{
    /// <summary>Only administrators run the service; ManageUsers is the permission only their role holds.</summary>
    public const string Permission = Permissions.ManageUsers;

    public async Task<IntegrityReport> RunAsync(IntegrityCheckOptions options, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await access.RequireAsync(caller, Permission, "check the store's integrity", cancellationToken).ConfigureAwait(false);
        var results = new List<CheckSection>();
        foreach (var section in sections)
        {
            try
            {
                results.Add(await section.RunAsync(options, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A per-section boundary: what failed is itself the finding, and the remaining sections still answer.
                results.Add(new CheckSection(
                    section.Name,
                    section.Title,
                    new Dictionary<string, long>(StringComparer.Ordinal),
                    [CheckIssue.ProblemOf("check-failed", $"this part of the check could not run: {ex.GetType().Name}: {ex.Message}")]));
            }
        }

        return new IntegrityReport(results);
    }
}
