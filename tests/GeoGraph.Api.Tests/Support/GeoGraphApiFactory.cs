using GeoGraph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoGraph.Api.Tests.Support;

/// <summary>
/// The real API on a fresh embedded store in a temporary folder, seeded at start-up as in
/// production. Store calls are counted so tests can prove batching.
/// </summary>
public sealed class GeoGraphApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("geograph-api-tests-").FullName;

    public string DatabasePath => Path.Combine(_directory, "geograph.db");

    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Sqlite:Path", DatabasePath);
        builder.UseSetting("Seed:OnStartup", "true");
        foreach (var (key, value) in GeoGraph.Testing.ApiTestKeys.Settings()) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            var inner = services.Single(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(inner);
            services.AddSingleton<IGraphStore>(sp => new CountingGraphStore((IGraphStore)inner.ImplementationFactory!(sp)));
        });
    }

    /// <summary>A client sending the admin test key (so every mutation is allowed); null sends none.</summary>
    public GraphQLClient CreateGraphQLClient(string? key = GeoGraph.Testing.ApiTestKeys.Admin) => new(WithKey(CreateClient(), key));

    public static HttpClient WithKey(HttpClient http, string? key)
    {
        if (key is not null) http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        }
    }
}
