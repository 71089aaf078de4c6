namespace Inspection.Content.Definitions;

/// <summary>
/// A kind of evidence as its content type defines it: its names for people (one, many, and what they may type after
/// <c>type:</c>), whether people write it in the app, and how readiness treats it: <see cref="Independent"/> evidence tests
/// the authority's account (an audit, an inspectorate's letter, data), <see cref="OwnAccount"/> evidence is that account
/// (a self-evaluation, a committee report), <see cref="PackOrder"/> places it in an evidence pack, and
/// <see cref="BriefingSection"/> names the section of a visit briefing that lists it (Audits, ImpactStatements, PerformanceData).
/// </summary>
public sealed record EvidenceType(
    string Name,
    string DisplayName,
    string PluralName,
    string Description,
    IReadOnlyList<string> Aliases,
    bool Creatable,
    bool Draftable,
    bool Independent,
    bool OwnAccount,
    int PackOrder,
    string? BriefingSection = null);
