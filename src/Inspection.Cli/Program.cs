using Inspection.Cli;
using Inspection.Cli.Hosting;

return await InspectionCli.RunAsync(args, CliConsole.System).ConfigureAwait(false);
