using System.Collections.Concurrent;
using System.Diagnostics;
using GeoGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GeoGraph.Api.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task A_query_is_traced_through_GraphQL_execution_and_the_store()
    {
        var seen = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "GraphQL" || source.Name.StartsWith("GeoGraph.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => seen.Add(activity.Source.Name),
        };
        ActivitySource.AddActivityListener(listener);
        await using var api = new GeoGraphApiFactory();

        await api.CreateGraphQLClient().DataAsync("""{ relations(first: 2) { edges { node { id } } } }""");

        Assert.Contains("GraphQL", seen);
        Assert.Contains("GeoGraph.Storage.Sqlite", seen);
    }

    [Fact]
    public async Task Traces_are_exported_only_when_an_OTLP_endpoint_is_configured()
    {
        await using var quiet = new GeoGraphApiFactory();
        Assert.Null(quiet.Services.GetService<TracerProvider>());

        await using var factory = new GeoGraphApiFactory();
        await using var exporting = factory.WithWebHostBuilder(b => b.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"));
        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
    }
}
