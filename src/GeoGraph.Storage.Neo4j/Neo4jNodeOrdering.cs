using GeoGraph.Bolt;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// An entities or claims listing's order in Cypher: by id, or by name (the search key both stores
/// sort by) then id. Fills the afterKey and orderBy placeholders of find_entities, find_nodes and
/// find_claims with one of these fixed shapes; the cursor's values go as parameters.
/// </summary>
internal static class Neo4jNodeOrdering
{
    public static Dictionary<string, string> Placeholders(NodeOrder order, string variable, PageKey? after, Dictionary<string, object?> parameters)
    {
        var id = $"{variable}.id {(order.IdDirection == SortDirection.Asc ? ">" : "<")} $afterId";
        parameters["afterId"] = after?.Id;
        if (order.NameDirection is not { } byName)
            return new() { ["afterKey"] = $"$afterId IS NULL OR {id}", ["orderBy"] = "id" + Direction(order.IdDirection) };
        parameters["afterName"] = after?.Sort?.Values[0];
        var name = $"{variable}.searchKey";
        return new()
        {
            ["afterKey"] = $"$afterId IS NULL OR {name} {(byName == SortDirection.Asc ? ">" : "<")} $afterName OR ({name} = $afterName AND {id})",
            ["orderBy"] = "nameKey" + Direction(byName) + ", id" + Direction(order.IdDirection),
        };
    }

    public static SortValues? Read(Record record, NodeOrder order) =>
        order.NameDirection is null ? null : new SortValues(order.Name, [record.Get<string>("nameKey")]);

    private static string Direction(SortDirection d) => d == SortDirection.Asc ? "" : " DESC";
}
