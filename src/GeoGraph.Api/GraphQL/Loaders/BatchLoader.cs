using GraphQL.DataLoader;

namespace GeoGraph.Api.GraphQL.Loaders;

/// <summary>
/// Collects the keys resolvers ask for and fetches them in one store call. GraphQL.NET's
/// execution strategies resolve every field of a level before awaiting an
/// <see cref="IDataLoaderResult"/>, so the first await dispatches everything queued so far.
/// One instance per request; results are cached for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private Batch _pending = new();

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_loaded.TryGetValue(key, out var value)) return new Ready(value);
            _pending.Keys.Add(key);
            return new Pending(this, _pending, key);
        }
    }

    /// <summary>
    /// Remembers values another store call of this request already read (a neighbourhood's nodes,
    /// a path's), so the fields that ask for them next are answered without fetching them again.
    /// A key already loaded keeps its value.
    /// </summary>
    public void Prime(IEnumerable<KeyValuePair<TKey, TValue>> values)
    {
        lock (_gate)
            foreach (var (key, value) in values)
                _loaded.TryAdd(key, value);
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken ct)
    {
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                batch.Fetch = FetchAndRemember(batch.Keys, ct);
                if (ReferenceEquals(_pending, batch)) _pending = new Batch();
            }
            return batch.Fetch;
        }
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAndRemember(HashSet<TKey> keys, CancellationToken ct)
    {
        var found = await fetch(keys, ct);
        lock (_gate)
            foreach (var key in keys)
                _loaded[key] = found.TryGetValue(key, out var v) ? v : default;
        return found;
    }

    private sealed class Batch
    {
        public readonly HashSet<TKey> Keys = [];
        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var found = await loader.Dispatch(batch, cancellationToken);
            return found.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Ready(TValue? value) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a pending result without dispatching it early.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class DataLoaderResults
{
    /// <summary>
    /// Many pending results as one: awaiting it awaits each in turn, and the first await dispatches
    /// the batch every one of them was queued in.
    /// </summary>
    public static IDataLoaderResult<T[]> All<T>(IReadOnlyList<IDataLoaderResult<T>> results) => new Combined<T>(results);

    private sealed class Combined<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<T[]>
    {
        public async Task<T[]> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < values.Length; i++) values[i] = await results[i].GetResultAsync(cancellationToken);
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
