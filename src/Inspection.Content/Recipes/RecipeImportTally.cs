namespace Inspection.Content.Recipes;

/// <summary>Counts what an import changed, filled in by the step handlers as they run.</summary>
public sealed class RecipeImportTally
{
    private readonly Dictionary<string, int> _other = new(StringComparer.Ordinal);

    public int ItemsCreated { get; set; }

    public int ItemsUpdated { get; set; }

    public int ItemsUnchanged { get; set; }

    /// <summary>Items the recipe carries that were deleted here, and so were left alone.</summary>
    public int DeletedItemsSkipped { get; set; }

    public int TypesSaved { get; set; }

    public int PartsSaved { get; set; }

    public int RolesSaved { get; set; }

    /// <summary>Counts for steps added by other libraries, e.g. <c>Count("ThemesSaved")</c>.</summary>
    public IReadOnlyDictionary<string, int> Other => _other;

    public void Count(string counter, int by = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(counter);
        _other[counter] = _other.GetValueOrDefault(counter) + by;
    }
}
