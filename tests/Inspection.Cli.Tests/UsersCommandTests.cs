using Microsoft.AspNetCore.Identity;

namespace Inspection.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AnAdministratorIsAddedWithAPasswordFromStandardInputAndManagedAfterwards()
    {
        Assert.Equal(0, (await _cli.RunAsync("setup")).ExitCode);
        var added = await _cli.RunWithInputAsync("a long server-side password\n", "users", "add", "s.patel", "--role", "Administrator", "--display-name", "Sam Patel");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("s.patel can now sign in as Administrator", added.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await _cli.RunAsync("users", "role", "S.PATEL", "QualityLead")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("users", "disable", "s.patel")).ExitCode);
        var list = (await _cli.RunAsync("users", "list", "--json")).Json();
        var user = Assert.Single(list.EnumerateArray());
        Assert.Equal(("s.patel", "Sam Patel", "QualityLead", true), (user.GetProperty("userName").GetString(), user.GetProperty("displayName").GetString(), user.GetProperty("role").GetString(), user.GetProperty("disabled").GetBoolean()));

        Assert.Equal(0, (await _cli.RunWithInputAsync("another long password\n", "users", "set-password", "s.patel")).ExitCode);
        var hash = await StoredHashAsync("s.patel");
        var hasher = new PasswordHasher<object>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(new object(), hash, "another long password"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new object(), hash, "a long server-side password"));
    }

    [Theory]
    [InlineData("short\n", "Administrator", "at least 12 characters")]
    [InlineData("\n", "Administrator", "first line of standard input")]
    [InlineData("a long enough password\n", "Overlord", "Choose a role: ")]
    public async Task BadPasswordsAndRolesAreRefusedAndNobodyIsAdded(string input, string role, string message)
    {
        Assert.Equal(0, (await _cli.RunAsync("setup")).ExitCode);
        var result = await _cli.RunWithInputAsync(input, "users", "add", "b.jones", "--role", role);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.RunAsync("users", "list", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task ANameAlreadyTakenInAnotherCaseIsRefused()
    {
        Assert.Equal(0, (await _cli.RunAsync("setup")).ExitCode);
        Assert.Equal(0, (await _cli.RunWithInputAsync("a long enough password\n", "users", "add", "b.jones", "--role", "Viewer")).ExitCode);
        var again = await _cli.RunWithInputAsync("a long enough password\n", "users", "add", "B.Jones", "--role", "Viewer");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already taken", again.Error, StringComparison.Ordinal);
    }

    private async Task<string> StoredHashAsync(string userName)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_cli.DataDirectory, "inspection.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PasswordHash FROM Users WHERE NormalizedUserName = $name";
        command.Parameters.AddWithValue("$name", userName.ToUpperInvariant());
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
