using System.Collections.Concurrent;
using Inspection.Content.Outbox;

namespace Inspection.Content.Tests.Infrastructure;

/// <summary>A commit listener that keeps what it was told, as a local indexer would.</summary>
internal sealed class CommitRecorder : IEvidenceCommitListener
{
    private readonly ConcurrentQueue<CommittedEvidence> _heard = new();

    public IReadOnlyList<CommittedEvidence> Heard => [.. _heard];

    public void Committed(CommittedEvidence evidence) => _heard.Enqueue(evidence);
}
