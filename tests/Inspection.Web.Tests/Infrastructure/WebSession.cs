using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspection.Web.Tests.Infrastructure;

/// <summary>A browser-like client: keeps cookies, does not follow redirects, and posts forms with their anti-forgery token.</summary>
public sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static WebSession Anonymous(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new WebSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    public static async Task<WebSession> SignInAsync(WebApplicationFactory<Program> factory, string userName, string password)
    {
        var session = Anonymous(factory);
        var response = await session.PostFormAsync("/account/sign-in", new() { ["username"] = userName, ["password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {userName} answered {(int)response.StatusCode}");
        return session;
    }

    /// <summary>Reads the form page for its anti-forgery token, then posts the fields to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await Client.GetStringAsync(new Uri(path, UriKind.Relative));
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        fields["__RequestVerificationToken"] = FormToken(page, path, target);
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    public async Task<string> GetPageAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        return body;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads files through the API and waits for the background job to finish; returns the job's JSON.</summary>
    public async Task<JsonElement> UploadAndWaitAsync(string classification, params (string Name, byte[] Bytes)[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        form.Add(new StringContent(classification), "classification");
        var response = await Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString();
        return await WaitForJobAsync(jobId!);
    }

    public async Task<JsonElement> WaitForJobAsync(string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var job = await GetJsonAsync($"/api/jobs/{jobId}");
            if (job.GetProperty("finished").GetBoolean())
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} did not finish: {job}");
            await Task.Delay(200);
        }
    }

    public void Dispose() => Client.Dispose();

    /// <summary>
    /// The token inside the form a browser would submit to <paramref name="target"/> (its action, or no action on the page
    /// at <paramref name="path"/>): another form's token (the sign-out form's) would hide a form that lacks its own.
    /// </summary>
    public static string FormToken(string html, string path, string target)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (Match form in PostForm().Matches(html))
        {
            var action = ActionAttribute().Match(form.Groups[1].Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : null;
            if (string.IsNullOrEmpty(action) || string.Equals(action, target, StringComparison.OrdinalIgnoreCase) || string.Equals(action, path, StringComparison.OrdinalIgnoreCase))
            {
                var token = TokenPattern().Match(form.Groups[2].Value);
                Assert.True(token.Success, $"the form posting to {target} on {path} has no anti-forgery token, so a browser's post would be refused");
                return WebUtility.HtmlDecode(token.Groups[1].Value);
            }
        }

        // No form on the page posts there (a test posting as a script would): any token of the session will do.
        return Token(html);
    }

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page has no anti-forgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<form\\b([^>]*\\bmethod=\"post\"[^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
