using GeoGraph.Api.GraphQL.Loaders;
using GeoGraph.Core.Bundles;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A directed, typed, cited statement read subject first: 'person:donald-trump THREATENS_TARIFF country:CN'.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("rel: + 16 hex digits of the SHA-256 of its type, ends, identifying qualifiers and validity. A former id (before the id rule hashed only identifying qualifiers, or before an end was merged) still finds it.");
        Field(r => r.Type).Description("The relation type, from the vocabulary (see relationTypes).");
        Field<StringGraphType>("phrase").Description("The type's display phrase, e.g. 'threatens tariffs on'.")
            .Resolve(c => c.Service<RelationVocabulary>().Find(c.Source.Type)?.Phrase);
        Field<NonNullGraphType<NodeInterface>>("subject").Description("Who or what acts.").Resolve(c => c.Loaders().Node(c.Source.SubjectId));
        Field<NonNullGraphType<NodeInterface>>("object").Description("The target or recipient.").Resolve(c => c.Loaders().Node(c.Source.ObjectId));
        Field(r => r.Qualifiers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<QualifierType>>>))
            .Description("Typed attributes, ordered by key: the fact as first recorded — its identifying qualifiers, and the describing ones of the source that recorded it first. Each citation's qualifiers say how its own source described it.");
        Field<DateType>("validFrom").Description("When it became true in the world (first day of its period).").Resolve(c => c.Source.ValidFrom?.Date);
        Field<DatePrecisionType>("validFromPrecision").Description("How precisely validFrom is known.").Resolve(c => c.Source.ValidFrom?.Precision);
        Field<DateType>("validTo").Description("When it stopped being true (first day of its period).").Resolve(c => c.Source.ValidTo?.Date);
        Field<DatePrecisionType>("validToPrecision").Description("How precisely validTo is known.").Resolve(c => c.Source.ValidTo?.Precision);
        Field(r => r.Confidence).Description("0–1: how firmly the sources support it.");
        Field(r => r.RecordedAt, type: typeof(NonNullGraphType<DateTimeType>)).Description("When it was recorded.");
        Field(r => r.RecordedBy).Description("Who recorded it.");
        Field(r => r.RetractedAt, type: typeof(DateTimeType)).Description("When it was retracted; retraction never deletes.");
        Field(r => r.RetractedBy, nullable: true).Description("Who retracted it.");
        Field(r => r.RetractReason, nullable: true).Description("Why it was retracted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("citations")
            .Description("The verbatim quotes that support it, ordered by article then offset.")
            .Resolve(c => c.Loaders().Citations(c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("citationCount").Description("How many citations (quotes) support it; orderBy CITATION_COUNT.")
            .Resolve(c => Corroborated(c, x => x.CitationCount));
        Field<NonNullGraphType<IntGraphType>>("sourceCount").Description("How many distinct articles cite it; orderBy SOURCE_COUNT.")
            .Resolve(c => Corroborated(c, x => x.SourceCount));
        Field<NonNullGraphType<IntGraphType>>("publisherCount").Description("How many distinct publishers cite it (articles without a publisher do not count).")
            .Resolve(c => Corroborated(c, x => x.PublisherCount));
        Field<DateTimeType>("firstReportedAt").Description("The earliest publishedAt of a citing article, as published; orderBy FIRST_REPORTED.")
            .Resolve(c => Corroborated(c, x => x.FirstReportedAt));
        Field<DateTimeType>("lastReportedAt").Description("The latest publishedAt of a citing article, as published.")
            .Resolve(c => Corroborated(c, x => x.LastReportedAt));
    }

    private static IDataLoaderResult<IDataLoaderResult<object?>> Corroborated<T>(IResolveFieldContext<Relation> c, Func<Corroboration, T> pick) =>
        c.Loaders().Corroboration(c.Source.Id).Then(next => next.Then(x => (object?)pick(x)));
}

public sealed class QualifierType : ObjectGraphType<Qualifier>
{
    public QualifierType()
    {
        Name = "Qualifier";
        Description = "A typed attribute: value always; number when numeric (percentages 0–100 with unit 'percent'); entity when it names a node.";
        Field(q => q.Key).Description("lowerCamelCase key, e.g. rate, share, origin.");
        Field(q => q.Value).Description("The value as text (invariant culture).");
        Field(q => q.Number, nullable: true).Description("The value as a number, when numeric.");
        Field(q => q.Unit, nullable: true).Description("The number's unit, e.g. percent.");
        Field<NodeInterface>("entity").Description("The node the value names, if any.")
            .Resolve(c => c.Source.EntityId is { } id ? c.Loaders().Node(id) : null);
    }
}

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "A verbatim quote from an article supporting a relation; offsets are UTF-16 code units, half-open, into the normalised text.";
        Field(c => c.Quote).Description("The verbatim quote.");
        Field(c => c.Start).Description("Offset of the quote's first occurrence (UTF-16 code units).");
        Field(c => c.End).Description("Offset just past the quote.");
        Field(c => c.Stance, type: typeof(NonNullGraphType<CitationStanceType>)).Description("Whether the article asserts it or reports someone saying it.");
        Field(c => c.Verified).Description("True when the quote was checked against the article's text.");
        Field(c => c.Qualifiers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<QualifierType>>>))
            .Description("How this source described the fact: the qualifiers its type says only describe (relationTypes' describingQualifiers), ordered by key.");
        Field<NodeInterface>("speaker").Description("Who said it, when the article names someone.")
            .Resolve(c => c.Source.SpeakerId is { } id ? c.Loaders().Node(id) : null);
        Field<NonNullGraphType<ArticleType>>("article").Description("The source.").Resolve(c => c.Loaders().Article(c.Source.ArticleId));
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation this quote supports.")
            .Resolve(c => c.Loaders().Relation(c.Source.RelationId));
        Field<QuoteContextType>("context")
            .Description("The quote in its sentence, when the article's text is stored and the quote stands at its offsets; null otherwise.")
            .Resolve(c => c.Loaders().ArticleWithText(c.Source.ArticleId).Then(article =>
                article?.Text is { } text && QuoteCheck.MatchesAt(text, c.Source.Quote, c.Source.Start, c.Source.End)
                    ? QuoteContext.Of(text, c.Source.Start, c.Source.End)
                    : null));
    }
}

public sealed class QuoteContextType : ObjectGraphType<QuoteContext>
{
    public QuoteContextType()
    {
        Name = "QuoteContext";
        Description = "A quote in its sentence: before + quote + after is the sentence as the article has it.";
        Field(q => q.Before).Description("The sentence up to the quote.");
        Field(q => q.Quote).Description("The quote, as the article has it at the citation's offsets.");
        Field(q => q.After).Description("The rest of the sentence after the quote.");
    }
}

public sealed class ArticleType : ObjectGraphType<GeoGraph.Core.Model.Article>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "A source. Its text is optional to store; its hash and length are always known.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("article: + the first 16 hex digits of the SHA-256 of the normalised text.");
        Field(a => a.Title).Description("Headline.");
        Field(a => a.Publisher, nullable: true).Description("Publisher, when known.");
        Field(a => a.Url, nullable: true).Description("Where it was published, when known.");
        Field(a => a.PublishedAt, type: typeof(DateTimeType)).Description("When it was published or last updated.");
        Field(a => a.Language, nullable: true).Description("BCP 47 language tag.");
        Field(a => a.TextSha256).Description("SHA-256 (hex) of the normalised text: NFC, LF line endings, trimmed.");
        Field(a => a.TextLength).Description("Length of the normalised text in UTF-16 code units.");
        Field(a => a.RecordedAt, type: typeof(NonNullGraphType<DateTimeType>)).Description("When it was recorded.");
        Field<NonNullGraphType<RelationConnectionType>>("relations")
            .Description("Relations this article supports (cites), by id. Retracted ones hidden. One store query per article: for many articles use relations(where: {article}).")
            .WithComplexityImpact(NodeRelationsField.PerNodeListingImpact)
            .PageArguments()
            .ResolveAsync(async c => await QueryType.RelationConnectionAsync(c,
                new RelationFilter(c.Now(), ArticleId: c.Source.Id)));
    }
}

public sealed class RelationTypeInfoType : ObjectGraphType<RelationType>
{
    public RelationTypeInfoType()
    {
        Name = "RelationType";
        Description = "An entry of the controlled relation vocabulary.";
        Field(t => t.Type).Description("UPPER_SNAKE name.");
        Field(t => t.Description).Description("What it means.");
        Field(t => t.Phrase).Description("How it reads between subject and object.");
        Field(t => t.Cameo, nullable: true).Description("The CAMEO event code, where one fits.");
        Field(t => t.SubjectKinds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NodeKindType>>>)).Description("Kinds allowed as subject.");
        Field(t => t.ObjectKinds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NodeKindType>>>)).Description("Kinds allowed as object.");
        Field(t => t.IdentifyingQualifiers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("Qualifier keys that tell one such fact from another (a tariff threat's rate): part of the relation id, as is every key not listed as describing.");
        Field(t => t.DescribingQualifiers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("Qualifier keys that only describe the fact in a source's words (the goods, 'about'): left out of the relation id and kept with each citation, so sources wording one fact differently corroborate it.");
        Field(t => t.Plover, nullable: true).Description(
            "The PLOVER event category (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT); null for a type that is not an event between actors (claim structure, standing states, roles).");
        Field(t => t.Source, type: typeof(NonNullGraphType<VocabularySourceType>)).Description("Where the type is defined: built in, or the deployment's vocabulary file.");
    }
}
