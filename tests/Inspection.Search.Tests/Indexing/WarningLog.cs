using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inspection.Search.Tests.Indexing;

/// <summary>A logger provider that keeps every message logged at Warning or above, for tests that a failure is not logged.</summary>
public sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _warnings = new();

    public IReadOnlyCollection<string> Warnings => [.. _warnings];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(WarningLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner._warnings.Enqueue(category + ": " + formatter(state, exception) + " " + exception?.GetType().Name);
            }
        }
    }
}
