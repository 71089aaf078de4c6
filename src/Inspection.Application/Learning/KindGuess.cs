namespace Inspection.Application.Learning;

/// <summary>What the classifier thinks a document is: a kind and how sure it is (0 to 1).</summary>
public sealed record KindGuess(string Kind, double Confidence);
