using System.Net;
using Inspection.Content.Users;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inspection.Web.Tests;

/// <summary>A new installation has no users: the first visitor creates the administrator, and only once.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task FirstVisitorCreatesTheAdministratorAndTheSetupPageThenCloses()
    {
        await using var factory = new EmptySiteFactory();
        using var first = WebSession.Anonymous(factory);
        var home = await first.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/setup", home.Headers.Location!.OriginalString);

        var created = await first.PostFormAsync("/account/setup", new() { ["username"] = "ada", ["displayname"] = "Ada Lovelace", ["password"] = "analytical engine notes" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await first.GetPageAsync("/admin/users");
        Assert.Contains("Ada Lovelace", page, StringComparison.Ordinal);

        using var second = WebSession.Anonymous(factory);
        var again = await second.Client.GetAsync(new Uri("/account/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/account/sign-in", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TwelveSimultaneousSetupPostsCreateExactlyOneAdministrator()
    {
        await using var factory = new EmptySiteFactory();
        await AssertOneAdministratorAsync(factory);
    }

    [PostgresFact]
    public async Task TwelveSimultaneousSetupPostsCreateExactlyOneAdministratorOnPostgreSql()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrEmpty(admin), $"{PostgresFactAttribute.Variable} is not set");
        var database = "inspection_setup_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin!, $"CREATE DATABASE \"{database}\"");
        try
        {
            await using var factory = new PostgresEmptySiteFactory(new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString);
            await AssertOneAdministratorAsync(factory);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task AssertOneAdministratorAsync(InspectionWebFactory factory)
    {
        // Each would-be administrator reads the form first, then all post at once.
        var sessions = Enumerable.Range(0, 12).Select(_ => WebSession.Anonymous(factory)).ToList();
        try
        {
            var tokens = new List<string>();
            foreach (var session in sessions)
            {
                tokens.Add(WebSession.Token(await session.Client.GetStringAsync(new Uri("/account/setup", UriKind.Relative))));
            }

            using var start = new SemaphoreSlim(0);
            var posts = sessions.Select(async (session, i) =>
            {
                await start.WaitAsync();
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["username"] = $"admin{i}",
                    ["password"] = "analytical engine notes",
                    ["__RequestVerificationToken"] = tokens[i],
                });
                return await session.Client.PostAsync(new Uri("/account/setup", UriKind.Relative), form);
            }).ToList();
            start.Release(sessions.Count);
            var responses = await Task.WhenAll(posts);
            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"a set-up post answered {(int)r.StatusCode}"));

            await using var scope = factory.Services.CreateAsyncScope();
            var users = await scope.ServiceProvider.GetRequiredService<IUserAccountStore>().ListAsync(CancellationToken.None);
            var only = Assert.Single(users);
            Assert.Equal("Administrator", only.Role);
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class EmptySiteFactory() : InspectionWebFactory(TempFolder.Create("first-run"), loadSamples: false);

    private sealed class PostgresEmptySiteFactory(string connectionString) : InspectionWebFactory(TempFolder.Create("first-run-pg"), loadSamples: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Store:Provider", "PostgreSQL");
            builder.UseSetting("Store:ConnectionString", connectionString);
        }
    }
}
