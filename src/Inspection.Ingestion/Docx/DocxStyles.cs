using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Inspection.Ingestion.Docx;

/// <summary>Resolves paragraph style ids to heading levels and list-ness through the styles part, following "based on" chains.</summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    public DocxStyles(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && style.Type?.Value == StyleValues.Paragraph)
            {
                _styles.TryAdd(id, style);
            }
        }
    }

    /// <summary>1-6 for Title and Heading 1..6 (by id, name or outline level, inherited), else 0.</summary>
    public int HeadingLevel(string? styleId)
    {
        var id = styleId;
        for (var depth = 0; id is not null && depth < MaxChain; depth++)
        {
            var fromName = LevelFromName(id);
            _styles.TryGetValue(id, out var style);
            var name = style?.StyleName?.Val?.Value;
            if (fromName == 0 && name is not null)
            {
                fromName = LevelFromName(name);
            }

            if (fromName > 0)
            {
                return fromName;
            }

            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                return Math.Min(6, outline + 1);
            }

            id = style?.BasedOn?.Val?.Value;
        }

        return 0;
    }

    /// <summary>True when the style (or one it is based on) carries list numbering or is named as a list style.</summary>
    public bool IsList(string? styleId)
    {
        var id = styleId;
        for (var depth = 0; id is not null && depth < MaxChain; depth++)
        {
            if (!_styles.TryGetValue(id, out var style))
            {
                return id.StartsWith("List", StringComparison.OrdinalIgnoreCase);
            }

            var name = style.StyleName?.Val?.Value ?? id;
            if (style.StyleParagraphProperties?.NumberingProperties is not null
                || name.StartsWith("List Bullet", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("List Number", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            id = style.BasedOn?.Val?.Value;
        }

        return false;
    }

    public static int LevelFromName(string name)
    {
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length == 8 && compact.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && compact[7] is >= '1' and <= '9'
            ? Math.Min(6, compact[7] - '0')
            : 0;
    }
}
