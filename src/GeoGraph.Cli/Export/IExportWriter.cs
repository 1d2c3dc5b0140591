using GeoGraph.Core.Storage;

namespace GeoGraph.Cli.Export;

/// <summary>One export format: fed a store's chunks in <see cref="StoreDump"/>'s order, then completed.</summary>
public interface IExportWriter : IAsyncDisposable
{
    Task WriteAsync(StoreChunk chunk);

    Task CompleteAsync();
}
