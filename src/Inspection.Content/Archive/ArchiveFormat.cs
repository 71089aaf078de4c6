using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inspection.Content.Archive;

/// <summary>
/// The layout of an export folder. Everything in it is written in a fixed order and format, and nothing records when or
/// where it was made, so that exporting a store imported from an export gives the same bytes again.
/// </summary>
public static class ArchiveFormat
{
    public const string Name = "inspection-export";

    /// <summary>Bump when the layout or the meaning of a file changes; an import refuses another version.</summary>
    public const int Version = 1;

    public const string ManifestFile = "manifest.json";
    public const string DefinitionsFile = "definitions.recipe.json";
    public const string UsersFile = "users.json";
    public const string AuditLogFile = "audit-log.jsonl";
    public const string SavedSearchesFile = "saved-searches.json";
    public const string ItemsFolder = "items";
    public const string BlobsFolder = "blobs";

    /// <summary>Indented, "\n" line ends whatever the platform, non-ASCII text kept readable (as the recipe writer does).</summary>
    public static JsonSerializerOptions Indented { get; } = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One object per line (the audit log, which can be long).</summary>
    public static JsonSerializerOptions Line { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The file an item's versions are written to: its id when that is a plain name (ours always are), otherwise a hash of
    /// it, so that an id from a foreign recipe can never name a path outside the folder. The import reads ids from the files.
    /// </summary>
    public static string ItemFileName(string contentItemId)
    {
        ArgumentNullException.ThrowIfNull(contentItemId);
        var plain = contentItemId.Length is > 0 and <= 64 && contentItemId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return (plain ? contentItemId : "id-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentItemId)))[..32]) + ".json";
    }

    /// <summary>Where a blob lives, under the store's <c>blobs/</c> and the export's alike: <c>ab/cd/abcd…</c>.</summary>
    public static string BlobRelativePath(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        return $"{sha256[..2]}/{sha256[2..4]}/{sha256}";
    }

    /// <summary>True for a lower-case SHA-256 in hex, the only names the blob store gives.</summary>
    public static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
