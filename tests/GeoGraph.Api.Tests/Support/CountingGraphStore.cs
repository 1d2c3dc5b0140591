using System.Runtime.CompilerServices;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Tests.Support;

/// <summary>Counts calls per store method, to assert that resolvers batch (no N+1).</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls;

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    private T Count<T>(T result, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }

    public Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetNodesAsync(ids, ct));
    public Task<ILookup<string, string>> GetMergedIdsAsync(IReadOnlyCollection<string> nodeIds, CancellationToken ct = default) => Count(inner.GetMergedIdsAsync(nodeIds, ct));

    public Task<ILookup<string, Node>> FindNodesByExternalIdsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default) => Count(inner.FindNodesByExternalIdsAsync(keys, ct));
    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default) => Count(inner.GetArticlesAsync(ids, includeText, ct));
    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetRelationsAsync(ids, ct));
    public Task<ILookup<string, Citation>> GetCitationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct = default) => Count(inner.GetCitationsAsync(relationIds, ct));
    public Task<ILookup<string, Relation>> GetIncomingRelationsAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<string> types, DateTimeOffset knownAt, CancellationToken ct = default) => Count(inner.GetIncomingRelationsAsync(objectIds, types, knownAt, ct));
    public Task<Page<Node>> FindNodesAsync(NodeFilter filter, PageRequest page, CancellationToken ct = default) => Count(inner.FindNodesAsync(filter, page, ct));
    public Task<long> CountNodesAsync(NodeFilter filter, CancellationToken ct = default) => Count(inner.CountNodesAsync(filter, ct));
    public Task<Page<Relation>> FindRelationsAsync(RelationFilter filter, PageRequest page, CancellationToken ct = default) => Count(inner.FindRelationsAsync(filter, page, ct));
    public Task<long> CountRelationsAsync(RelationFilter filter, CancellationToken ct = default) => Count(inner.CountRelationsAsync(filter, ct));
    public Task<Page<Article>> FindArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken ct = default) => Count(inner.FindArticlesAsync(filter, page, ct));
    public Task<long> CountArticlesAsync(string? search, CancellationToken ct = default) => Count(inner.CountArticlesAsync(search, ct));
    public Task<Page<Citation>> FindCitationsAsync(CitationFilter filter, CitationOrder order, PageRequest page, CancellationToken ct = default) => Count(inner.FindCitationsAsync(filter, order, page, ct));
    public Task<long> CountCitationsAsync(CitationFilter filter, CancellationToken ct = default) => Count(inner.CountCitationsAsync(filter, ct));
    public Task<Page<Node>> FindClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken ct = default) => Count(inner.FindClaimsAsync(filter, page, ct));
    public Task<long> CountClaimsAsync(ClaimFilter filter, CancellationToken ct = default) => Count(inner.CountClaimsAsync(filter, ct));
    public Task<Page<TimelineEntry>> FindTimelineAsync(TimelineQuery query, PageRequest page, CancellationToken ct = default) => Count(inner.FindTimelineAsync(query, page, ct));
    public Task<long> CountTimelineAsync(TimelineQuery query, CancellationToken ct = default) => Count(inner.CountTimelineAsync(query, ct));
    public Task<IReadOnlyList<RelationBucket>> CountRelationsByAsync(RelationCountQuery query, CancellationToken ct = default) => Count(inner.CountRelationsByAsync(query, ct));
    public Task<IReadOnlyDictionary<string, long>> CountDegreesAsync(IReadOnlyCollection<string> nodeIds, TraversalFilter filter, CancellationToken ct = default) => Count(inner.CountDegreesAsync(nodeIds, filter, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandAsync(IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default) => Count(inner.ExpandAsync(frontier, filter, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelationLink>>> ExpandLinksAsync(IReadOnlyCollection<string> frontier, TraversalFilter filter, CancellationToken ct = default) => Count(inner.ExpandLinksAsync(frontier, filter, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ExpandPageAsync(IReadOnlyCollection<string> frontier, TraversalFilter filter, int perNode, string? afterId = null, CancellationToken ct = default) => Count(inner.ExpandPageAsync(frontier, filter, perNode, afterId, ct));
    public Task<IReadOnlyList<Relation>> GetRelationsBetweenAsync(IReadOnlyCollection<string> expanded, IReadOnlyCollection<string> ends, TraversalFilter filter, int limit, CancellationToken ct = default) => Count(inner.GetRelationsBetweenAsync(expanded, ends, filter, limit, ct));
    public Task<ApplyResult> ApplyAsync(IngestionBatch batch, CancellationToken ct = default) => Count(inner.ApplyAsync(batch, ct));
    public Task<RetractResult> RetractRelationAsync(string id, string reason, string retractedBy, DateTimeOffset at, CancellationToken ct = default) => Count(inner.RetractRelationAsync(id, reason, retractedBy, at, ct));
    public Task<EntityMergeResult> MergeEntitiesAsync(EntityMergeRequest request, CancellationToken ct = default) => Count(inner.MergeEntitiesAsync(request, ct));
    public Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken ct = default) => Count(inner.GetChangesAsync(query, ct));
    public Task CheckReadyAsync(CancellationToken ct = default) => Count(inner.CheckReadyAsync(ct));
}
