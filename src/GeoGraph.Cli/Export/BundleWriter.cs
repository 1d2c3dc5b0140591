using System.Globalization;
using System.Text;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Cli.Export;

/// <summary>
/// <c>--format json</c>: the store as geograph-bundle/1, which <c>geograph import</c> takes back.
/// One bundle to stdout or a file; when the store holds more than one bundle may, several
/// (<c>bundle-0001.json</c>, …) into a directory, in the order import must read them.
/// </summary>
public sealed class BundleWriter(TextWriter? stdout, string? outPath, RelationVocabulary vocabulary) : IExportWriter
{
    private readonly BundleExport _export = new(vocabulary);

    public BundleExport Export => _export;

    public IReadOnlyList<string> Files { get; private set; } = [];

    public Task WriteAsync(StoreChunk chunk)
    {
        _export.Add(chunk);
        return Task.CompletedTask;
    }

    public async Task CompleteAsync()
    {
        var bundles = _export.Bundles;
        var toDirectory = outPath is not null && (Directory.Exists(outPath) || outPath.EndsWith('/') || outPath.EndsWith(Path.DirectorySeparatorChar));
        if (bundles.Count > 1 && !toDirectory)
            throw CliException.Usage(
                $"the store holds more than one bundle may (at most {BundleExport.MaxArticles} articles and {BundleValidator.MaxItems} entities, claims "
                + $"or relations each): give --out <dir> to write it as {bundles.Count} bundles");
        if (outPath is null)
        {
            await stdout!.WriteLineAsync(BundleJson.Write(bundles[0]));
            return;
        }
        if (!toDirectory)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { Length: > 0 } parent) Directory.CreateDirectory(parent);
            await File.WriteAllTextAsync(outPath, BundleJson.Write(bundles[0]) + "\n", Utf8);
            Files = [outPath];
            return;
        }
        Directory.CreateDirectory(outPath);
        var files = new List<string>();
        for (var i = 0; i < bundles.Count; i++)
        {
            var name = bundles.Count == 1 ? "bundle.json" : $"bundle-{(i + 1).ToString("D4", CultureInfo.InvariantCulture)}.json";
            var path = Path.Combine(outPath, name);
            await File.WriteAllTextAsync(path, BundleJson.Write(bundles[i]) + "\n", Utf8);
            files.Add(path);
        }
        Files = files;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
