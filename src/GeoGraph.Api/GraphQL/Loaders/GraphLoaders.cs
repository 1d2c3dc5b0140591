using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL.DataLoader;

namespace GeoGraph.Api.GraphQL.Loaders;

/// <summary>
/// The batch loaders of one request, one per relationship resolvers follow, so a query makes a
/// bounded number of store calls whatever its page size.
/// </summary>
public sealed class GraphLoaders
{
    private readonly BatchLoader<string, Node> _nodes;
    private readonly BatchLoader<string, Relation> _relations;
    private readonly BatchLoader<string, Article> _articles;
    private readonly BatchLoader<string, Article> _articlesWithText;
    private readonly BatchLoader<string, IReadOnlyList<Citation>> _citations;
    private readonly BatchLoader<string, IReadOnlyList<Relation>> _claimStances;
    private readonly BatchLoader<string, IReadOnlyList<string>> _mergedIds;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(TraversalDirection, string), BatchLoader<string, long>> _degrees = new();
    private readonly IGraphStore _store;

    public GraphLoaders(IGraphStore store, TimeProvider clock)
    {
        Now = clock.GetUtcNow();
        _store = store;
        _nodes = new((ids, ct) => store.GetNodesAsync(ids, ct));
        _relations = new((ids, ct) => store.GetRelationsAsync(ids, ct));
        _articles = new((ids, ct) => store.GetArticlesAsync(ids, includeText: false, ct));
        _articlesWithText = new((ids, ct) => store.GetArticlesAsync(ids, includeText: true, ct));
        _citations = new(async (ids, ct) => ToLists(await store.GetCitationsAsync(ids, ct)));
        _claimStances = new(async (ids, ct) => ToLists(await store.GetIncomingRelationsAsync(ids, Core.Model.ClaimStances.AllTypes, Now, ct)));
        _mergedIds = new(async (ids, ct) => ToLists(await store.GetMergedIdsAsync(ids, ct)));
    }

    /// <summary>
    /// The request's "now", read once when the request starts, so every field of one request sees
    /// the same graph (the default knownAt, and claims' supporters and deniers).
    /// </summary>
    public DateTimeOffset Now { get; }

    public IDataLoaderResult<Node?> Node(string id) => _nodes.Load(id);

    /// <summary>
    /// Nodes a resolver read whole (by their current ids, as relations name them), so a relation's
    /// subject and object among them need no second read: a neighbourhood's 200 nodes are its
    /// relations' ends.
    /// </summary>
    public void Known(IEnumerable<Node> nodes) => _nodes.Prime(nodes.Select(n => KeyValuePair.Create(n.Id, n)));

    public IDataLoaderResult<Relation?> Relation(string id) => _relations.Load(id);

    public IDataLoaderResult<Article?> Article(string id) => _articles.Load(id);

    /// <summary>The article with its text (when stored): read only by fields that need the text.</summary>
    public IDataLoaderResult<Article?> ArticleWithText(string id) => _articlesWithText.Load(id);

    public IDataLoaderResult<IReadOnlyList<Citation>?> Citations(string relationId) => _citations.Load(relationId);

    /// <summary>The ids merged into an entity (Entity.mergedFrom).</summary>
    public IDataLoaderResult<IReadOnlyList<string>?> MergedIds(string nodeId) => _mergedIds.Load(nodeId);

    /// <summary>
    /// A relation's corroboration (<see cref="Core.Storage.Corroboration.Of"/>) from the citations
    /// and article batches every relation on the page shares: the articles are loaded in a second,
    /// chained step, so the store sees one citations call and one articles call per request.
    /// </summary>
    public IDataLoaderResult<IDataLoaderResult<Corroboration>> Corroboration(string relationId) =>
        Citations(relationId).Then(citations =>
        {
            var cited = citations ?? [];
            var articles = cited.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Select(Article).ToArray();
            return DataLoaderResults.All(articles).Then(found =>
                Core.Storage.Corroboration.Of(cited, found.OfType<Article>().ToDictionary(a => a.Id, StringComparer.Ordinal)));
        });

    /// <summary>The ASSERTS/SPECULATES/DENIES/DENIES_LINK relations pointing at a claim.</summary>
    public IDataLoaderResult<IReadOnlyList<Relation>?> ClaimStances(string claimId) => _claimStances.Load(claimId);

    /// <summary>
    /// How many relations of these types (all when empty) a traversal would follow from the node,
    /// as known now: one store call per distinct (types, direction) asked at a level.
    /// </summary>
    public IDataLoaderResult<long> Degree(string id, IReadOnlyCollection<string> types, TraversalDirection direction)
    {
        var distinct = QueryLimits.DistinctTypes(types).Order(StringComparer.Ordinal).ToArray();
        var loader = _degrees.GetOrAdd((direction, string.Join(',', distinct)), _ =>
            new((ids, ct) => _store.CountDegreesAsync(ids, new TraversalFilter(Now, distinct, direction), ct)));
        return loader.Load(id);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> ToLists<T>(ILookup<string, T> lookup) =>
        lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToArray(), StringComparer.Ordinal);
}
