namespace Inspection.Readiness.Access;

/// <summary>The permission names the <c>Roles</c> recipe step grants, and which classifications each viewing permission opens.</summary>
public static class Permissions
{
    public const string ViewEvidence = "ViewEvidence";
    public const string ViewOfficialSensitive = "ViewOfficialSensitive";
    public const string ViewPersonal = "ViewPersonal";
    public const string UploadEvidence = "UploadEvidence";
    public const string EditEvidence = "EditEvidence";
    public const string PurgeEvidence = "PurgeEvidence";
    public const string ManageFindings = "ManageFindings";
    public const string ExportPacks = "ExportPacks";
    public const string ManageFrameworks = "ManageFrameworks";
    public const string ManageUsers = "ManageUsers";
    public const string ViewAuditLog = "ViewAuditLog";

    /// <summary>Change the repository's settings, such as which authority it serves.</summary>
    public const string ManageSettings = "ManageSettings";

    public static IReadOnlyList<string> All { get; } =
        [ViewEvidence, ViewOfficialSensitive, ViewPersonal, UploadEvidence, EditEvidence, PurgeEvidence, ManageFindings, ExportPacks, ManageFrameworks, ManageUsers, ViewAuditLog, ManageSettings];

    /// <summary>The classifications a set of permissions may see, lowest first.</summary>
    public static IReadOnlyList<string> Classifications(IReadOnlySet<string> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var allowed = new List<string>(3);
        if (granted.Contains(ViewEvidence))
        {
            allowed.Add(Content.Evidence.Classifications.Official);
            if (granted.Contains(ViewOfficialSensitive))
            {
                allowed.Add(Content.Evidence.Classifications.OfficialSensitive);
            }

            if (granted.Contains(ViewPersonal))
            {
                allowed.Add(Content.Evidence.Classifications.Personal);
            }
        }

        return allowed;
    }
}
