using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Bundles;

/// <summary>
/// A store's content as bundles that ingestion takes back: articles (with their text when stored),
/// every node (countries too), and the relations with their citations. A bundle cannot say that a
/// relation was retracted, nor hold one without a citation: those are left out and counted. When
/// the content exceeds what one bundle may hold (<see cref="BundleValidator"/>'s limits), it is
/// split into several, in an order where each refers only to itself and the bundles before it, so
/// importing them in order rebuilds the graph. What a bundle does not carry: when and by whom
/// things were recorded (ingestion records its own time and actor). A citation whose source
/// described the fact in other words than the relation ("roughly" where the relation says "about")
/// carries its own describing qualifiers, so importing the export keeps every citation's wording.
/// </summary>
public sealed class BundleExport(RelationVocabulary vocabulary)
{
    /// <summary>An export that knows the built-in relation types only.</summary>
    public BundleExport() : this(RelationVocabulary.Default)
    {
    }

    public const int MaxArticles = 100;
    public const int MaxCitationsPerRelation = 50;

    private readonly List<Bundle> _bundles = [new Bundle()];

    /// <summary>Retracted relations, which a bundle cannot express.</summary>
    public int RetractedLeftOut { get; private set; }

    /// <summary>Relations without a citation, which ingestion refuses.</summary>
    public int UncitedLeftOut { get; private set; }

    public IReadOnlyList<Bundle> Bundles => _bundles;

    /// <summary>Adds a chunk; chunks must come in <see cref="StoreDump"/>'s order (articles, nodes, relations).</summary>
    public void Add(StoreChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var a in chunk.Articles)
            Room(b => b.Articles.Count < MaxArticles).Articles.Add(new BundleArticle
            {
                Id = a.Id, Title = a.Title, Publisher = a.Publisher, Url = a.Url, PublishedAt = a.PublishedAt, Language = a.Language,
                TextSha256 = a.TextSha256, TextLength = a.TextLength, Text = a.Text,
            });
        foreach (var n in chunk.Nodes)
        {
            if (n.Kind == NodeKind.Claim)
                Room(b => b.Claims.Count < BundleValidator.MaxItems).Claims.Add(new BundleClaim { Id = n.Id, Statement = n.Name });
            else
                Room(b => b.Entities.Count < BundleValidator.MaxItems).Entities.Add(new BundleEntity
                {
                    Id = n.Id, Kind = KindNames.Of(n.Kind), Name = n.Name, Aliases = n.Aliases.Count == 0 ? null : [.. n.Aliases],
                    Description = n.Description,
                    ExternalIds = n.ExternalIds.Count == 0 ? null : n.ExternalIds.ToDictionary(x => x.Scheme, x => x.Id, StringComparer.Ordinal),
                });
        }
        var citations = chunk.Citations.ToLookup(c => c.RelationId, StringComparer.Ordinal);
        foreach (var r in chunk.Relations)
        {
            if (r.RetractedAt is not null)
            {
                RetractedLeftOut++;
                continue;
            }
            var cited = citations[r.Id].ToArray();
            if (cited.Length == 0)
            {
                UncitedLeftOut++;
                continue;
            }
            // A relation may hold more citations than one entry may: the same fact listed again adds the rest.
            foreach (var part in cited.Chunk(MaxCitationsPerRelation))
                Room(b => b.Relations.Count < BundleValidator.MaxItems).Relations.Add(ToBundle(r, part, vocabulary));
        }
    }

    private Bundle Room(Func<Bundle, bool> hasRoom)
    {
        if (!hasRoom(_bundles[^1])) _bundles.Add(new Bundle());
        return _bundles[^1];
    }

    /// <summary>
    /// A relation and its citations as a bundle entry (a retracted one with its retraction's reason).
    /// A citation's own qualifiers are written only when they differ from the relation's describing
    /// ones (<paramref name="vocabulary"/> says which those are): ingestion gives a citation without
    /// qualifiers exactly those, so an entry imports back to the same citations. Without a
    /// vocabulary no citation carries qualifiers (generated data, whose citations take the relation's).
    /// </summary>
    public static BundleRelation ToBundle(Relation r, IEnumerable<Citation> citations, RelationVocabulary? vocabulary)
    {
        var describing = vocabulary is null ? null : FactQualifiers.Describing(vocabulary, r.Type, r.Qualifiers);
        return new()
        {
            Type = r.Type,
            Subject = r.SubjectId,
            Object = r.ObjectId,
            Qualifiers = r.Qualifiers.Count == 0 ? null : ToBundle(r.Qualifiers),
            ValidFrom = r.ValidFrom?.ToString(),
            ValidFromPrecision = r.ValidFrom?.Precision.ToString().ToUpperInvariant(),
            ValidTo = r.ValidTo?.ToString(),
            ValidToPrecision = r.ValidTo?.Precision.ToString().ToUpperInvariant(),
            Confidence = r.Confidence,
            Citations =
            [
                .. citations.Select(c => new BundleCitation
                {
                    Article = c.ArticleId, Quote = c.Quote, Start = c.Start, End = c.End, Speaker = c.SpeakerId,
                    Stance = c.Stance.ToString().ToUpperInvariant(),
                    Qualifiers = describing is null || SameQualifiers(c.Qualifiers, describing) ? null : ToBundle(c.Qualifiers),
                }),
            ],
            Retracted = r.RetractedAt is null ? null : new BundleRetraction { Reason = r.RetractReason ?? "retracted" },
        };
    }

    private static List<BundleQualifier> ToBundle(IEnumerable<Qualifier> qualifiers) =>
        [.. qualifiers.Select(q => new BundleQualifier { Key = q.Key, Value = q.Value, Number = q.Number, Unit = q.Unit, Entity = q.EntityId })];

    private static bool SameQualifiers(IReadOnlyList<Qualifier> a, IReadOnlyList<Qualifier> b) =>
        a.OrderBy(q => q.Key, StringComparer.Ordinal).SequenceEqual(b.OrderBy(q => q.Key, StringComparer.Ordinal));
}
