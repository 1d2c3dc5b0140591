using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// Traces (HTTP, GraphQL execution, every GeoGraph.* source such as the stores and the Bolt
/// client) and metrics (HTTP, runtime), exported over OTLP only when a collector is configured
/// with OpenTelemetry's own OTEL_EXPORTER_OTLP_ENDPOINT; otherwise nothing is collected.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "geograph-api";
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddGeoGraphTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointKey])) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource("GeoGraph.*", "GraphQL"))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
