using System.Text.Json.Nodes;
using GeoGraph.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Where the API listens: http://localhost:5080 unless ASPNETCORE_URLS, URLS, --urls or Kestrel
/// endpoints say otherwise. (A "Urls" key in appsettings.json used to beat ASPNETCORE_URLS.)
/// </summary>
public sealed class ListenAddressTests
{
    private static string? ListenUrls(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Testing" });
        builder.ListenOnDefaultUrlUnlessConfigured();
        return builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
    }

    [Fact]
    public void Without_a_configured_address_it_listens_on_5080() => Assert.Equal(GeoGraphHosting.DefaultUrl, ListenUrls());

    [Fact]
    public void A_configured_address_wins() => Assert.Equal("http://127.0.0.1:9123", ListenUrls("--urls", "http://127.0.0.1:9123"));

    [Fact]
    public void Kestrel_endpoints_in_configuration_are_not_overridden() =>
        Assert.NotEqual(GeoGraphHosting.DefaultUrl, ListenUrls("--Kestrel:Endpoints:Http:Url", "http://127.0.0.1:9124"));

    [Fact]
    public void Appsettings_does_not_set_urls_so_ASPNETCORE_URLS_is_honoured()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaSdlTests.RepoRoot(), "src/GeoGraph.Api/appsettings.json")))!.AsObject();
        Assert.DoesNotContain(settings, p => p.Key.Equals("urls", StringComparison.OrdinalIgnoreCase));
    }
}
