using GeoGraph.Api.GraphQL.Inputs;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class RelationsWhereType : InputObjectGraphType<RelationsWhere>
{
    public RelationsWhereType()
    {
        Name = "RelationsWhere";
        Description = "Relation filters; all given ones must hold. AND, OR and NOT nest the same input; knownAt and includeRetracted only at the top level.";
        Field(w => w.Type, nullable: true).Description("Relation type, e.g. DENIES_LINK.");
        Field(w => w.Subject, type: typeof(IdGraphType)).Description("Subject node id.");
        Field(w => w.Object, type: typeof(IdGraphType)).Description("Object node id.");
        Field(w => w.Involves, type: typeof(IdGraphType)).Description("A node id that is the subject or the object.");
        Field(w => w.Article, type: typeof(IdGraphType)).Description("Only relations this article supports (cites).");
        Field(w => w.ValidAt, type: typeof(DateType)).Description("True in the world at this date.");
        Field(w => w.KnownAt, type: typeof(DateTimeType)).Description("As recorded at this instant (default: now).");
        Field(w => w.IncludeRetracted, nullable: true).Description("Include retracted relations (default false).");
        Field("AND", w => w.And, type: typeof(ListGraphType<NonNullGraphType<RelationsWhereType>>)).Description("Every one of these holds.");
        Field("OR", w => w.Or, type: typeof(ListGraphType<NonNullGraphType<RelationsWhereType>>)).Description("At least one of these holds.");
        Field("NOT", w => w.Not, type: typeof(ListGraphType<NonNullGraphType<RelationsWhereType>>)).Description("None of these holds.");
        Field(w => w.Types, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Any of these relation types.");
        Field(w => w.SubjectKind, type: typeof(NodeKindType)).Description("The subject is of this kind.");
        Field(w => w.ObjectKind, type: typeof(NodeKindType)).Description("The object is of this kind.");
        Field(w => w.Speaker, type: typeof(IdGraphType)).Description("A citation names this speaker (who said it).");
        Field(w => w.Stance, type: typeof(CitationStanceType)).Description("A citation has this stance.");
        Field(w => w.MinConfidence, nullable: true).Description("Confidence at least this (0–1).");
        Field(w => w.ValidDuring, type: typeof(DateRangeInputType)).Description("The validity overlaps this range (open ends unbounded; undated relations overlap every range: add dated: true to leave them out).");
        Field(w => w.RecordedAfter, type: typeof(DateTimeType)).Description("Recorded strictly after this instant.");
        Field(w => w.RecordedBefore, type: typeof(DateTimeType)).Description("Recorded strictly before this instant.");
        Field(w => w.Dated, nullable: true).Description("true: has a validity (validFrom or validTo); false: has none.");
        Field(w => w.Between, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Exactly two node ids: one is the subject and the other the object, either way round.");
        Field(w => w.ViaRoles, nullable: true).Description(
            "With involves or between: a person holding a role (HOLDS_ROLE, valid at the relation's time) in the named country or organisation counts as it; the edge's via says through whom.");
    }
}

public sealed class UpsertEntityInputType : InputObjectGraphType<UpsertEntityInput>
{
    public UpsertEntityInputType()
    {
        Name = "EntityInput";
        Description = "An entity: its id says its kind (country:, person:, org:, commodity:, event:).";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Name, type: typeof(NonNullGraphType<StringGraphType>));
        Field(e => e.Aliases, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>));
        Field(e => e.Description, nullable: true);
        Field(e => e.ExternalIds, type: typeof(ListGraphType<NonNullGraphType<ExternalIdInputType>>))
            .Description("Its ids in other systems, one per scheme (a country's ISO codes are added from the country catalog).");
    }
}

public sealed class ExternalIdInputType : InputObjectGraphType<ExternalIdInput>
{
    public ExternalIdInputType()
    {
        Name = "ExternalIdInput";
        Description = "An id in another system: scheme wikidata (Q148), geonames (digits, countries), lei (ISO 17442, organisations), iso3166-alpha2 or iso3166-alpha3 (countries, as the catalog says).";
        Field(x => x.Scheme, type: typeof(NonNullGraphType<StringGraphType>));
        Field(x => x.Id, type: typeof(NonNullGraphType<StringGraphType>));
    }
}

public sealed class ClaimInputType : InputObjectGraphType<ClaimInput>
{
    public ClaimInputType()
    {
        Name = "ClaimInput";
        Description = "A contested proposition, claim:<slug>.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Statement, type: typeof(NonNullGraphType<StringGraphType>));
    }
}

public sealed class QualifierInputType : InputObjectGraphType<QualifierInput>
{
    public QualifierInputType()
    {
        Name = "QualifierInput";
        Description = "value always; number when numeric (percent 0–100 with unit 'percent'); entity (a node id, then equal to value) when it names one.";
        Field(q => q.Key, type: typeof(NonNullGraphType<StringGraphType>));
        Field(q => q.Value, type: typeof(NonNullGraphType<StringGraphType>));
        Field(q => q.Number, nullable: true);
        Field(q => q.Unit, nullable: true);
        Field(q => q.Entity, type: typeof(IdGraphType));
    }
}

public sealed class CitationInputType : InputObjectGraphType<CitationInput>
{
    public CitationInputType()
    {
        Name = "CitationInput";
        Description = "A verbatim quote, placed in the normalised article text: give its UTF-16 offsets [start, end), or — when the article's text is sent or already stored — leave them out and the quote's first occurrence (or the one 'occurrence' names) is used.";
        Field(c => c.Article, type: typeof(IdGraphType)).Description("The cited article; in ingestArticle it defaults to the ingested article.");
        Field(c => c.Quote, type: typeof(NonNullGraphType<StringGraphType>));
        Field(c => c.Start, type: typeof(IntGraphType)).Description("Offset of the quote's first character; optional when the article's text is known (give start and end together).");
        Field(c => c.End, type: typeof(IntGraphType)).Description("Offset just past the quote's last character; optional when the article's text is known.");
        Field(c => c.Occurrence, type: typeof(IntGraphType)).Description("Which occurrence of the quote is meant, 1-based (default 1, the first).");
        Field(c => c.Speaker, type: typeof(IdGraphType)).Description("Who said it, when the article names someone.");
        Field(c => c.Stance, type: typeof(NonNullGraphType<CitationStanceType>));
    }
}

public sealed class RelationInputType : InputObjectGraphType<RelationInput>
{
    public RelationInputType()
    {
        Name = "RelationInput";
        Description = "A relation read subject first, with at least one citation.";
        Field(r => r.Type, type: typeof(NonNullGraphType<StringGraphType>));
        Field(r => r.Subject, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Object, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Qualifiers, type: typeof(ListGraphType<NonNullGraphType<QualifierInputType>>));
        Field(r => r.ValidFrom, type: typeof(DateType));
        Field(r => r.ValidFromPrecision, type: typeof(DatePrecisionType));
        Field(r => r.ValidTo, type: typeof(DateType));
        Field(r => r.ValidToPrecision, type: typeof(DatePrecisionType));
        Field(r => r.Confidence, nullable: true);
        Field(r => r.Citations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CitationInputType>>>));
    }
}

public sealed class ArticleInputType : InputObjectGraphType<ArticleInput>
{
    public ArticleInputType()
    {
        Name = "ArticleInput";
        Description = "An article's metadata, and its text or (without text) its textSha256 and textLength.";
        Field(a => a.Title, type: typeof(NonNullGraphType<StringGraphType>));
        Field(a => a.Publisher, nullable: true);
        Field(a => a.Url, nullable: true);
        Field(a => a.PublishedAt, type: typeof(DateTimeType));
        Field(a => a.Language, nullable: true);
        Field(a => a.Text, nullable: true).Description($"Full text (≤ {Core.Ingestion.ArticleText.MaxLength:N0} characters); quotes are verified against it.");
        Field(a => a.TextSha256, nullable: true).Description("SHA-256 of the normalised text, when the text is not supplied.");
        Field(a => a.TextLength, nullable: true).Description("Length of the normalised text, when the text is not supplied.");
    }
}

public sealed class IngestArticleInputType : InputObjectGraphType<IngestArticleInput>
{
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "A bundle for one article: the article, the entities and claims it introduces, and the relations it supports.";
        Field(i => i.Article, type: typeof(NonNullGraphType<ArticleInputType>));
        Field(i => i.Entities, type: typeof(ListGraphType<NonNullGraphType<UpsertEntityInputType>>));
        Field(i => i.Claims, type: typeof(ListGraphType<NonNullGraphType<ClaimInputType>>));
        Field(i => i.Relations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationInputType>>>));
    }
}
