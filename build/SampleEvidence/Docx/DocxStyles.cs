using DocumentFormat.OpenXml.Wordprocessing;

namespace SampleEvidence.Docx;

/// <summary>The styles and numbering parts of the sample DOCX files: Word's built-in style ids, so readers map them.</summary>
internal static class DocxStyles
{
    public const int BulletNumberingId = 1;
    public const int DecimalAbstractId = 2;

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        },
        HeadingStyle("Heading1", "heading 1", 0, "34", "1F3864", "360"),
        HeadingStyle("Heading2", "heading 2", 1, "28", "1F3864", "280"),
        HeadingStyle("Heading3", "heading 3", 2, "24", "000000", "200"),
        SmallStyle("Header", "header"),
        SmallStyle("Footer", "footer"),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "80" },
                new Indentation { Left = "720" },
                new ContextualSpacing()))
        {
            Type = StyleValues.Paragraph,
            StyleId = "ListParagraph",
        },
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = "TableGrid",
        });

    /// <summary>Bullets share one numbering instance; each numbered list gets its own, restarting at 1.</summary>
    public static Numbering CreateNumbering(int numberedLists)
    {
        var numbering = new Numbering(
            new AbstractNum(ListLevel(NumberFormatValues.Bullet, "\u2022")) { AbstractNumberId = BulletNumberingId },
            new AbstractNum(ListLevel(NumberFormatValues.Decimal, "%1.")) { AbstractNumberId = DecimalAbstractId },
            new NumberingInstance(new AbstractNumId { Val = BulletNumberingId }) { NumberID = BulletNumberingId });
        for (var i = 0; i < numberedLists; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            {
                NumberID = BulletNumberingId + 1 + i,
            });
        }

        return numbering;
    }

    private static Level ListLevel(NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
    {
        LevelIndex = 0,
    };

    private static Style SmallStyle(string id, string name) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
        new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };

    private static Style HeadingStyle(string id, string name, int outline, string size, string colour, string before) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = before, After = "120" },
            new OutlineLevel { Val = outline }),
        new StyleRunProperties(
            new Bold(),
            new Color { Val = colour },
            new FontSize { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };
}
