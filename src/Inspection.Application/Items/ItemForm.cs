namespace Inspection.Application.Items;

/// <summary>An item's editor with the values to show in it (an existing item's, or a new one's defaults).</summary>
public sealed record ItemForm(TypeEditor Editor, string? ContentItemId, bool Published, IReadOnlyDictionary<string, IReadOnlyList<string>> Values);
