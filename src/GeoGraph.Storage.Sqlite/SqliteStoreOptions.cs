namespace GeoGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file, and how durable each commit is.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary><c>&lt;LocalApplicationData&gt;/geograph/geograph.db</c>, shared by the API and the CLI.</summary>
    public static string DefaultPath { get; } = System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "geograph", "geograph.db");

    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// <c>synchronous=FULL</c> instead of NORMAL: with WAL, NORMAL survives a killed process but
    /// may lose the last commits on power loss; FULL survives both, at some cost per commit.
    /// </summary>
    public bool SynchronousFull { get; set; }

    /// <summary>
    /// Run <c>PRAGMA quick_check</c> when the file is opened and refuse a corrupt one (default), so
    /// the API never serves from a damaged database. It reads the whole file once: seconds for a
    /// database of gigabytes.
    /// </summary>
    public bool CheckOnOpen { get; set; } = true;

    /// <summary>
    /// The page cache of each connection in MiB (<c>PRAGMA cache_size</c>); null keeps SQLite's
    /// default (2 MiB). A bulk import sets it large: a batch touches index pages all over a big
    /// file, and with a small cache each is read again and spilled to the WAL mid-transaction.
    /// </summary>
    public int? CacheSizeMiB { get; set; }

    /// <summary>
    /// Pages the WAL may hold before a commit copies them into the database file
    /// (<c>PRAGMA wal_autocheckpoint</c>); null keeps SQLite's default (1,000 pages, 4 MiB). A bulk
    /// import sets it large: each bundle's commit rewrites index pages all over the file, and with
    /// the default every commit was followed by a checkpoint writing the same pages a second time.
    /// </summary>
    public int? WalAutocheckpointPages { get; set; }

    /// <summary>
    /// Keeps SQLite's temporary files in memory (<c>PRAGMA temp_store = MEMORY</c>). A bulk import
    /// sets it: inside a transaction each insert journals the original of every page it changes
    /// (so a failing statement can be undone alone), and SQLite spilled those statement journals to
    /// a temporary file: 270 MB written for four bundles of 2,000 relations.
    /// </summary>
    public bool TempStoreInMemory { get; set; }

    /// <summary>How long a statement waits for a lock held by another writer before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
