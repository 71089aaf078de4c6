namespace SampleEvidence.Model;

/// <summary>One unit of document content that every renderer knows how to lay out.</summary>
internal abstract record Block;
