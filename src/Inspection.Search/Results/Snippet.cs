namespace Inspection.Search.Results;

/// <summary>A snippet as HTML (escaped, matches in &lt;mark&gt;) and as plain text (matches in **).</summary>
public sealed record Snippet(string Html, string Plain);
