namespace Inspection.Readiness.Packs;

/// <summary>
/// What to pack: a theme (or a whole framework), the classifications the person may see, and those of them to put in the
/// pack (a pack for inspectors usually leaves out Personal evidence unless it is asked for).
/// </summary>
public sealed record EvidencePackRequest(
    string ThemeId,
    string UserName,
    IReadOnlyCollection<string> AllowedClassifications,
    IReadOnlyCollection<string> IncludedClassifications,
    int MaxDocuments = EvidencePackRequest.DefaultMaxDocuments)
{
    public const int DefaultMaxDocuments = 60;

    /// <summary>The most documents one pack takes by the theme's search.</summary>
    public const int MostDocuments = 500;

    /// <summary>The classifications that may go in: those asked for that the person may also see.</summary>
    public IReadOnlyList<string> EffectiveClassifications =>
        [.. IncludedClassifications.Where(c => AllowedClassifications.Contains(c, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];
}
