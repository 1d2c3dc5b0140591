using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Api.Tests.Support;

/// <summary>Posts GraphQL requests and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        return await GraphQLResponse.ReadAsync(response);
    }

    public Task<GraphQLResponse> IngestAsync(ArticleBundle bundle) => PostAsync(Queries.IngestArticle, bundle.ToVariables());

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data!;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonNode Body)
{
    public JsonNode? Data => Body["data"];
    public JsonArray? Errors => Body["errors"] as JsonArray;

    /// <summary>The single error's extensions.code.</summary>
    public string? ErrorCode => Errors is [{ } e] ? e["extensions"]?["code"]?.GetValue<string>() : null;

    /// <summary>The single error's message.</summary>
    public string? ErrorMessage => Errors is [{ } e] ? e["message"]?.GetValue<string>() : null;

    /// <summary>The failing fields named by a VALIDATION_FAILED error.</summary>
    public IReadOnlyList<string> ErrorFields => Errors?.SelectMany(e => e?["extensions"]?["fields"] as JsonArray ?? [])
        .Select(f => f!["field"]!.GetValue<string>()).ToArray() ?? [];

    /// <summary>
    /// A clear refusal: the HTTP status, a single error with this code naming exactly these fields
    /// (in any order, each once however many messages it has), and never an internal error.
    /// </summary>
    public void AssertRefused(string code, params string[] fields) => AssertRefused(HttpStatusCode.OK, code, fields);

    public void AssertRefused(HttpStatusCode status, string code, params string[] fields)
    {
        AssertNoInternalError();
        Assert.Equal(status, Status);
        Assert.True(ErrorCode == code, $"expected one {code} error, got {Body.ToJsonString()}");
        Assert.Equal(fields.Order(StringComparer.Ordinal), ErrorFields.Distinct().Order(StringComparer.Ordinal));
    }

    public void AssertNoInternalError()
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, Status);
        Assert.DoesNotContain(Errors ?? [], e => e?["extensions"]?["code"]?.GetValue<string>() is "INTERNAL_SERVER_ERROR" or null);
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return new(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            JsonNode.Parse(text) ?? throw new JsonException("empty response"));
    }
}
