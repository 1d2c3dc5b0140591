using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Tests.Support;

/// <summary>Runs <see cref="BundleValidator"/> and asserts on its failures as field paths and messages.</summary>
internal static class Validation
{
    private static readonly BundleValidator Validator = new(RelationVocabulary.Default, CountryCatalog.Default);

    public static IReadOnlyList<FieldError> Failures(Bundle bundle) =>
        Validator.Validate(bundle).Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToArray();

    public static void AssertValid(Bundle bundle)
    {
        var failures = Failures(bundle);
        Assert.True(failures.Count == 0, "expected a valid bundle; got:\n" + Describe(failures));
    }

    /// <summary>Asserts that <paramref name="field"/> and no other field fails, with a message containing <paramref name="message"/>.</summary>
    public static void AssertRefused(Bundle bundle, string field, string message) => AssertRefused(bundle, [field], field, message);

    /// <summary>Asserts that exactly <paramref name="fields"/> fail, <paramref name="field"/> with a message containing <paramref name="message"/>.</summary>
    public static void AssertRefused(Bundle bundle, string[] fields, string field, string message)
    {
        var failures = Failures(bundle);
        var failed = failures.Select(f => f.Field).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(failed.SequenceEqual(fields.Order(StringComparer.Ordinal)),
            $"expected failures on [{string.Join(", ", fields)}]; got:\n" + Describe(failures));
        Assert.True(failures.Any(f => f.Field == field && f.Message.Contains(message, StringComparison.Ordinal)),
            $"expected {field} to fail with a message containing \"{message}\"; got:\n" + Describe(failures));
    }

    private static string Describe(IEnumerable<FieldError> failures) =>
        string.Join("\n", failures.Select(f => $"  {f.Field}: {f.Message}"));
}
