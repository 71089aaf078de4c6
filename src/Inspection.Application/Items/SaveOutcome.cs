namespace Inspection.Application.Items;

/// <summary>What became of a save: field errors keyed by field id and nothing saved, or the item's id and whether anything changed.</summary>
public sealed record SaveOutcome(IReadOnlyDictionary<string, string> Errors, string? ContentItemId, bool Changed)
{
    public bool Succeeded => Errors.Count == 0;
}
