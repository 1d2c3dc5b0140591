using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public Task<Page<Citation>> FindCitationsAsync(CitationFilter filter, CitationOrder order, PageRequest page, CancellationToken ct = default) =>
        throw new NotImplementedException();

    public Task<long> CountCitationsAsync(CitationFilter filter, CancellationToken ct = default) => throw new NotImplementedException();
}
