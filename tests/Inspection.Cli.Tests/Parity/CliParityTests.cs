using Inspection.Parity;

namespace Inspection.Cli.Tests.Parity;

/// <summary>The shared scenarios through the command line, each request made <c>--as</c> the account in question.</summary>
public sealed class CliParityTests : ParityScenarios
{
    protected override async Task<IParityHost> StartAsync()
    {
        var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("setup", "--samples")).ExitCode);
        foreach (var (user, role) in new[] { ("viewer", "Viewer"), ("contributor", "Contributor"), ("lead", "QualityLead"), ("admin", "Administrator") })
        {
            Assert.Equal(0, (await cli.RunWithInputAsync("a long test passphrase\n", "users", "add", user, "--role", role)).ExitCode);
        }

        return new CliHost(cli);
    }

    private sealed class CliHost(CliRun cli) : IParityHost
    {
        public string Name => "cli";

        public async Task<string> AddDocumentAsync(string fileName, string text, string classification)
        {
            var path = Path.Combine(cli.DataDirectory, "inputs", fileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
            var created = Assert.Single((await cli.RunAsync("--as", "lead", "ingest", path, "--classification", classification, "--json")).JsonLines());
            return created.GetProperty("documentId").GetString()!;
        }

        public async Task<string> AnyFindingIdAsync() =>
            (await cli.RunAsync("findings", "--json")).Json()[0].GetProperty("id").GetString()!;

        public Task<HostAnswer> ShowAsync(string user, string id) => AnswerAsync(user, "show", id);

        public Task<HostAnswer> EditKindAsync(string user, string id, string kind) => AnswerAsync(user, "documents", "edit", id, "--kind", kind);

        public Task<HostAnswer> ReclassifyAsync(string user, string id, string classification) => AnswerAsync(user, "documents", "edit", id, "--classification", classification);

        public Task<HostAnswer> DeleteAsync(string user, string id) => AnswerAsync(user, "delete", id);

        public Task<HostAnswer> RestoreAsync(string user, string id) => AnswerAsync(user, "restore", id);

        public Task<HostAnswer> PurgeAsync(string user, string id) => AnswerAsync(user, "purge", id);

        public Task<HostAnswer> SetFindingStatusAsync(string user, string findingId, string status) => AnswerAsync(user, "findings", "status", findingId, status);

        public async Task<IReadOnlyList<(string User, string Action, string? Detail)>> AuditAsync()
        {
            var lines = (await cli.RunAsync("--as", "admin", "audit", "--max", "500", "--json")).Json();
            return [.. lines.EnumerateArray().Select(l => (l.GetProperty("userName").GetString()!, l.GetProperty("action").GetString()!, l.GetProperty("detail").GetString()))];
        }

        public ValueTask DisposeAsync()
        {
            cli.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task<HostAnswer> AnswerAsync(string user, params string[] args)
        {
            var result = await cli.RunAsync(["--as", user, "--json", .. args]);
            if (result.ExitCode == 0)
            {
                return HostAnswer.Done;
            }

            Assert.Equal(2, result.ExitCode);
            if (result.Error.Contains("your role may not", StringComparison.Ordinal))
            {
                return HostAnswer.Denied;
            }

            // A bulk correction reports what it could not reach in its counts rather than as an error.
            return result.Error.Contains("no document", StringComparison.Ordinal) || result.Error.Contains("no deleted document", StringComparison.Ordinal)
                || result.Error.Contains("no finding", StringComparison.Ordinal) || result.Output.Contains("\"notFound\":1", StringComparison.Ordinal)
                ? HostAnswer.NotFound
                : HostAnswer.Invalid;
        }
    }
}
