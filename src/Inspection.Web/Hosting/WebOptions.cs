namespace Inspection.Web.Hosting;

/// <summary>Settings of the web host ("Web" section).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Load the fictional sample evidence at start (duplicates are recognised, so it is loaded once).</summary>
    public bool LoadSamples { get; set; } = true;

    /// <summary>
    /// Run the ingestion worker on this node. With several web nodes on one PostgreSQL store, let exactly one run it:
    /// jobs are not yet claimed per node, so two workers would prepare the same files. The others still index from the store.
    /// </summary>
    public bool RunIngestion { get; set; } = true;

    /// <summary>Seconds between look-ups of the indexing tasks other nodes wrote to a shared store.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int IndexPollSeconds { get; set; } = 5;

    /// <summary>Most files one upload may carry.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MaxFilesPerUpload { get; set; } = 100;
}
