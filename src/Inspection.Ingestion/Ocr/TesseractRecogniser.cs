using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Ocr;

/// <summary>
/// Runs Debian's tesseract as a process on one page image and reads its hOCR output: every line with its baseline and text
/// height, every word with its box and confidence. A page that takes longer than <see cref="OcrOptions.PageTimeoutSeconds"/> is stopped.
/// A page read at a low confidence is read again with Tesseract's orientation detection, and the better reading kept: a
/// page fed in upside down or a quarter turn anticlockwise is read as it lies without it (a quarter turn clockwise is not).
/// </summary>
public sealed class TesseractRecogniser(IOptions<OcrOptions> options) : ITextRecogniser
{
    // Page segmentation: automatic layout; the same after detecting the page's orientation (slower, so only when in doubt).
    private const string AutomaticLayout = "3";
    private const string WithOrientation = "1";

    // Tesseract 5's thresholding_method: 0 Otsu over the whole page, 1 Leptonica's tiled Otsu, 2 Sauvola's local threshold.
    private const string SauvolaThresholding = "2";

    // A page whose words average below this confidence (0-100) is in doubt; upright printed pages read at 90 or more, a page
    // read upside down at about 40. A page of a few words says too little to doubt it.
    private const double DoubtfulConfidence = 60;
    private const int WordsToDoubt = 10;

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
            var page = HocrReader.Read(Run(file, AutomaticLayout, cancellationToken));
            if (page.Words.Count < WordsToDoubt || page.Confidence >= DoubtfulConfidence)
            {
                return page;
            }

            try
            {
                var turned = HocrReader.Read(Run(file, WithOrientation, cancellationToken));
                return turned.Confidence > page.Confidence ? turned : page;
            }
            catch (OcrUnavailableException)
            {
                // Without Tesseract's orientation data (osd) the first reading is all there is.
                return page;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private string Run(string file, string segmentation, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.TesseractPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Sauvola's thresholding judges each pixel against its own neighbourhood: a phone photo's shadow across half the page
        // is read like the rest, where one threshold for the whole page (Otsu's, Tesseract's default) loses the shadowed side.
        foreach (var argument in new[] { file, "stdout", "-l", _options.Language, "--psm", segmentation, "-c", "thresholding_method=" + SauvolaThresholding, "hocr" })
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
