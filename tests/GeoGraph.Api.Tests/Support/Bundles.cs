using System.Text;

namespace GeoGraph.Api.Tests.Support;

/// <summary>ingestArticle's input as the client sends it (JSON variables).</summary>
public sealed record ArticleBundle(ArticleSpec Article, IReadOnlyList<RelationSpec> Relations, IReadOnlyList<EntitySpec>? Entities = null)
{
    public object ToVariables() => new { input = this };

    public ArticleBundle WithRelations(params RelationSpec[] relations) => this with { Relations = relations };
}

public sealed record ArticleSpec(string Title, string? Text);

public sealed record EntitySpec(string Id, string Name);

public sealed record RelationSpec(string Type, string Subject, string Object, IReadOnlyList<CitationSpec> Citations, IReadOnlyList<QualifierSpec>? Qualifiers = null);

public sealed record QualifierSpec(string Key, string Value, double? Number = null, string? Unit = null, string? Entity = null);

public sealed record CitationSpec(string Quote, int Start, int End, string Stance = "ASSERTS", string? Speaker = null, string? Article = null)
{
    /// <summary>A citation of the first occurrence of <paramref name="quote"/> in <paramref name="text"/>.</summary>
    public static CitationSpec Of(string text, string quote, string? speaker = null, string? article = null)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{quote}' is not in the text", nameof(quote));
        return new(quote, start, start + quote.Length, speaker is null ? "ASSERTS" : "REPORTS", speaker, article);
    }
}

/// <summary>Generated articles: numbered sentences, one cited relation between two countries per sentence.</summary>
public static class SyntheticArticle
{
    private static readonly string[] Countries =
        ["FR", "DE", "IT", "ES", "PT", "NL", "BE", "PL", "SE", "NO", "FI", "DK", "AT", "CH", "IE", "GR", "TR", "EG", "NG", "KE", "ZA", "BR", "AR", "CL", "MX", "CA", "JP", "KR", "AU", "NZ"];

    /// <summary>
    /// <paramref name="count"/> sentences "Item i: XX and YY agreed to cooperate.", each the quote of a
    /// COOPERATES_WITH relation (with a qualifier naming a third country, spoken by Lin Jian).
    /// </summary>
    public static ArticleBundle Generate(int count, string tag = "synthetic")
    {
        var text = new StringBuilder($"Synthetic report {tag}.");
        var relations = new List<RelationSpec>();
        for (var i = 0; i < count; i++)
        {
            var subject = Countries[i % Countries.Length];
            var @object = Countries[(i + 1 + i / Countries.Length) % Countries.Length];
            var via = Countries[(i + 7) % Countries.Length];
            var sentence = $"Item {i}: {subject} and {@object} agreed to cooperate.";
            text.Append('\n');
            var start = text.Length;
            text.Append(sentence);
            relations.Add(new RelationSpec("COOPERATES_WITH", $"country:{subject}", $"country:{@object}",
                [new CitationSpec(sentence, start, start + sentence.Length, "REPORTS", "person:lin-jian")],
                [new QualifierSpec("item", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Number: i), new QualifierSpec("via", $"country:{via}", Entity: $"country:{via}")]));
        }
        return new ArticleBundle(new ArticleSpec($"Synthetic report {tag}", text.ToString()), relations);
    }
}
