namespace GeoGraph.Api.Tests.Support;

/// <summary>GraphQL documents several test classes send.</summary>
public static class Queries
{
    public const string IngestArticle = """
        mutation Ingest($input: IngestArticleInput!) {
          ingestArticle(input: $input) {
            changed message articlesCreated nodesCreated relationsCreated citationsAdded
            article { id title textLength }
            relations { id type subject { id } object { id } citations { quote start end verified } }
          }
        }
        """;

    public const string AssertRelation = """
        mutation Assert($input: RelationInput!) {
          assertRelation(input: $input) {
            changed message relationsCreated citationsAdded
            relations { id citations { quote start end verified article { id } } }
          }
        }
        """;

    /// <summary>Everything a refused write must leave as it was: relations (retracted too) with their citation counts, and the counts of nodes and articles.</summary>
    public const string Snapshot = """
        {
          relations(first: 500, where: { includeRetracted: true }) {
            totalCount
            edges { node { id retractedAt citations { article { id } start end } } }
          }
          entities(first: 1) { totalCount }
          claims(first: 1) { totalCount }
          articles(first: 1) { totalCount }
        }
        """;

    /// <summary>Relations with everything a client follows from them: the batch loaders' worst case.</summary>
    public const string RelationsWithEverything = """
        query Page($first: Int!) {
          relations(first: $first) {
            edges {
              node {
                id type
                subject { id kind name }
                object { id kind name }
                qualifiers { key value entity { id name } }
                citations { quote speaker { id name } article { id title } }
              }
            }
          }
        }
        """;
}
