namespace GeoGraph.Core.Storage;

/// <summary>
/// A store that can run many write batches in one transaction: a bulk import's bundles each commit
/// alone otherwise, and a commit of a few thousand rows spread over large random-keyed indexes
/// rewrites most of their pages (SQLite: to the WAL, then again at the checkpoint). A store that
/// has no such mode (Neo4j) simply does not implement this; callers then apply batch by batch.
/// </summary>
public interface IBulkWrites
{
    /// <summary>
    /// Opens a session holding the write lock. Its <see cref="IBulkSession.Store"/> reads what the
    /// session wrote; each <see cref="IGraphWriter.ApplyAsync"/> through it stays all or nothing
    /// (a refused batch leaves the session as it was), and nothing is visible to others or durable
    /// until <see cref="IBulkSession.CommitAsync"/>. Disposing without committing discards the rest.
    /// </summary>
    Task<IBulkSession> BeginBulkAsync(CancellationToken ct = default);
}

/// <summary>One bulk write session (<see cref="IBulkWrites.BeginBulkAsync"/>); used by one caller at a time.</summary>
public interface IBulkSession : IAsyncDisposable
{
    /// <summary>The store as this session sees it: for the batches' reads and writes only.</summary>
    IGraphStore Store { get; }

    /// <summary>Makes everything applied so far durable and visible, and goes on in a new transaction.</summary>
    Task CommitAsync(CancellationToken ct = default);
}
