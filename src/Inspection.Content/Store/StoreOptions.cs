using System.ComponentModel.DataAnnotations;

namespace Inspection.Content.Store;

/// <summary>The "Store" configuration section: which database and where the data folder lives.</summary>
public sealed class StoreOptions : IValidatableObject
{
    public const string SectionName = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>Optional for SQLite (defaults to <c>{DataDirectory}/inspection.db</c>); required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Holds <c>inspection.db</c>, <c>blobs/</c> and <c>index/</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "";

    public string DatabasePath => Path.Combine(DataDirectory, "inspection.db");

    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    /// <summary>The connection string actually used: the configured one, or the default SQLite file.</summary>
    public string EffectiveConnectionString =>
        !string.IsNullOrWhiteSpace(ConnectionString)
            ? ConnectionString
            : $"Data Source={DatabasePath};Pooling=True";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StoreProvider.PostgreSQL && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Store:ConnectionString is required when Store:Provider is PostgreSQL.",
                [nameof(ConnectionString)]);
        }

        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult("Store:Provider must be Sqlite or PostgreSQL.", [nameof(Provider)]);
        }
    }
}
