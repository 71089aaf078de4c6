using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Cli.Hosting;

/// <summary>What a running command has: its parsed arguments, the composed services, the console and the output mode.</summary>
public sealed record CommandContext(ParseResult Parse, IServiceProvider Services, CliConsole Console, bool Json, string DataDirectory, string? ActAs = null)
{
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);
}
