using System.CommandLine;
using System.Globalization;
using Inspection.Application.Learning;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection learn [--cross-validate]</c>: train the kind classifier on the store's documents (as they are after people's corrections).</summary>
public static class LearnCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var validate = new Option<bool>("--cross-validate") { Description = "Also report 5-fold cross-validated accuracy on the store's documents" };
        var command = new Command("learn", "Train the classifier that suggests kinds for documents the reading could not place") { validate };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var learning = context.Get<KindLearning>();
            var trained = await learning.TrainAsync(cancellationToken).ConfigureAwait(false);
            (double Accuracy, int Documents)? validated = context.Value(validate) ? await learning.CrossValidateAsync(5, cancellationToken).ConfigureAwait(false) : null;
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Line(new { trainedOn = trained, crossValidatedAccuracy = validated?.Accuracy, crossValidatedDocuments = validated?.Documents })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await context.Console.Out.WriteLineAsync(trained == 0
                ? "Too few documents of two or more kinds to learn from yet (at least 3 of each)."
                : string.Create(CultureInfo.InvariantCulture, $"Trained on {trained} documents.")).ConfigureAwait(false);
            if (validated is { } v)
            {
                await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Cross-validated accuracy: {v.Accuracy:P1} over {v.Documents} documents.")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
