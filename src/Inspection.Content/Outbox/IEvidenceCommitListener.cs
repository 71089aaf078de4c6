namespace Inspection.Content.Outbox;

/// <summary>
/// Told of each evidence item right after its transaction commits, with what was written, so a local indexer need not
/// read it back. A hint only: the outbox stays the source of truth, and a listener that misses a call loses nothing.
/// </summary>
public interface IEvidenceCommitListener
{
    /// <summary>Called on the committing thread after the commit; must be quick and must not throw.</summary>
    void Committed(CommittedEvidence evidence);
}
