namespace Inspection.Application.Searches;

/// <summary>
/// Runs a saved search as a caller would (the host's own search, with its theme handling and trimming) and answers the
/// documents it finds, best first; the host provides it, so saved searches find exactly what the search page finds.
/// </summary>
public interface ISavedSearchFinder
{
    Task<IReadOnlyList<string>> DocumentIdsAsync(SavedQuery query, Readiness.Access.Caller caller, int max, CancellationToken cancellationToken);
}
