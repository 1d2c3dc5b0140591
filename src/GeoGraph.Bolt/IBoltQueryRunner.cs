namespace GeoGraph.Bolt;

/// <summary>
/// Something that runs a query: a <see cref="BoltSession"/> (each query an auto-commit transaction)
/// or a <see cref="BoltTransaction"/> (each query part of it). Code that runs statements takes this,
/// and the caller decides whether they commit one by one or together.
/// </summary>
public interface IBoltQueryRunner
{
    /// <summary>Sends RUN and the first PULL in one flush and returns once the server has sent the result's keys.</summary>
    Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);
}
