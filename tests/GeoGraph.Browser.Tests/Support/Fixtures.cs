using GeoGraph.Browser.Tests.Support;

[assembly: AssemblyFixture(typeof(Chromium))]

namespace GeoGraph.Browser.Tests.Support;

/// <summary>The seeded API on a loopback port, shared by one test class.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public LiveApi Api { get; } = new();

    public async ValueTask InitializeAsync() => await Api.StartAsync();

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();
}
