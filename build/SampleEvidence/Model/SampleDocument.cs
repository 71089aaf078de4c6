using System.Globalization;

namespace SampleEvidence.Model;

/// <summary>A piece of sample evidence: metadata plus content blocks, built fluently.</summary>
internal sealed class SampleDocument(string fileName, string title, DateOnly date)
{
    private readonly List<Block> _blocks = [];
    private int _section;
    private int _paragraph;

    public string FileName { get; } = fileName;

    public string Title { get; } = title;

    public DateOnly Date { get; } = date;

    public string Author { get; init; } = "Harrowden Borough Council";

    public string? Subject { get; init; }

    /// <summary>Text repeated at the top of every PDF page, the kind of line ingestion must strip.</summary>
    public string? RunningHeader { get; init; }

    public IReadOnlyList<Block> Blocks => _blocks;

    public SampleDocument Heading(int level, string text)
    {
        _blocks.Add(new HeadingBlock(level, text));
        return this;
    }

    public SampleDocument H1(string text) => Heading(1, text);

    public SampleDocument H2(string text) => Heading(2, text);

    public SampleDocument H3(string text) => Heading(3, text);

    /// <summary>Starts a numbered section ("4. Text"); following <see cref="Np"/> paragraphs are 4.1, 4.2...</summary>
    public SampleDocument Section(string text)
    {
        _section++;
        _paragraph = 0;
        return Heading(2, string.Create(CultureInfo.InvariantCulture, $"{_section}. {text}"));
    }

    public SampleDocument P(string text)
    {
        _blocks.Add(new ParagraphBlock(text));
        return this;
    }

    public SampleDocument Bold(string text)
    {
        _blocks.Add(new ParagraphBlock(text, Bold: true));
        return this;
    }

    /// <summary>A paragraph numbered within the current section.</summary>
    public SampleDocument Np(string text)
    {
        _paragraph++;
        _blocks.Add(new ParagraphBlock(text, string.Create(CultureInfo.InvariantCulture, $"{_section}.{_paragraph}")));
        return this;
    }

    public SampleDocument Bullets(params string[] items)
    {
        _blocks.Add(new ListBlock(items, Numbered: false));
        return this;
    }

    public SampleDocument Steps(params string[] items)
    {
        _blocks.Add(new ListBlock(items, Numbered: true));
        return this;
    }

    public SampleDocument Table(double[] weights, string[] headers, params string[][] rows)
    {
        _blocks.Add(new TableBlock(headers, rows, weights));
        return this;
    }

    public SampleDocument Lines(params string[] lines)
    {
        _blocks.Add(new LinesBlock(lines, LineAlignment.Left));
        return this;
    }

    public SampleDocument BoldLines(params string[] lines)
    {
        _blocks.Add(new LinesBlock(lines, LineAlignment.Left, Bold: true));
        return this;
    }

    public SampleDocument RightLines(params string[] lines)
    {
        _blocks.Add(new LinesBlock(lines, LineAlignment.Right));
        return this;
    }

    public SampleDocument Space(double points = 10)
    {
        _blocks.Add(new SpacerBlock(points));
        return this;
    }

    public SampleDocument PageBreak()
    {
        _blocks.Add(new PageBreakBlock());
        return this;
    }
}
