using GeoGraph.Core.Ingestion;
using Xunit;

namespace GeoGraph.Testing;

/// <summary>
/// The project's founding article, which the repository does not ship (DESIGN.md §7): found through
/// GEOGRAPH_ARTICLES_DIR or a shared/articles folder above the test binaries. Tests skip without it,
/// except where GEOGRAPH_REQUIRE_ARTICLES=1 (CI), where its absence fails.
/// </summary>
public static class FoundingArticle
{
    public const string FileName = "2025-10-14-beijing-denies-rare-earths-link.txt";

    private static readonly Lazy<string?> NormalisedText = new(() => Find() is { } path ? ArticleText.Normalize(File.ReadAllText(path)) : null);

    /// <summary>The article's normalised text; skips (or, in CI, fails) the calling test when it is absent.</summary>
    public static string Text()
    {
        if (NormalisedText.Value is { } text) return text;
        SkipOrFail();
        return null!;
    }

    /// <summary>The article's file, as shipped (not normalised); skips (or, in CI, fails) the calling test when it is absent.</summary>
    public static string FilePath()
    {
        if (Find() is { } path) return path;
        SkipOrFail();
        return null!;
    }

    private static void SkipOrFail()
    {
        var reason = $"{FileName} not found: set GEOGRAPH_ARTICLES_DIR or put shared/articles above {AppContext.BaseDirectory}";
        if (Environment.GetEnvironmentVariable("GEOGRAPH_REQUIRE_ARTICLES") == "1")
            Assert.Fail(reason + " (GEOGRAPH_REQUIRE_ARTICLES=1)");
        Assert.Skip(reason);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("GEOGRAPH_ARTICLES_DIR") is { Length: > 0 } dir)
            return File.Exists(Path.Combine(dir, FileName)) ? Path.Combine(dir, FileName) : null;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "articles", FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
