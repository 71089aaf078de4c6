using System.ComponentModel.DataAnnotations;

namespace Inspection.Search;

/// <summary>Settings of the "Search" configuration section.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string SectionName = "Search";

    /// <summary>Folder of the local Lucene index; the index is derived from the store and can be rebuilt.</summary>
    [Required]
    public string IndexDirectory { get; set; } = string.Empty;

    /// <summary>The glossary recipe; a relative path is resolved by the host (against its content root).</summary>
    [Required]
    public string GlossaryPath { get; set; } = "content-recipes/glossary.recipe.json";

    /// <summary>
    /// The plain-English recipe (everyday words mapped to the sector's terms, added to a query before meaning search);
    /// empty means the file of that name beside the glossary. A missing file means no plain-English layer.
    /// </summary>
    public string? PlainEnglishPath { get; set; }

    /// <summary>
    /// How long opening the index waits for another process on the same index folder to let go of it (a CLI command
    /// beside the web app, or the web app beside a command) before giving up. The CLI waits a second and says the index
    /// is in use; the web app waits ten minutes at start, for a command such as <c>reindex</c> to finish.
    /// </summary>
    [Range(0, 86_400)]
    public int IndexLockWaitSeconds { get; set; } = 1;

    /// <summary>
    /// When another process holds the index (the web app on the same data folder), open it to read only, as that process
    /// last committed it, instead of failing: searches answer, and anything that would write (catch-up, rebuild, edits'
    /// indexing, meaning catch-up) still stops with <see cref="Lucene.Net.Store.LockObtainFailedException"/>. The CLI sets
    /// it; the web app, which must own its index, does not.
    /// </summary>
    public bool ReadWhenHeld { get; set; }

    /// <summary>Largest page of hits one request may ask for.</summary>
    [Range(1, 1000)]
    public int MaxTop { get; set; } = 100;

    /// <summary>
    /// Memory for the per-segment score bounds and phrase matches that let relevance searches skip passages that cannot
    /// reach the page; past it they are dropped and worked out again on demand. About 53 MB serve the bench's 100-query
    /// mix at a million passages.
    /// </summary>
    [Range(0, 16_384)]
    public int PruningMegabytes { get; set; } = 96;

    /// <summary>
    /// Where a search may estimate its facets (the search page: "about"), hits are counted exactly up to about this many;
    /// past it, every n-th block of passages is counted and the counts scaled, so that about this many are visited.
    /// Fewer means a faster page with rougher counts: at a million passages, 5,000 took the search page's search from
    /// about 21 to 13 ms of CPU at the median (25,000 was the first setting); the tests hold a sample of 2,000 within a
    /// quarter of exact counts.
    /// </summary>
    [Range(1_000, 10_000_000)]
    public int FacetSampleHits { get; set; } = 5_000;

    /// <summary>
    /// Meaning search: passages are embedded by a local model in the background and a search also finds passages close
    /// in meaning to its words, fused with the word matches. False turns it off (no model is loaded, no vectors made).
    /// </summary>
    public bool MeaningSearch { get; set; } = true;

    /// <summary>
    /// Meaning's weight in the reciprocal-rank fusion with the word matches when no passage has all the words (the words'
    /// weight is 1): the query is then probably in other words than the evidence. Tuned on the relevance harness.
    /// </summary>
    [Range(0.0, 10.0)]
    public double MeaningWeight { get; set; } = 2.5;

    /// <summary>
    /// Meaning's weight in that fusion when the query has a word no passage has (the word search then runs with a guessed
    /// correction, or without the word): the model may well know the word. Tuned on the relevance harness: at 30 the
    /// words' first passage gains about two places in meaning's order (at 10 about six).
    /// </summary>
    [Range(0.0, 100.0)]
    public double MeaningWeightForUnknownWords { get; set; } = 30;

    /// <summary>
    /// Meaning's weight when it reorders the passages that have all the words, among themselves (they stay above partial
    /// matches; the words' weight is 1); 0 leaves their order to the words. Tuned on the relevance harness.
    /// </summary>
    [Range(0.0, 10.0)]
    public double MeaningWeightAmongFullMatches { get; set; } = 0.5;

    /// <summary>
    /// Meaning search also embeds each passage's windows of this many sentences, and a passage is as near a query as its
    /// nearest window (or itself); 0 embeds whole passages only. Changing it rebuilds the vectors in the background.
    /// </summary>
    [Range(0, 20)]
    public int MeaningWindowSentences { get; set; } = 1;

    /// <summary>
    /// Pseudo-relevance feedback: a meaning search moves its query vector toward the mean of this many of its nearest
    /// passages and scores its candidates again; 0 turns it off.
    /// </summary>
    [Range(0, 50)]
    public int MeaningFeedbackPassages { get; set; } = 4;

    /// <summary>The weight of those passages' mean beside the query's own vector (weight 1).</summary>
    [Range(0.0, 10.0)]
    public double MeaningFeedbackWeight { get; set; } = 0.25;

    /// <summary>
    /// 0 (the default): a meaning search compares every vector exactly. Above 0: it first shortlists this many passages by
    /// one bit a dimension of each vector (an eighth of the bytes), then scores those exactly; faster, but measured to
    /// miss too many of the nearest passages to be the default (see the bench README). Sign codes are kept in memory only
    /// when it is on.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MeaningShortlist { get; set; }

    /// <summary>
    /// The local model meaning search embeds with (see <see cref="Meaning.MeaningModels"/>). Vectors record their model:
    /// changing it rebuilds them in the background.
    /// </summary>
    [Required]
    public string MeaningModel { get; set; } = Meaning.MeaningModels.ArcticXs;

    /// <summary>
    /// When an unreadable index was moved aside, refill it in the background (the web app, which must keep answering)
    /// rather than in the catch-up that finds it (the CLI, whose command waits for it).
    /// </summary>
    public bool RebuildInBackground { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Meaning.MeaningModels.Names.Contains(MeaningModel, StringComparer.Ordinal))
        {
            yield return new ValidationResult(
                $"The meaning model '{MeaningModel}' is not one of {string.Join(", ", Meaning.MeaningModels.Names)}.",
                [nameof(MeaningModel)]);
        }

        // Checked at startup so a wrong path stops the host with the key named, not the first search.
        if (!File.Exists(Path.GetFullPath(GlossaryPath)))
        {
            yield return new ValidationResult(
                $"The glossary recipe '{GlossaryPath}' does not exist (resolved to '{Path.GetFullPath(GlossaryPath)}').",
                [nameof(GlossaryPath)]);
        }
    }
}
