using System.Net;
using System.Net.Http.Json;
using System.Text;
using Inspection.Parity;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests.Parity;

/// <summary>The shared scenarios through the web app's JSON API, each account signed in with its own cookie.</summary>
public sealed class WebParityTests : ParityScenarios
{
    protected override async Task<IParityHost> StartAsync()
    {
        var factory = new InspectionWebFactory();
        foreach (var (user, role) in new[] { ("viewer", "Viewer"), ("contributor", "Contributor"), ("lead", "QualityLead"), ("admin", "Administrator") })
        {
            await factory.CreateUserAsync(user, role);
        }

        return new WebHost(factory);
    }

    private sealed class WebHost(InspectionWebFactory factory) : IParityHost
    {
        private readonly Dictionary<string, WebSession> _sessions = new(StringComparer.Ordinal);

        public string Name => "web";

        public async Task<string> AddDocumentAsync(string fileName, string text, string classification)
        {
            var job = await (await SessionAsync("lead")).UploadAndWaitAsync(classification, (fileName, Encoding.UTF8.GetBytes(text)));
            return job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        }

        public async Task<string> AnyFindingIdAsync() =>
            (await (await SessionAsync("lead")).GetJsonAsync("/api/findings")).EnumerateArray().First().GetProperty("finding").GetProperty("findingId").GetString()!;

        public async Task<HostAnswer> ShowAsync(string user, string id) => await SendAsync(user, HttpMethod.Get, $"/api/documents/{id}", null);

        public async Task<HostAnswer> EditKindAsync(string user, string id, string kind) => await SendAsync(user, HttpMethod.Patch, $"/api/documents/{id}", new { kind });

        public async Task<HostAnswer> ReclassifyAsync(string user, string id, string classification) => await SendAsync(user, HttpMethod.Patch, $"/api/documents/{id}", new { classification });

        public async Task<HostAnswer> DeleteAsync(string user, string id) => await SendAsync(user, HttpMethod.Delete, $"/api/documents/{id}", null);

        public async Task<HostAnswer> RestoreAsync(string user, string id) => await SendAsync(user, HttpMethod.Post, $"/api/deleted/{id}/restore", null);

        public async Task<HostAnswer> PurgeAsync(string user, string id) => await SendAsync(user, HttpMethod.Delete, $"/api/deleted/{id}", null);

        public async Task<HostAnswer> SetFindingStatusAsync(string user, string findingId, string status) =>
            await SendAsync(user, HttpMethod.Post, $"/api/findings/{findingId}/status", new { status });

        public async Task<IReadOnlyList<(string User, string Action, string? Detail)>> AuditAsync()
        {
            var lines = await (await SessionAsync("admin")).GetJsonAsync("/api/audit");
            return [.. lines.EnumerateArray().Select(l => (l.GetProperty("userName").GetString()!, l.GetProperty("action").GetString()!, l.GetProperty("detail").GetString()))];
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var session in _sessions.Values)
            {
                session.Dispose();
            }

            await factory.DisposeAsync();
        }

        private async Task<HostAnswer> SendAsync(string user, HttpMethod method, string path, object? body)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await (await SessionAsync(user)).Client.SendAsync(request);
            return response.StatusCode switch
            {
                HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent => HostAnswer.Done,
                HttpStatusCode.Forbidden => HostAnswer.Denied,
                HttpStatusCode.NotFound => HostAnswer.NotFound,
                HttpStatusCode.BadRequest => HostAnswer.Invalid,
                var other => throw new InvalidOperationException($"{method} {path} as {user} answered {(int)other}: {await response.Content.ReadAsStringAsync()}"),
            };
        }

        private async Task<WebSession> SessionAsync(string user)
        {
            if (!_sessions.TryGetValue(user, out var session))
            {
                session = await WebSession.SignInAsync(factory, user, InspectionWebFactory.Password);
                _sessions[user] = session;
            }

            return session;
        }
    }
}
