using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace Inspection.Search.Indexing;

/// <summary>
/// The index's write lock, held by one process at a time on every platform: the lock file is opened with no sharing,
/// which .NET turns into an exclusive <c>flock</c> on Linux and a share-mode lock on Windows. Lucene.Net's native lock
/// does not keep another process out on Linux (its file is opened shareable, so no lock is taken there): a CLI command
/// opened a second writer beside the web app's and, closing, deleted the lock file, and the two wrote over each other's
/// segments. The file is never deleted, so every process locks the same file.
/// </summary>
internal sealed class ExclusiveLockFactory(string folder) : LockFactory
{
    public override LuceneLock MakeLock(string lockName) => new FileLock(Path.Combine(folder, lockName));

    // Differs from Lucene: nothing is forced open; a lock is released by the process that holds it, or by its death.
    public override void ClearLock(string lockName)
    {
    }

    private sealed class FileLock(string path) : LuceneLock
    {
        private FileStream? _held;

        public override bool Obtain()
        {
            if (_held is not null)
            {
                return false;
            }

            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException ex)
            {
                // Another process holds it (or the folder cannot be written): Lucene reports this reason if it gives up.
                FailureReason = ex;
                return false;
            }
        }

        public override bool IsLocked()
        {
            if (_held is not null)
            {
                return true;
            }

            try
            {
                using var probe = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _held?.Dispose();
                _held = null;
            }
        }

        public override string ToString() => $"{nameof(ExclusiveLockFactory)}@{path}";
    }
}
