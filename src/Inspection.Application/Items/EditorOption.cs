namespace Inspection.Application.Items;

/// <summary>A choice of a predefined list: what people read and what is stored.</summary>
public sealed record EditorOption(string Name, string Value);
