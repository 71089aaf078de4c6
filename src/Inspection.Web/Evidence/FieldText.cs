namespace Inspection.Web.Evidence;

/// <summary>
/// What a form field's <c>aria-describedby</c> names: its hint and, when it has one, its error message, so that a screen
/// reader reads both on reaching the field (from the error summary's link, or by Tab), as GOV.UK's components do.
/// </summary>
public static class FieldText
{
    /// <summary>The ids given, those present, space-separated; null (Razor then leaves the attribute out) when none is.</summary>
    public static string? DescribedBy(params string?[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var present = ids.Where(id => !string.IsNullOrEmpty(id)).ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }

    /// <summary>The error message's id when the field has an error, else null.</summary>
    public static string? ErrorId(string fieldId, string? error) => error is null ? null : fieldId + "-error";
}
