namespace Inspection.Content.Definitions;

/// <summary>The kinds of evidence the content definitions declare: every label, <c>type:</c> name and readiness rule about a kind comes from here.</summary>
public interface IEvidenceTypeCatalog
{
    /// <summary>Every evidence type, in pack order then by name.</summary>
    Task<IReadOnlyList<EvidenceType>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The type for what a person typed: its name, display name, plural or an alias, ignoring case, spaces and hyphens; null when none.</summary>
    Task<EvidenceType?> ResolveAsync(string typed, CancellationToken cancellationToken);

    /// <summary>Forgets what was read, so that the next call reads the definitions again (after a recipe import).</summary>
    void Invalidate();
}
