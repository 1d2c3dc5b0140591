using FluentValidation;
using GeoGraph.Api.GraphQL.Inputs;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>The root field citations(where, orderBy, first, after): who said what, and quote search.</summary>
internal static class CitationsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CitationConnectionType>>("citations")
            .Description("Citations (who said what): every quote matching the filters, with its speaker, stance, article and the relation it supports. "
                + "With a search, quotes are found by word and ranked: the phrase, then every word, then any word, ties by key. "
                + "Citations of retracted relations are hidden unless includeRetracted.")
            .Argument<CitationsWhereType>("where", "Filters; all optional.")
            .Argument<ListGraphType<NonNullGraphType<CitationOrderType>>>("orderBy",
                "One key: RELEVANCE (best first, with a search; the default then), PUBLISHED_AT (ASC or DESC; undated articles last), or KEY (the default without a search). Ties by key.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<CitationsWhere?>("where") ?? new CitationsWhere();
                c.Service<IValidator<CitationsWhere>>().ValidateOrThrow(where, "where");
                var filter = where.ToFilter(c.Now());
                var order = CitationListing.Resolve(CitationOrderInput.Resolve(c.GetArgument<List<CitationOrderInput>?>("orderBy")), filter.Search is not null);
                var store = c.Store();
                await QueryType.RequireNodesAsync(store, c.CancellationToken, ("where.speaker", where.Speaker));
                if (where.Article is { } articleId && (await store.GetArticlesAsync([articleId], false, c.CancellationToken)).Count == 0)
                    throw GeoGraphException.NotFound("where.article", articleId);
                var listing = Listing(order);
                var page = await store.FindCitationsAsync(filter, order, QueryType.ToPageRequest(c, listing, CitationListing.Ranked(order)), c.CancellationToken);
                return new Connection<Citation>(listing, page, ct => store.CountCitationsAsync(filter, ct));
            });

    /// <summary>Each order is its own listing, so a cursor from another order is refused rather than misread.</summary>
    private static string Listing(CitationOrder order) => order switch
    {
        CitationOrder.Relevance => "citations-by-relevance",
        CitationOrder.PublishedAtAsc => "citations-by-published-at-asc",
        CitationOrder.PublishedAtDesc => "citations-by-published-at-desc",
        _ => "citations",
    };
}

public sealed class CitationsWhereType : InputObjectGraphType<CitationsWhere>
{
    public CitationsWhereType()
    {
        Name = "CitationsWhere";
        Description = "Citation filters; all given ones must hold.";
        Field(w => w.Speaker, type: typeof(IdGraphType)).Description("Who said it: a node id, e.g. person:lin-jian.");
        Field(w => w.Stance, type: typeof(CitationStanceType)).Description("ASSERTS or REPORTS.");
        Field(w => w.Article, type: typeof(IdGraphType)).Description("Only quotes from this article.");
        Field(w => w.Search, nullable: true).Description(
            $"Words to find in quotes (case-insensitive; letters and digits make words, everything else separates them; at most {QueryLimits.MaxSearchLength} characters, {QueryLimits.MaxSearchWords} words).");
        Field(w => w.KnownAt, type: typeof(DateTimeType)).Description("As recorded at this instant (default: now).");
        Field(w => w.IncludeRetracted, nullable: true).Description("Include citations of retracted relations (default false).");
    }
}

public sealed class CitationOrderType : InputObjectGraphType<CitationOrderInput>
{
    public CitationOrderType()
    {
        Name = "CitationOrder";
        Description = "A citations ordering key; ties are broken by the citation key (relation id, article id, start, end).";
        Field(o => o.Field, type: typeof(NonNullGraphType<CitationOrderFieldType>)).Description("What to order by.");
        Field(o => o.Direction, type: typeof(SortDirectionType)).Description("ASC (default) or DESC (PUBLISHED_AT only).")
            .DefaultValue(SortDirection.Asc);
    }
}

public sealed class CitationOrderFieldType : EnumerationGraphType<CitationOrderField>
{
    public CitationOrderFieldType()
    {
        Name = "CitationOrderField";
        Description = "KEY: relation id, article id, start, end. RELEVANCE: a search's phrase matches, then every word, then any word. PUBLISHED_AT: the citing article's publishedAt, to the millisecond.";
    }
}

public sealed class SortDirectionType : EnumerationGraphType<SortDirection>
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "ASC: lowest or earliest first. DESC: highest or latest first.";
    }
}

public sealed class CitationEdgeType() : EdgeType<CitationType, Citation>("Citation");
public sealed class CitationConnectionType() : ConnectionType<CitationEdgeType, Citation>("Citation");
