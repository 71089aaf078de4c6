namespace Inspection.Web.Tests.Infrastructure;

/// <summary>One application with the sample evidence and an account per role, shared by the tests of a class.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    public InspectionWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var (name, role) in new[] { ("admin", "Administrator"), ("viewer", "Viewer"), ("contributor", "Contributor"), ("lead", "QualityLead") })
        {
            await Factory.CreateUserAsync(name, role);
        }
    }

    public async Task<WebSession> SignInAsync(string userName) => await WebSession.SignInAsync(Factory, userName, InspectionWebFactory.Password);

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
