using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inspection.Web.Tests.Infrastructure;

/// <summary>
/// The web app or the <c>inspection</c> command as a process of its own, as a real node would run: its output captured,
/// and killable with SIGKILL to play a node that dies.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(string name, string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string?> settings, string? input)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Settings as the hosts read them from the environment (INSPECTION_Section__Key).
        foreach (var (key, value) in settings)
        {
            start.Environment["INSPECTION_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (input is not null)
        {
            _process.StandardInput.WriteLine(input);
        }

        _process.StandardInput.Close();
    }

    public string Name { get; }

    public Uri? BaseAddress { get; private init; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the web app (from the test's own output folder) over <paramref name="data"/> on a free loopback port.</summary>
    public static NodeProcess StartWeb(string name, string data, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        return new NodeProcess(name, Path.Combine(AppContext.BaseDirectory, "Inspection.Web.dll"), ["--data", data, "--urls", address.ToString().TrimEnd('/')], settings, null)
        {
            BaseAddress = address,
        };
    }

    /// <summary>Starts <c>inspection ARGS --data DATA</c>, built beside the test project (see the project reference).</summary>
    public static NodeProcess StartCli(string name, string data, IReadOnlyDictionary<string, string?> settings, string? input, params string[] args)
    {
        var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = testOutput.Parent!.Name;
        var dll = Path.Combine(CorpusFiles.RepoRoot, "src", "Inspection.Cli", "bin", configuration, testOutput.Name, "inspection.dll");
        Assert.True(File.Exists(dll), $"the CLI was not built at {dll}");
        return new NodeProcess(name, dll, ["--data", data, .. args], settings, input);
    }

    /// <summary>Runs the CLI to its end and asserts it succeeded; returns its output.</summary>
    public static async Task<string> RunCliAsync(string data, IReadOnlyDictionary<string, string?> settings, string? input, params string[] args)
    {
        using var cli = StartCli("cli", data, settings, input, args);
        var exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"inspection {string.Join(' ', args)} exited {exit}: {cli.Output}");
        return cli.Output;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        // The last lines of output arrive after the exit event.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/health</c> answers 200.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Assert.False(_process.HasExited, $"{Name} exited with {(_process.HasExited ? _process.ExitCode : 0)} before it was healthy: {Output}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            Assert.True(DateTime.UtcNow < deadline, $"{Name} was not healthy within {timeout}: {Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>A session on this node: cookies kept, redirects not followed, as <see cref="WebSession"/> expects.</summary>
    public async Task<WebSession> SignInAsync(string userName, string password)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var session = new WebSession(new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) });
        var response = await session.PostFormAsync("/account/sign-in", new() { ["username"] = userName, ["password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in to {Name} answered {(int)response.StatusCode}");
        return session;
    }

    /// <summary>Kills the process outright (SIGKILL on Linux): no shutdown, no released claims, as a node that dies.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
