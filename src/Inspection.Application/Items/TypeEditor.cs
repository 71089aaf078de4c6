namespace Inspection.Application.Items;

/// <summary>A content type's editor: its names, whether people write it here (creatable) and keep drafts, and its fields in order.</summary>
public sealed record TypeEditor(string TypeName, string DisplayName, string Description, bool Creatable, bool Draftable, IReadOnlyList<EditorField> Fields);
