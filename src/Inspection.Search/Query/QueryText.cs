namespace Inspection.Search.Query;

/// <summary>A word or a quoted phrase typed by the user.</summary>
public sealed record QueryText(string Text, bool IsPhrase);
