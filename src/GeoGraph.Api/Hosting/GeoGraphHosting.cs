using FluentValidation;
using GeoGraph.Api.GraphQL;
using GeoGraph.Api.GraphQL.Execution;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Api.GraphQL.Loaders;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GeoGraph.Storage;
using GraphQL;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Hosting;

/// <summary>The API's parts, one call each in Program.cs.</summary>
public static class GeoGraphHosting
{
    /// <summary>Where the API listens when nothing else says: <c>ASPNETCORE_URLS</c>, <c>URLS</c>, <c>--urls</c> or Kestrel endpoints.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless the environment, the command line or configuration
    /// names the address. The default lives here rather than as "Urls" in appsettings.json, because
    /// a key in appsettings.json beats ASPNETCORE_URLS (read earlier, as a host default).
    /// </summary>
    public static WebApplicationBuilder ListenOnDefaultUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var c = builder.Configuration;
        var named = !string.IsNullOrWhiteSpace(c[WebHostDefaults.ServerUrlsKey]) || !string.IsNullOrWhiteSpace(c["http_ports"])
            || !string.IsNullOrWhiteSpace(c["https_ports"]) || c.GetSection("Kestrel:Endpoints").Exists();
        if (!named) builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    public static WebApplicationBuilder AddGeoGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphStore(builder.Configuration);
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        // The built-in vocabulary plus the deployment's own types (Vocabulary:Path), checked by TryOpenStore.
        builder.Services.AddSingleton(sp => RelationVocabulary.WithDeploymentFile(sp.GetRequiredService<IConfiguration>()[RelationVocabulary.PathKey]));
        builder.Services.AddSingleton(CountryCatalog.Default);
        builder.Services.AddSingleton<Ingestor>();
        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddHostedService<SeedOnStartup>();
        return builder;
    }

    public static WebApplicationBuilder AddGeoGraphGraphQL(this WebApplicationBuilder builder)
    {
        ValidationPaths.UseCamelCase();
        builder.Services.AddValidatorsFromAssemblyContaining<PageArgsValidator>(ServiceLifetime.Singleton);
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddOptions<Changes.ChangeFeedOptions>().BindConfiguration(Changes.ChangeFeedOptions.Section);
        builder.Services.AddSingleton<Changes.ChangeFeed>();
        builder.Services.AddScoped<Changes.StreamDelivery>();
        builder.Services.AddSingleton<DocumentCache>();
        builder.Services.AddSingleton<Http.PersistedQueries>();
        builder.Services.AddSingleton<global::GraphQL.DI.IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        builder.Services.AddOptions<RequestLimitsOptions>().Bind(builder.Configuration.GetSection(RequestLimitsOptions.Section))
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, $"{RequestLimitsOptions.Section}:RequestTimeout must be positive (e.g. 00:00:30)").ValidateOnStart();
        builder.Services.AddSingleton<global::GraphQL.DI.IConfigureExecution, RequestGuard>();
        var introspection = builder.Configuration.GetValue("GraphQL:Introspection", true);
        builder.Services.AddGraphQL(graphql =>
        {
            graphql
                .AddSchema<GeoGraphSchema>()
                .AddValidationRule(Security.RoleRequirementRule.Instance, useForCachedDocuments: true)
                .AddGraphTypes(typeof(GeoGraphSchema).Assembly)
                .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddErrorInfoProvider<GeoGraphErrorInfoProvider>()
                .AddExecutionStrategy<Changes.ScopedEventSubscriptionStrategy>(GraphQLParser.AST.OperationType.Subscription)
                .UseTelemetry()
                .AddComplexityAnalyzer(c =>
                {
                    // Connections cost by their 'first'; plain lists (citations, supporters) are short,
                    // so they count double rather than the library's five-fold. A page of 500 relations
                    // with their nodes and citations fits; nested pages of pages do not.
                    c.MaxDepth = DocumentLimits.MaxDepth;
                    c.DefaultListImpactMultiplier = 2;
                    c.MaxComplexity = 200_000;
                    c.ValidateComplexityDelegate = ComplexityRefusal.Restate;
                    var library = c.DefaultComplexityImpactDelegate;
                    c.DefaultComplexityImpactDelegate = context => ComplexityRefusal.PageSizeWithinBounds(library(context));
                })
                .AddUnhandledExceptionHandler(context =>
                    UnhandledExceptions.Handle(context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("GeoGraph.GraphQL")));
            // GraphQL:Introspection=false hides the schema from clients (__schema, __type); __typename stays.
            if (!introspection) graphql.AddValidationRule(global::GraphQL.Validation.Rules.Custom.NoIntrospectionValidationRule.Instance, useForCachedDocuments: true);
        });
        return builder;
    }

    /// <summary>
    /// Loads the vocabulary and opens the store before serving (the embedded store checks its file
    /// then; Neo4j connects on first use, and an unreachable one is retried by
    /// <see cref="SeedOnStartup"/>). A deployment vocabulary that breaks a rule, or a store that
    /// cannot be opened, stops start-up with one clear line naming why — not a crash and stack traces.
    /// </summary>
    public static bool TryOpenStore(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<RelationVocabulary>();
            app.Services.GetRequiredService<IGraphStore>();
            return true;
        }
        catch (Exception e) when (e is GeoGraphException or InvalidVocabularyException)
        {
            app.Logger.LogCritical("GeoGraph cannot start: {Reason}", e.Message);
            return false;
        }
    }

    public static WebApplicationBuilder AddGeoGraphHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapGeoGraphHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    private sealed class StoreHealthCheck(IGraphStore store, SeedState seed) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.CheckReadyAsync(cancellationToken);
                return seed.Pending ? HealthCheckResult.Unhealthy("store reachable, seed not applied yet") : HealthCheckResult.Healthy("store reachable");
            }
            catch (GeoGraphException e)
            {
                return HealthCheckResult.Unhealthy("store unavailable", e);
            }
        }
    }
}
