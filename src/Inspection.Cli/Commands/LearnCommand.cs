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
        var validate = new Option<bool>("--cross-validate")
        {
            Description = "Also report 5-fold cross-validated accuracy on the documents the reading filed: the rules alone, the classifier alone, and rules first with the classifier",
        };
        var command = new Command("learn", "Train the classifier that suggests kinds for documents the reading could not place") { validate };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var learning = context.Get<KindLearning>();
            var trained = await learning.TrainAsync(cancellationToken).ConfigureAwait(false);
            var validated = context.Value(validate) ? await learning.EvaluateAsync(5, cancellationToken).ConfigureAwait(false) : null;
            if (context.Json)
            {
                var crossValidated = validated is null ? null : new
                {
                    documents = validated.Documents,
                    rules = validated.Rules,
                    classifier = validated.Classifier,
                    combined = validated.Combined,
                    overruled = validated.Overruled,
                };
                await context.Console.Out.WriteLineAsync(CliJson.Line(new { trainedOn = trained, crossValidated })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await context.Console.Out.WriteLineAsync(trained == 0
                ? "Too few documents of two or more kinds to learn from yet (at least 3 of each)."
                : string.Create(CultureInfo.InvariantCulture, $"Trained on {trained} documents.")).ConfigureAwait(false);
            if (validated is { } v)
            {
                await context.Console.Out.WriteLineAsync(v.Documents == 0
                    ? "No documents read from an original to cross-validate on yet."
                    : string.Create(CultureInfo.InvariantCulture, $"Kinds right, 5-fold cross-validated over the {v.Documents} documents read from an original: rules alone {v.Rules:P1}, classifier alone {v.Classifier:P1}, rules first with the classifier {v.Combined:P1} ({v.Overruled} kinds changed from the rules').")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
