using System.Net;
using GeoGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Browser.Tests.Support;

/// <summary>
/// The real API on Kestrel at 127.0.0.1 on a free port, on a fresh embedded store seeded at
/// start-up, as `dotnet run` serves it; <paramref name="settings"/> add configuration
/// (e.g. Cors:Origins).
/// </summary>
public sealed class LiveApi(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the server and waits until it is ready (store reachable, seed applied).</summary>
    public async Task<LiveApi> StartAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode) return this;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the API at {BaseAddress} did not become ready in 60 s");
            await Task.Delay(200);
        }
    }

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Sqlite:Path", _directory.File("geograph.db"));
        builder.UseSetting("Seed:OnStartup", "true");
        foreach (var (key, value) in ApiTestKeys.Settings()) builder.UseSetting(key, value);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Dispose();
        }
    }
}
