namespace Inspection.Parity;

/// <summary>
/// One host of the application layer (the web app through its API, or the command line acting <c>--as</c> a user) seen
/// through the operations both offer, over a store holding the sample evidence and one account per role: viewer
/// (Viewer), contributor (Contributor), lead (QualityLead) and admin (Administrator).
/// </summary>
public interface IParityHost : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Adds a text document filed under <paramref name="classification"/>; returns its id.</summary>
    Task<string> AddDocumentAsync(string fileName, string text, string classification);

    /// <summary>The id of a finding from the sample letters.</summary>
    Task<string> AnyFindingIdAsync();

    Task<HostAnswer> ShowAsync(string user, string id);

    Task<HostAnswer> EditKindAsync(string user, string id, string kind);

    Task<HostAnswer> ReclassifyAsync(string user, string id, string classification);

    Task<HostAnswer> DeleteAsync(string user, string id);

    Task<HostAnswer> RestoreAsync(string user, string id);

    Task<HostAnswer> PurgeAsync(string user, string id);

    Task<HostAnswer> SetFindingStatusAsync(string user, string findingId, string status);

    /// <summary>The audit log's lines (who, what, detail), newest first, read through the host as the administrator.</summary>
    Task<IReadOnlyList<(string User, string Action, string? Detail)>> AuditAsync();
}
