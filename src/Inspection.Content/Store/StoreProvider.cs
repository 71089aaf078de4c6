namespace Inspection.Content.Store;

/// <summary>The database behind the store: SQLite embedded by default, PostgreSQL for a shared production store.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSQL,
}
