using Inspection.Search.Meaning;

namespace Inspection.Search.Tests.Meaning;

/// <summary>
/// Stopping the web app mid-batch cancels the model's run: the real model must say so as a cancellation, which hosts
/// and the catch-up service treat as a stop asked for, not as ONNX Runtime's own error, which was logged as a failure.
/// </summary>
public sealed class EmbedderCancellationTests : IDisposable
{
    private readonly ArcticEmbedder _embedder = new();

    public void Dispose() => _embedder.Dispose();

    [Fact]
    public void AStoppedBatchEndsAsACancellation()
    {
        _embedder.EmbedQuery("warm the model up", CancellationToken.None);
        var passage = string.Join(' ', Enumerable.Repeat("Leaders have improved the timeliness of return home interviews for children who go missing.", 14));
        var passages = Enumerable.Range(0, 96).Select(i => i + " " + passage).ToArray();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        Assert.ThrowsAny<OperationCanceledException>(() => _embedder.EmbedPassages(passages, stop.Token));
    }
}
