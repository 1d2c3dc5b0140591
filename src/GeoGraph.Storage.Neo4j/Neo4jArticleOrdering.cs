using GeoGraph.Bolt;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// An articles listing's order in Cypher (list_articles): by id, or by publishedAt in Unix
/// milliseconds (undated last in both directions) or by the title's search key, then id. Fills
/// the sortKey, afterKey and orderBy placeholders with one of these fixed shapes; the cursor's
/// values go as parameters.
/// </summary>
internal static class Neo4jArticleOrdering
{
    public static Dictionary<string, string> Placeholders(ArticleOrder order, PageKey? after, Dictionary<string, object?> parameters)
    {
        var id = $"a.id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} $afterId";
        parameters["afterId"] = after?.Id;
        var idOrder = "id" + Direction(order.IdDirection);
        if (order.Key is not { } field)
            return new() { ["sortKey"] = "null", ["afterKey"] = $"$afterId IS NULL OR {id}", ["orderBy"] = idOrder };
        parameters["afterValue"] = after?.Sort?.Values[0];
        var beyond = order.KeyDirection == SortDirection.Asc ? ">" : "<";
        return new()
        {
            ["sortKey"] = field == ArticleOrderField.PublishedAt ? "a.publishedAt.epochMillis" : "a.titleKey",
            ["afterKey"] = "$afterId IS NULL"
                + $" OR ($afterValue IS NULL AND sortKey IS NULL AND {id})"
                + $" OR ($afterValue IS NOT NULL AND (sortKey {beyond} $afterValue OR sortKey IS NULL OR (sortKey = $afterValue AND {id})))",
            ["orderBy"] = $"sortKey IS NULL, sortKey{Direction(order.KeyDirection)}, {idOrder}",
        };
    }

    public static SortValues? Read(Record record, ArticleOrder order) =>
        order.Key switch
        {
            null => null,
            ArticleOrderField.PublishedAt => new SortValues(order.Name, [record.Get<long?>("sortKey")]),
            _ => new SortValues(order.Name, [record.Get<string>("sortKey")]),
        };

    private static string Direction(SortDirection d) => d == SortDirection.Asc ? "" : " DESC";
}
