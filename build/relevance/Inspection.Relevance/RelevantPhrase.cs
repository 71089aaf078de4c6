namespace Inspection.Relevance;

/// <summary>Words that identify a relevant passage, and how relevant it is (2: the best answer, 1: relevant too).</summary>
public sealed record RelevantPhrase(string Text, int Grade);
