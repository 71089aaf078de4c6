namespace Inspection.Web.Evidence;

/// <summary>The fields of a generated editor as posted: each is named "f:Part.Field", a list posts one value per choice.</summary>
public static class FormValues
{
    public const string Prefix = "f:";

    public static Dictionary<string, IReadOnlyList<string>> Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Keys
            .Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(k => k[Prefix.Length..], k => (IReadOnlyList<string>)[.. form[k].OfType<string>()], StringComparer.Ordinal);
    }
}
