using System.Globalization;
using System.Text;

namespace Inspection.Web.Tests.Infrastructure;

/// <summary>
/// Audit summaries written by the test, each one different and findable by a word of its own (<see cref="Word"/>), all
/// sharing <see cref="CommonWord"/>; long enough that ingesting one takes a noticeable moment.
/// </summary>
public static class GeneratedEvidence
{
    public const string CommonWord = "marmalade";

    private static readonly string[] Themes =
    [
        "Managers recorded the rationale for decisions and supervision was regular and reflective.",
        "Plans for children were specific, and reviews checked whether the actions had made a difference.",
        "Visits were purposeful; social workers saw children alone and recorded their wishes and feelings.",
        "Multi-agency meetings were timely, but health partners did not always attend strategy discussions.",
        "Chronologies were up to date in most cases and helped new workers understand the history quickly.",
        "Step-down to early help was planned with the family, and the lead professional was named in advance.",
    ];

    public static string Word(int index) => string.Create(CultureInfo.InvariantCulture, $"quokka{index:000}");

    public static string FileName(int index) => string.Create(CultureInfo.InvariantCulture, $"audit-summary-{index:000}.txt");

    /// <summary>Writes <paramref name="count"/> files into <paramref name="folder"/>; returns their full paths in order.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int paragraphs = 120)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Case audit summary {i + 1}\n\n");
            for (var p = 0; p < paragraphs; p++)
            {
                if (p % 20 == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"Section {p / 20 + 1}: findings of sample {i + 1}\n\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"Case {p + 1} of the {Word(i)} sample ({CommonWord} cohort). ")
                    .Append(Themes[(i + p) % Themes.Length]).Append(' ')
                    .Append(Themes[(i * 7 + p * 3) % Themes.Length]).Append("\n\n");
            }

            var path = Path.Combine(folder, FileName(i));
            File.WriteAllText(path, text.ToString());
            paths.Add(path);
        }

        return paths;
    }
}
