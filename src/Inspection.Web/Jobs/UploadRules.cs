using Inspection.Readiness.Access;

namespace Inspection.Web.Jobs;

/// <summary>What an upload must satisfy before its files are accepted: some files, not too many, and a classification the uploader may see.</summary>
public static class UploadRules
{
    public static IReadOnlyDictionary<string, string> Check(int fileCount, int maxFiles, string? classification, Caller caller, out string chosen)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fileCount == 0)
        {
            errors["files"] = "Choose at least one file to upload";
        }
        else if (fileCount > maxFiles)
        {
            errors["files"] = $"Upload at most {maxFiles} files at once";
        }

        chosen = string.IsNullOrWhiteSpace(classification) ? Content.Evidence.Classifications.Official : classification.Trim();
        if (!Content.Evidence.Classifications.All.Contains(chosen, StringComparer.Ordinal))
        {
            errors["classification"] = "Choose Official, Official-Sensitive or Personal";
        }
        else if (!caller.MaySee(chosen))
        {
            // Nobody may file evidence they could not then read.
            errors["classification"] = $"Your role may not upload {chosen} evidence";
        }

        return errors;
    }
}
