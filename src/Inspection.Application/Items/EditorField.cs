namespace Inspection.Application.Items;

/// <summary>
/// One field of a content type's editor, read from its definition: where it lives in the item (part and field), what kind
/// of field it is (TextField, DateField, NumericField, MultiTextField, or the Title and MarkdownBody parts), which editor
/// shows it (Standard, TextArea, PredefinedList, Disabled, ThemePicker), and its label, hint, rules and choices.
/// </summary>
public sealed record EditorField(
    string Part,
    string Field,
    string FieldType,
    string Editor,
    string DisplayName,
    string Hint,
    bool Required,
    IReadOnlyList<EditorOption> Options,
    string? DefaultValue)
{
    public const string TitleType = "TitlePart";
    public const string MarkdownType = "MarkdownBodyPart";

    /// <summary>The form key of the field ("EvidencePart.DocumentDate", "TitlePart.Title").</summary>
    public string Key => $"{Part}.{Field}";

    public bool ReadOnly => string.Equals(Editor, "Disabled", StringComparison.Ordinal);
}
