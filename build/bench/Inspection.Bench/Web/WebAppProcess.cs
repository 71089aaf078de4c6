using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Inspection.Bench.Web;

/// <summary>
/// The web app (src/Inspection.Web, Release build) as a child process over a data folder on a free loopback port;
/// its console output goes to a log file. Stopped with SIGTERM, so it shuts down as a service would.
/// </summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private WebAppProcess(Process process, StreamWriter log, Uri address, string logFile)
    {
        _process = process;
        _log = log;
        Address = address;
        LogFile = logFile;
    }

    public Uri Address { get; }

    public string LogFile { get; }

    public int Id => _process.Id;

    /// <summary>Starts the app and returns once it answers HTTP (its start-up setup has run by then), with the time that took.</summary>
    public static async Task<(WebAppProcess App, TimeSpan StartUp)> StartAsync(string dataDirectory, string logFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(BenchPaths.WebExecutable))
        {
            throw new InvalidOperationException($"{BenchPaths.WebExecutable} is missing: build it with dotnet build src/Inspection.Web -c Release");
        }

        var port = FreePort();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var start = new ProcessStartInfo(BenchPaths.WebExecutable)
        {
            // The content root (wwwroot) is the project folder, as under dotnet run.
            WorkingDirectory = BenchPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(dataDirectory);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["INSPECTION_Web__LoadSamples"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The app's appsettings.json already turns ASP.NET Core's categories down to Warning (at Information it logs about
        // ten lines per request); set here too, so the figures do not depend on where the app is run from.
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("the web app did not start");
        var app = new WebAppProcess(process, log, address, logFile);
        process.OutputDataReceived += (_, e) => app.Write(e.Data);
        process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAnsweringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return (app, clock.Elapsed);
    }

    /// <summary>CPU time the web process has used so far (user and system, all its threads).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Peak resident set of the web process so far (VmHWM in /proc/PID/status), in bytes.</summary>
    public long PeakWorkingSetBytes()
    {
        var line = File.ReadLines(string.Create(CultureInfo.InvariantCulture, $"/proc/{_process.Id}/status"))
            .FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("no VmHWM in /proc/" + _process.Id.ToString(CultureInfo.InvariantCulture) + "/status");
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }

    /// <summary>The last lines the app wrote, for a failure message.</summary>
    public string LogTail(int lines)
    {
        lock (_logLock)
        {
            _log.Flush();
        }

        using var reader = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var text = new StreamReader(reader);
        var all = text.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
            {
                if (kill is not null)
                {
                    await kill.WaitForExitAsync().ConfigureAwait(false);
                }
            }

            using var stop = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        _process.Dispose();
        lock (_logLock)
        {
            _log.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            _log.WriteLine(line);
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"the web app exited with code {_process.ExitCode} before answering; its log:\n{LogTail(20)}"));
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if ((int)response.StatusCode is >= 200 and < 400)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet: the store setup and the index catch-up run before Kestrel starts.
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"the web app did not answer within {StartTimeout.TotalMinutes} minutes; its log:\n{LogTail(20)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
    }
}
