namespace Inspection.Content.Archive;

/// <summary>The names under which an export counts what it holds (the manifest's <c>Counts</c>).</summary>
public static class ArchiveCounts
{
    public const string ContentTypes = "contentTypes";
    public const string ContentParts = "contentParts";
    public const string Roles = "roles";
    public const string Items = "items";
    public const string Versions = "versions";
    public const string Passages = "passages";
    public const string Findings = "findings";
    public const string FindingLinks = "findingLinks";
    public const string Originals = "originals";
    public const string OriginalBytes = "originalBytes";
    public const string Users = "users";
    public const string AuditLines = "auditLines";
    public const string SavedSearches = "savedSearches";
}
