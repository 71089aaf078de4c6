namespace Inspection.Search;

/// <summary>Order of hits: by relevance (newest first among equals), or by document date.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
