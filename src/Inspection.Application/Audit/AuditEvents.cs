namespace Inspection.Application.Audit;

/// <summary>The audit log's events in words, for every host that shows them; the stored codes stay as they are.</summary>
public static class AuditEvents
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["sign-in"] = "Signed in",
        ["sign-in-refused"] = "Sign-in refused",
        ["sign-in-council"] = "Signed in with a council account",
        ["council-account-created"] = "Council account created at its first sign-in",
        ["role-mapped"] = "Role changed by the council's group mapping",
        ["view"] = "Viewed restricted evidence",
        ["search-hit"] = "Was shown restricted evidence in search results",
        ["download"] = "Downloaded an original",
        ["refused"] = "Refused a view of restricted evidence",
        ["denied"] = "Refused something the role does not allow",
        ["ingest"] = "Uploaded evidence",
        ["edit"] = "Edited the details of a document",
        ["create"] = "Wrote a document in the app",
        ["save"] = "Saved a draft",
        ["new-version"] = "Uploaded a new version",
        ["publish"] = "Published",
        ["restore-version"] = "Restored an earlier version",
        ["delete"] = "Deleted",
        ["restore"] = "Restored from deleted items",
        ["purge"] = "Purged for good",
        ["export"] = "Exported",
        ["export-pack"] = "Exported an evidence pack",
        ["store-exported"] = "Exported the whole store",
        ["recipe-imported"] = "Imported a recipe (content types, items or roles)",
        ["index-rebuilt"] = "Rebuilt the search index from the store",
        ["settings.authority"] = "Changed which authority the repository serves",
        ["action-created"] = "Added an action to the plan",
        ["action-updated"] = "Changed an action in the plan",
        ["action-removed"] = "Removed an action from the plan",
        ["finding.link-action"] = "Linked an action to a finding",
        ["finding.link-evidence"] = "Linked evidence to a finding",
        ["finding.status"] = "Changed the status of a finding",
        ["finding.settled"] = "Finding settled by the verdict of a revisit",
        ["user-created"] = "Created a user",
        ["role-changed"] = "Changed the role of a user",
        ["user-disabled"] = "Disabled a user",
        ["user-enabled"] = "Enabled a user",
        ["password-set"] = "Set the password of a user",
        ["password-changed"] = "Changed their own password",
        ["user-unlocked"] = "Unlocked a user",
    };

    /// <summary>Every event the application writes, in words, for choosing which to show.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } = [.. Words.OrderBy(w => w.Value, StringComparer.Ordinal)];

    /// <summary>The event in words; an event this version does not know stays as written.</summary>
    public static string Describe(string action) => Words.GetValueOrDefault(action) ?? action;
}
