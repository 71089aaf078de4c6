namespace Inspection.Application.Items;

/// <summary>Two versions of a document side by side as lines kept, removed and added.</summary>
public sealed record VersionComparison(VersionLine From, VersionLine To, IReadOnlyList<DiffLine> Lines);
