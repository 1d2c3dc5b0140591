using System.Diagnostics;
using System.Net.Sockets;
using GeoGraph.Bolt;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// The Neo4j store, on GeoGraph.Bolt. Entities are <c>:Node:Entity</c> plus their kind's label,
/// claims <c>:Node:Claim</c>, articles <c>:Article</c>; a relation is a direct typed relationship
/// carrying its citations as parallel lists; <c>(:Article)-[:MENTIONS]-&gt;(:Node)</c>. Every
/// statement is a file under cypher/ (see <see cref="CypherStatements"/>); every operation is one
/// managed transaction (reads go to readers in a cluster, after the store's last write's bookmark),
/// bounded by <see cref="Neo4jOptions.OperationTimeout"/>. Domain rules are Core's; this class only
/// translates.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IAsyncDisposable
{
    public static readonly ActivitySource ActivitySource = new("GeoGraph.Storage.Neo4j");

    private readonly BoltDriver _driver;
    private readonly bool _ownsDriver;
    private readonly Neo4jOptions _options;
    private readonly IReadOnlyList<string> _types;
    private readonly RelationVocabulary _vocabulary;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaApplied;
    private IReadOnlyList<string> _bookmarks = [];

    // Lookups by relation id, whatever the type: one index seek per vocabulary type.
    private readonly string _relationsById;
    private readonly string _citationsById;

    // relations(where: {type}) with nothing else to start from: that type's statements.
    private readonly Dictionary<string, (string Find, string Count)> _relationsOfType;

    /// <param name="driver">A driver to use instead of one made from <paramref name="options"/> (it stays the caller's).</param>
    public Neo4jGraphStore(Neo4jOptions options, RelationVocabulary vocabulary, BoltDriver? driver = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _options = options;
        _ownsDriver = driver is null;
        _driver = driver ?? options.CreateDriver("geograph-store/1.0");
        _vocabulary = vocabulary;
        _types = vocabulary.All.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();
        _relationsById = CypherStatements.UnionOverTypes(CypherStatements.Query("relations_by_id"), _types);
        _citationsById = CypherStatements.UnionOverTypes(CypherStatements.Query("citations_by_relation_id"), _types);
        var findOfType = CypherStatements.Query("find_relations_of_type");
        var countOfType = CypherStatements.Query("count_relations_of_type");
        _relationsOfType = _types.ToDictionary(t => t, t => (CypherStatements.ForType(findOfType, t), CypherStatements.ForType(countOfType, t)), StringComparer.Ordinal);
    }

    /// <summary>Where the store connects (for messages and logs).</summary>
    public string Uri => _options.Uri;

    public async ValueTask DisposeAsync()
    {
        if (_ownsDriver) await _driver.DisposeAsync();
        _schemaLock.Dispose();
    }

    private static class Queries
    {
        public static readonly string Ready = CypherStatements.Query("ready");
        public static readonly string GetNodes = CypherStatements.Query("get_nodes");
        public static readonly string FindNodesByExternalIds = CypherStatements.Query("find_nodes_by_external_ids");
        public static readonly string GetArticles = CypherStatements.Query("get_articles");
        public static readonly string IncomingRelations = CypherStatements.Query("incoming_relations");
        public static readonly string Expand = CypherStatements.Query("expand");
        public static readonly string ExpandLinks = CypherStatements.Query("expand_links");
        public static readonly string ExpandPage = CypherStatements.Query("expand_page");
        public static readonly string RelationsBetween = CypherStatements.Query("relations_between");
        public static readonly string SchemaForType = CypherStatements.Query("schema_relation_type");
    }

    /// <summary>
    /// Runs one store operation as a managed transaction (retried on transient errors), after the
    /// schema is in place, within the operation timeout; every way Neo4j can be unreachable,
    /// overloaded or refuse our credentials becomes STORE_UNAVAILABLE.
    /// </summary>
    private async Task<T> RunAsync<T>(string operation, AccessMode mode, Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var activity = ActivitySource.StartActivity("neo4j." + operation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.OperationTimeout);
        try
        {
            await EnsureSchemaAsync(timeout.Token);
            await using var session = _driver.Session(_options.Database, mode, Volatile.Read(ref _bookmarks));
            // The server ends the transaction (and frees its locks) too, should our side give up first.
            var config = new TransactionConfig { Timeout = _options.OperationTimeout };
            var result = mode == AccessMode.Read
                ? await session.ExecuteReadAsync(tx => work(tx, timeout.Token), config, timeout.Token)
                : await session.ExecuteWriteAsync(tx => work(tx, timeout.Token), config, timeout.Token);
            // Later reads wait for this write (causal consistency in a cluster).
            if (mode == AccessMode.Write) Volatile.Write(ref _bookmarks, session.LastBookmarks);
            return result;
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw GeoGraphException.StoreUnavailable(
                $"Neo4j at {_options.Uri} did not answer within {_options.OperationTimeout.TotalSeconds:0.#} s", e);
        }
        catch (Exception e) when (Unavailable(e))
        {
            throw GeoGraphException.StoreUnavailable($"Neo4j at {_options.Uri} is unavailable: {e.Message}", e);
        }
    }

    /// <summary>
    /// The one place Neo4j failures become GeoGraph errors. A mistake of ours — a statement, schema
    /// or request the server refuses, a statement that fails inside the database, a misuse of the
    /// driver — propagates as the bug it is; anything else means the store cannot serve now.
    /// </summary>
    private static bool Unavailable(Exception e) => e switch
    {
        BoltUsageException => false,
        AuthenticationException or AuthorizationException => true,
        BoltException { Code: { } code } when IsOurMistake(code) => false,
        BoltException or IOException or SocketException or TimeoutException => true,
        _ => false,
    };

    private static bool IsOurMistake(string code) =>
        code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
        || code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal)
        || code.StartsWith("Neo.ClientError.Request.", StringComparison.Ordinal)
        || code.StartsWith("Neo.DatabaseError.Statement.", StringComparison.Ordinal);

    /// <summary>
    /// cypher/schema.cypher and a relation-id index per vocabulary type, once per process (all IF
    /// NOT EXISTS), then the change log's counter (back-filling the log on a database that predates it).
    /// </summary>
    private async Task EnsureSchemaAsync(CancellationToken ct)
    {
        if (!_options.ApplySchema || Volatile.Read(ref _schemaApplied)) return;
        await _schemaLock.WaitAsync(ct);
        try
        {
            if (_schemaApplied) return;
            // Schema statements cannot share a transaction with data: each runs on its own.
            await using var session = _driver.Session(_options.Database, AccessMode.Write);
            foreach (var statement in SchemaStatements())
            {
                try
                {
                    await (await session.RunAsync(statement, null, ct)).ConsumeAsync(ct);
                }
                catch (ClientException e) when (e.Code?.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal) == true)
                {
                    // E.g. an index of another kind already on the same label and property: the
                    // store cannot work until someone resolves it, so it reports itself unavailable.
                    throw GeoGraphException.StoreUnavailable($"Neo4j at {_options.Uri} refused GeoGraph's schema ({statement}): {e.Message}", e);
                }
            }
            await AwaitSearchIndexesAsync(session, ct);
            await BackfillSearchWordsAsync(session, ct);
            await OpenChangeLogAsync(session, ct);
            await MigrateRelationIdsAsync(session, ct);
            Volatile.Write(ref _schemaApplied, true);
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>cypher/schema.cypher, a relation-id index per vocabulary type, and the quote full-text index over all of them.</summary>
    internal IEnumerable<string> SchemaStatements() => CypherStatements.Schema()
        .Concat(_types.Select(t => CypherStatements.ForType(Queries.SchemaForType, t)))
        .Append(CypherStatements.ForTypes(CypherStatements.Query("schema_citation_words"), _types));

    private static async Task<List<Record>> QueryAsync(BoltTransaction tx, string query, Dictionary<string, object?> parameters, CancellationToken ct) =>
        await (await tx.RunAsync(query, parameters, ct)).ToListAsync(ct);

    private Task<List<Record>> ReadAsync(string operation, string query, Dictionary<string, object?> parameters, CancellationToken ct) =>
        RunAsync(operation, AccessMode.Read, (tx, ct) => QueryAsync(tx, query, parameters, ct), ct);

    /// <summary>Whatever keeps the store from answering, even a schema the server refuses, is STORE_UNAVAILABLE here.</summary>
    public async Task CheckReadyAsync(CancellationToken ct = default)
    {
        try
        {
            await ReadAsync("ready", Queries.Ready, [], ct);
        }
        catch (BoltException e)
        {
            throw GeoGraphException.StoreUnavailable($"Neo4j at {_options.Uri} is not ready: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Node>(StringComparer.Ordinal);
        // Keyed by the id asked for: a merged entity's id answers its survivor (get_nodes follows the redirect).
        var records = await ReadAsync("get_nodes", Queries.GetNodes, new() { ["ids"] = Distinct(ids) }, ct);
        return records.ToDictionary(r => r.Get<string>("requestedId"), Neo4jValues.ReadNode, StringComparer.Ordinal);
    }

    public async Task<ILookup<string, Node>> FindNodesByExternalIdsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (keys.Count == 0) return Array.Empty<(string, Node)>().ToLookup(x => x.Item1, x => x.Item2);
        var records = await ReadAsync("find_nodes_by_external_ids", Queries.FindNodesByExternalIds,
            new() { ["keys"] = Distinct(keys), ["separator"] = Neo4jValues.AliasSeparator.ToString() }, ct);
        return records.Select(r => (Key: r.Get<string>("key"), Node: Neo4jValues.ReadNode(r))).ToLookup(x => x.Key, x => x.Node, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Article>(StringComparer.Ordinal);
        var records = await ReadAsync("get_articles", Queries.GetArticles, new() { ["ids"] = Distinct(ids), ["includeText"] = includeText }, ct);
        return records.Select(Neo4jValues.ReadArticle).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Relation>(StringComparer.Ordinal);
        // Keyed by the id asked for: a former id answers the relation it became (relations_by_id follows the redirect).
        var records = await ReadAsync("get_relations", _relationsById, new() { ["ids"] = Distinct(ids) }, ct);
        return records.ToDictionary(r => r.Get<string>("requestedId"), Neo4jValues.ReadRelation, StringComparer.Ordinal);
    }

    public async Task<ILookup<string, Citation>> GetCitationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct = default)
    {
        if (relationIds.Count == 0) return Array.Empty<Citation>().ToLookup(c => c.RelationId, StringComparer.Ordinal);
        var records = await ReadAsync("get_citations", _citationsById, new() { ["ids"] = Distinct(relationIds) }, ct);
        return records.SelectMany(r => Neo4jValues.ReadCitations(r).Citations)
            .OrderBy(c => c.RelationId, StringComparer.Ordinal).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End)
            .ToLookup(c => c.RelationId, StringComparer.Ordinal);
    }

    public async Task<ILookup<string, Relation>> GetIncomingRelationsAsync(
        IReadOnlyCollection<string> objectIds, IReadOnlyCollection<string> types, DateTimeOffset knownAt, CancellationToken ct = default)
    {
        var distinctTypes = QueryLimits.DistinctTypes(types);
        if (objectIds.Count == 0) return Array.Empty<Relation>().ToLookup(r => r.ObjectId, StringComparer.Ordinal);
        var records = await ReadAsync("get_incoming_relations", Queries.IncomingRelations,
            new() { ["objectIds"] = Distinct(objectIds), ["types"] = distinctTypes, ["knownAt"] = Neo4jValues.Utc(knownAt) }, ct);
        return records.Select(Neo4jValues.ReadRelation).ToLookup(r => r.ObjectId, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        if (frontier.Count == 0) return new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        var ids = Distinct(frontier);
        var records = await ReadAsync("expand", Queries.Expand, new()
        {
            ["frontier"] = ids,
            ["direction"] = filter.Direction.ToString().ToUpperInvariant(),
            ["types"] = filter.Types?.ToArray() ?? [],
            ["validAt"] = filter.ValidAt,
            ["knownAt"] = Neo4jValues.Utc(filter.KnownAt),
        }, ct);
        return GraphTraversal.ByFrontierNode(records.Select(Neo4jValues.ReadRelation), new HashSet<string>(ids, StringComparer.Ordinal), filter.Direction);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelationLink>>> ExpandLinksAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        if (frontier.Count == 0) return new Dictionary<string, IReadOnlyList<RelationLink>>(StringComparer.Ordinal);
        var ids = Distinct(frontier);
        var parameters = TraversalParameters(filter);
        parameters["frontier"] = ids;
        var records = await ReadAsync("expand_links", Queries.ExpandLinks, parameters, ct);
        var links = records.Select(r => new RelationLink(r.Get<string>("id"), r.Get<string>("subjectId"), r.Get<string>("objectId")));
        return GraphTraversal.ByFrontierNode(links, new HashSet<string>(ids, StringComparer.Ordinal), filter.Direction);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandPageAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, int perNode, string? afterId = null, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(perNode, 1);
        if (frontier.Count == 0) return new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        var parameters = TraversalParameters(filter);
        parameters["frontier"] = Distinct(frontier);
        parameters["perNode"] = (long)perNode;
        parameters["afterId"] = afterId;
        var records = await ReadAsync("expand_page", Queries.ExpandPage, parameters, ct);
        // Each row names the node it was listed for: a relation between two frontier nodes may be
        // on one's page and not on the other's, so the ends cannot say it.
        return records.GroupBy(r => r.Get<string>("node"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Relation>)g.Select(Neo4jValues.ReadRelation).ToList(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsBetweenAsync(
        IReadOnlyCollection<string> expanded, IReadOnlyCollection<string> ends, TraversalFilter filter, int limit, CancellationToken ct = default)
    {
        filter = QueryLimits.Check(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (expanded.Count == 0 || ends.Count == 0) return [];
        var parameters = TraversalParameters(filter);
        parameters["expanded"] = Distinct(expanded);
        parameters["ends"] = Distinct(ends);
        parameters["limit"] = (long)limit;
        var records = await ReadAsync("relations_between", Queries.RelationsBetween, parameters, ct);
        return records.Select(Neo4jValues.ReadRelation).ToList();
    }

    /// <summary>A traversal filter as the traversal statements' parameters (expand_links, expand_page, relations_between).</summary>
    private static Dictionary<string, object?> TraversalParameters(TraversalFilter filter) => new()
    {
        ["direction"] = filter.Direction.ToString().ToUpperInvariant(),
        ["types"] = filter.Types?.ToArray() ?? [],
        ["validAt"] = filter.ValidAt,
        ["knownAt"] = Neo4jValues.Utc(filter.KnownAt),
    };

    private static string[] Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).ToArray();
}
