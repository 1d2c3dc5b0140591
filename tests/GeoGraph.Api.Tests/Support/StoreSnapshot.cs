using System.Text.Json.Nodes;

namespace GeoGraph.Api.Tests.Support;

/// <summary>What the store holds, as the API shows it: equal snapshots mean nothing was written.</summary>
public sealed record StoreSnapshot(string Relations, int RelationCount, int Entities, int Claims, int Articles)
{
    public static async Task<StoreSnapshot> TakeAsync(GraphQLClient client)
    {
        var data = await client.DataAsync(Queries.Snapshot);
        var relations = JsonAssert.Nodes(data["relations"]).Select(r =>
            $"{r["id"]} retracted={r["retractedAt"]} citations=[{string.Join(' ', r["citations"]!.AsArray().Select(c => $"{c!["article"]!["id"]}@{c["start"]}-{c["end"]}"))}]");
        return new(string.Join('\n', relations), Count(data["relations"]), Count(data["entities"]), Count(data["claims"]), Count(data["articles"]));
    }

    private static int Count(JsonNode? connection) => connection!["totalCount"]!.GetValue<int>();
}
