using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>
/// An upload the data folder cannot take (a full disk, a folder that cannot be written) waits, and its page says why instead
/// of "Waiting" alone; once the folder can be written again the files are added and the reason goes.
/// </summary>
public sealed class UploadWaitsTests(InspectionWebFactory factory) : IClassFixture<InspectionWebFactory>
{
    [Fact]
    public async Task AJobWaitingOnTheDataFolderSaysWhyWithoutAServerPathAndFinishesOnceItCanBeWritten()
    {
        await factory.CreateUserAsync("contributor", "Contributor");
        using var contributor = await WebSession.SignInAsync(factory, "contributor", InspectionWebFactory.Password);
        // As a full disk or a read-only folder does: the blob store cannot make its folder for writes in progress.
        var writes = Path.Combine(factory.DataDirectory, "blobs", ".tmp");
        if (Directory.Exists(writes))
        {
            Directory.Delete(writes, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(writes)!);
        await File.WriteAllTextAsync(writes, "in the way");

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Kestrel panel notes\n\nThe kestrel panel reviewed supervision records in March.\n")), "files", "kestrel-panel-notes.txt" },
            { new StringContent("Official"), "classification" },
        };
        var accepted = await contributor.Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var jobId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        var held = await WaitAsync(contributor, jobId, job => job.TryGetProperty("held", out var h) && h.ValueKind == JsonValueKind.Object);
        Assert.False(held.GetProperty("finished").GetBoolean());
        Assert.Equal("the data folder could not be written", held.GetProperty("held").GetProperty("reason").GetString());
        var page = await contributor.GetPageAsync($"/jobs/{jobId}");
        Assert.Contains("The files are waiting because the data folder could not be written. Nothing you uploaded is lost", page, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.DataDirectory, page, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.DataDirectory, held.ToString(), StringComparison.Ordinal);

        File.Delete(writes);
        var done = await contributor.WaitForJobAsync(jobId);

        Assert.Equal("created", Assert.Single(done.GetProperty("files").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("held").ValueKind);
        var after = await contributor.GetPageAsync($"/jobs/{jobId}");
        Assert.DoesNotContain("The files are waiting because", after, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitAsync(WebSession session, string jobId, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var job = await session.GetJsonAsync($"/api/jobs/{jobId}");
            if (until(job))
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} never said why it waits: {job}");
            await Task.Delay(200);
        }
    }
}
