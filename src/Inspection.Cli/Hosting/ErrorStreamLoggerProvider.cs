using Inspection.Cli.Output;
using Microsoft.Extensions.Logging;

namespace Inspection.Cli.Hosting;

/// <summary>
/// Writes the command's log lines (warnings and errors by default) to standard error, one line each with the exception's
/// type and message (their first lines) but not its stack trace, as a JSON object under <c>--json</c>: standard output carries only the
/// command's answer, so <c>ingest --json</c> stays one JSON object a line even when a file is rejected or the disk fills.
/// </summary>
public sealed class ErrorStreamLoggerProvider(TextWriter error, bool json) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new LineLogger(this);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var name = level switch
        {
            LogLevel.Critical => "critical",
            LogLevel.Error => "error",
            LogLevel.Warning => "warning",
            LogLevel.Information => "info",
            _ => "debug",
        };
        // A message's first line only: some put an exception's stack trace after it.
        var first = FirstLine(message);
        var cause = exception is null ? null : $"{exception.GetType().Name}: {FirstLine(exception.Message)}";
        var line = json
            ? CliJson.Line(new { level = name, message = first, exception = cause })
            : $"{name}: {first}{(cause is null ? "" : $" ({cause})")}";
        lock (_lock)
        {
            error.WriteLine(line);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    private sealed class LineLogger(ErrorStreamLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
