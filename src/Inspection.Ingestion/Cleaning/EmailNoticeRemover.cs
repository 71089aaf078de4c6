using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// Drops what a mail system adds to an email saved as a file: the confidentiality notice under a message ("This email and
/// any files sent with it are confidential and intended only for ...") and the caution banner over it ("CAUTION: This email
/// originated from outside the organisation"). Neither is anything the sender wrote, and both repeat in every message.
/// </summary>
public sealed partial class EmailNoticeRemover : IBlockCleaner
{
    private const int MaxLength = 600;

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return [.. blocks.Where(b => !IsNotice(b.Text))];
    }

    internal static bool IsNotice(string text) =>
        text.Length <= MaxLength && Mail().IsMatch(text)
        && ((Confidential().IsMatch(text) && Addressee().IsMatch(text)) || Banner().IsMatch(text));

    [GeneratedRegex(@"\b(?:e-?mail|message)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mail();

    [GeneratedRegex(@"\b(?:confidential|privileged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confidential();

    [GeneratedRegex(@"\b(?:intended (?:only |solely )?for|addressee|received (?:it|this|this e-?mail|this message) in error)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addressee();

    // "CAUTION:", "[EXTERNAL]", "EXTERNAL EMAIL:" opening the block, as mail systems stamp them.
    [GeneratedRegex(@"^\s*(?:\[?(?:caution|external|warning)\]?\s*(?:e-?mail)?\s*[:\]|-]|\[external\])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Banner();
}
