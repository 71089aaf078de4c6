namespace Inspection.Content.Store;

/// <summary>Prepares the data folder and brings the database schema up to date; safe to run on every start.</summary>
public interface IStoreInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
