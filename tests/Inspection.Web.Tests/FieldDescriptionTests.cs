using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>
/// A field's hint ("For example 31/03/2024") and error message are named by its <c>aria-describedby</c>, so that a screen
/// reader reads them on reaching the field, from the error summary's link or by Tab.
/// </summary>
public sealed partial class FieldDescriptionTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task EveryHintAndErrorMessageOfAFormWithMistakesIsReadWithItsField()
    {
        using var lead = await site.SignInAsync("lead");
        using var admin = await site.SignInAsync("admin");
        var id = (await lead.GetJsonAsync("/api/documents"))[0].GetProperty("id").GetString()!;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["search"] = await lead.GetPageAsync("/?q=supervision&after=31%2F02%2F2025&before=soon"),
            ["plan"] = await ReadAsync(await lead.PostFormAsync("/plan", new() { ["title"] = "", ["due"] = "next spring", ["rag"] = "Red" }, "create")),
            ["correction"] = await ReadAsync(await lead.PostFormAsync($"/documents/{id}/edit", new() { ["Fields.Whole"] = "true", ["Fields.Title"] = "", ["Fields.Date"] = "31/02/2026" })),
            ["upload"] = await ReadAsync(await lead.PostFormAsync("/upload", new() { ["classification"] = "Official" })),
            ["audit"] = await admin.GetPageAsync("/admin/audit?from=31%2F02%2F2026&to=yesterday"),
            ["users"] = await ReadAsync(await admin.PostFormAsync("/admin/users", new() { ["username"] = "", ["role"] = "Viewer", ["password"] = "short" }, "create")),
        };

        foreach (var (name, page) in pages)
        {
            var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
            var described = DescribedBy().Matches(main).SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
            var messages = Described().Matches(main).ToList();
            Assert.True(messages.Exists(m => m.Groups[1].Value == "govuk-error-message"), $"{name}: the mistakes made no error message");

            // Before: the date hints had no id, and no error message had one, so none was read with its field.
            foreach (Match message in messages)
            {
                var text = Regex.Replace(message.Value, "<[^>]+>", "");
                Assert.True(message.Groups[2].Success, $"{name}: a {message.Groups[1].Value} has no id ({text})");
                Assert.True(described.Contains(message.Groups[2].Value), $"{name}: no field is described by #{message.Groups[2].Value} ({text})");
            }
        }
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"answered {(int)response.StatusCode}");
        return body;
    }

    [GeneratedRegex("aria-describedby=\"([^\"]*)\"")]
    private static partial Regex DescribedBy();

    // A field's hint or error message (a span; paragraphs styled as hints are notes about the whole form).
    [GeneratedRegex("<span class=\"(govuk-hint|govuk-error-message)\"(?: id=\"([^\"]+)\")?[^>]*>.*?</span>", RegexOptions.Singleline)]
    private static partial Regex Described();
}
