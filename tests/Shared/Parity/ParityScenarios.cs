namespace Inspection.Parity;

/// <summary>
/// The same requests through every host give the same answers and the same audit lines: the access checks and the audit
/// live once, in the application layer. Each host's test project runs these scenarios over its own host.
/// </summary>
public abstract class ParityScenarios
{
    protected abstract Task<IParityHost> StartAsync();

    [Fact]
    public async Task AViewerMayNotCorrectDeleteOrMoveAFindingOnAndEachAttemptIsAudited()
    {
        await using var host = await StartAsync();
        var id = await host.AddDocumentAsync("grebe-note.txt", "Note of the grebe panel\n\nThe panel looked at supervision records.\n", "Official");
        var finding = await host.AnyFindingIdAsync();

        Assert.Equal(HostAnswer.Done, await host.ShowAsync("viewer", id));
        Assert.Equal(HostAnswer.Denied, await host.EditKindAsync("viewer", id, "Minutes"));
        Assert.Equal(HostAnswer.Denied, await host.DeleteAsync("viewer", id));
        Assert.Equal(HostAnswer.Denied, await host.SetFindingStatusAsync("viewer", finding, "closed"));

        var denied = (await host.AuditAsync()).Where(l => l.User == "viewer" && l.Action == "denied").ToList();
        Assert.Equal(3, denied.Count);
        Assert.Contains(denied, l => l.Detail!.StartsWith("correct documents", StringComparison.Ordinal));
        Assert.Contains(denied, l => l.Detail!.StartsWith("delete documents", StringComparison.Ordinal));
        Assert.Contains(denied, l => l.Detail!.StartsWith("change findings' status", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AContributorIsToldAPersonalDocumentIsNotThereAndTheRefusalIsAudited()
    {
        await using var host = await StartAsync();
        var personal = await host.AddDocumentAsync("heron-case-audit.txt", "Case audit\n\nThe heron review named the child and her school.\n", "Personal");

        Assert.Equal(HostAnswer.NotFound, await host.ShowAsync("contributor", personal));
        Assert.Equal(HostAnswer.NotFound, await host.EditKindAsync("contributor", personal, "Audit"));
        Assert.Equal(HostAnswer.NotFound, await host.DeleteAsync("contributor", personal));
        Assert.Equal(HostAnswer.NotFound, await host.ShowAsync("contributor", "no-such-document-at-all"));
        Assert.Equal(HostAnswer.Done, await host.ShowAsync("lead", personal));

        var refused = (await host.AuditAsync()).Where(l => l.User == "contributor" && l.Action == "refused").ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, l => Assert.Equal($"document {personal}", l.Detail));
    }

    [Fact]
    public async Task AContributorCorrectsDeletesAndRestoresButMayNotFileAsPersonalOrPurge()
    {
        await using var host = await StartAsync();
        var id = await host.AddDocumentAsync("plover-minutes.txt", "Minutes of the plover board\n\nThe board agreed the sufficiency strategy.\n", "Official");

        Assert.Equal(HostAnswer.Invalid, await host.ReclassifyAsync("contributor", id, "Personal"));
        Assert.Equal(HostAnswer.Invalid, await host.EditKindAsync("contributor", id, "Pamphlet"));
        Assert.Equal(HostAnswer.Done, await host.EditKindAsync("contributor", id, "PerformanceData"));
        Assert.Equal(HostAnswer.Done, await host.DeleteAsync("contributor", id));
        Assert.Equal(HostAnswer.NotFound, await host.ShowAsync("viewer", id));
        Assert.Equal(HostAnswer.Denied, await host.PurgeAsync("contributor", id));
        Assert.Equal(HostAnswer.Done, await host.RestoreAsync("contributor", id));
        Assert.Equal(HostAnswer.Done, await host.ShowAsync("viewer", id));
        Assert.Equal(HostAnswer.NotFound, await host.RestoreAsync("contributor", id));

        Assert.Equal(HostAnswer.Done, await host.DeleteAsync("lead", id));
        Assert.Equal(HostAnswer.Done, await host.PurgeAsync("admin", id));
        Assert.Equal(HostAnswer.NotFound, await host.RestoreAsync("admin", id));

        var lines = await host.AuditAsync();
        var ours = lines.Where(l => l.User is "contributor" or "lead" or "admin").Select(l => (l.User, l.Action)).Reverse().ToList();
        Assert.Equal(
            [("contributor", "edit"), ("contributor", "delete"), ("contributor", "denied"), ("contributor", "restore"), ("lead", "delete"), ("admin", "purge")],
            ours.Where(l => l.Action is "edit" or "delete" or "denied" or "restore" or "purge").ToList());
    }
}
