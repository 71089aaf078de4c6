namespace Inspection.Application.Learning;

/// <summary>One document as the kind classifier reads it: its words (title first) and, when known, its kind.</summary>
public sealed class KindExample
{
    public string Text { get; set; } = "";

    public string Kind { get; set; } = "";
}
