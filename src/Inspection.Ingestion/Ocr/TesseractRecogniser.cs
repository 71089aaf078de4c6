using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Ocr;

/// <summary>
/// Runs Debian's tesseract as a process on one page image and reads its TSV output: every word with its box, line and
/// confidence. A page that takes longer than <see cref="OcrOptions.PageTimeoutSeconds"/> is stopped.
/// </summary>
public sealed class TesseractRecogniser(IOptions<OcrOptions> options) : ITextRecogniser
{
    private const int WordLevel = 5;
    private const int PageLevel = 1;

    private readonly OcrOptions _options = options.Value;
    private readonly Lazy<string?> _unavailable = new(() => Probe(options.Value.TesseractPath));

    public string? UnavailableReason => _unavailable.Value;

    public OcrPage Recognise(ReadOnlySpan<byte> image, CancellationToken cancellationToken)
    {
        if (UnavailableReason is { } reason)
        {
            throw new OcrUnavailableException(reason);
        }

        var file = Path.Combine(Path.GetTempPath(), "inspection-ocr-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(file, image.ToArray());
        try
        {
            return Parse(Run(file, cancellationToken));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private string Run(string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.TesseractPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { file, "stdout", "-l", _options.Language, "--psm", "3", "tsv" })
        {
            start.ArgumentList.Add(argument);
        }

        // One thread per process: pages are already read one file per core, and OpenMP threads only contend.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new OcrUnavailableException("tesseract could not be started");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.PageTimeoutSeconds));
        try
        {
            process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new OcrUnavailableException(string.Create(CultureInfo.InvariantCulture, $"OCR of a page took longer than {_options.PageTimeoutSeconds} s"));
        }

        if (process.ExitCode != 0)
        {
            var message = errors.GetAwaiter().GetResult().ReplaceLineEndings(" ").Trim();
            throw new OcrUnavailableException("tesseract failed: " + (message.Length > 160 ? message[..160] : message));
        }

        return output.GetAwaiter().GetResult();
    }

    // TSV columns: level page block paragraph line word left top width height confidence text.
    private static OcrPage Parse(string tsv)
    {
        int width = 0, height = 0;
        var words = new List<OcrWord>();
        var lineIds = new Dictionary<(int, int, int), int>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var box = cells[6..10].Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            if (level == PageLevel)
            {
                (width, height) = (box[2], box[3]);
            }
            else if (level == WordLevel && cells[11].Trim() is { Length: > 0 } text)
            {
                var key = (int.Parse(cells[2], CultureInfo.InvariantCulture), int.Parse(cells[3], CultureInfo.InvariantCulture), int.Parse(cells[4], CultureInfo.InvariantCulture));
                if (!lineIds.TryGetValue(key, out var line))
                {
                    line = lineIds.Count;
                    lineIds[key] = line;
                }

                var confidence = double.Parse(cells[10], CultureInfo.InvariantCulture);
                words.Add(new OcrWord(text, box[0], box[1], box[2], box[3], line, Math.Max(0, confidence)));
            }
        }

        return new OcrPage(width, height, words);
    }

    private static string? Probe(string executable)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(executable, "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return "tesseract could not be started";
            }

            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : "tesseract did not run (exit code " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + ")";
        }
        catch (Win32Exception)
        {
            return "Tesseract OCR is not installed (on Debian: apt-get install tesseract-ocr)";
        }
    }
}
