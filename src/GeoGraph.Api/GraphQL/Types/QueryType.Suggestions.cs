using GeoGraph.Core.Bundles;
using GeoGraph.Core.Suggestions;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

// Issue 10: a draft bundle for a text. A query: it reads the store's names and stores nothing, so a
// reader key is enough; the analyst sends the edited draft to ingestArticle (a writer key).
public sealed partial class QueryType
{
    private void AddSuggestionFields()
    {
        Field<NonNullGraphType<SuggestedBundleType>>("suggestBundle")
            .Description("A draft bundle for an article's text: the entities it names (known ones from every stored name and alias, countries "
                + "by name, capital and demonym, unknown people and organisations proposed), and candidate relations from the trigger "
                + "patterns of the vocabulary data, each with its quote, UTF-16 offsets, confidence and rule. Nothing is stored: edit the "
                + "draft and send it to ingestArticle.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The article's text (≤ {Core.Ingestion.ArticleText.MaxLength:N0} characters); it is normalised as on ingestion and offsets refer to that form.")
            .Argument<DateTimeType>("publishedAt", "When the article was published.")
            .Argument<StringGraphType>("title", "The headline (default: the text's first line).")
            .Argument<StringGraphType>("publisher", "The publisher's name.")
            .Argument<StringGraphType>("url", "Where it was published.")
            .Argument<StringGraphType>("language", "BCP 47 tag (default \"en\").")
            .ResolveAsync(async c => (object?)await BundleSuggester.Default.SuggestAsync(c.Store(), new SuggestRequest(
                c.GetArgument<string>("text"), c.GetArgument<DateTimeOffset?>("publishedAt"), c.GetArgument<string?>("title"),
                c.GetArgument<string?>("publisher"), c.GetArgument<string?>("url"), c.GetArgument<string?>("language")), c.CancellationToken));
    }
}

public sealed class SuggestedBundleType : ObjectGraphType<Suggestion>
{
    public SuggestedBundleType()
    {
        Name = "SuggestedBundle";
        Description = "A draft for one article: nothing of it is stored.";
        Field<NonNullGraphType<StringGraphType>>("bundle").Description("The draft as a geograph-bundle/1 JSON document (with the article's text), ready to edit and import.")
            .Resolve(c => BundleJson.Write(c.Source.Bundle));
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The id the article will have: 'article:' + 16 hex digits of the normalised text's SHA-256.").Resolve(c => c.Source.ArticleId);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The normalised text the offsets refer to.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The draft article's title.").Resolve(c => c.Source.Bundle.Articles[0].Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedEntityType>>>>("entities").Description("Every entity found, known ones included, by id.")
            .Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedMentionType>>>>("mentions").Description("Where the text names an entity, in text order.")
            .Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedRelationType>>>>("relations").Description("Candidate relations, in the order the text supports them.")
            .Resolve(c => c.Source.Relations);
    }
}

public sealed class SuggestedEntityType : ObjectGraphType<SuggestedEntity>
{
    public SuggestedEntityType()
    {
        Name = "SuggestedEntity";
        Description = "An entity of a draft: known (stored, or a preloaded country) or proposed with a new id.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NodeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<BooleanGraphType>>("known").Description("False for an entity the draft proposes: ingesting creates it.").Resolve(c => c.Source.Known);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("Where it came from: stored, country, or the rule that proposed it (title-name, national-institution, …).").Resolve(c => c.Source.Rule);
    }
}

public sealed class SuggestedMentionType : ObjectGraphType<SuggestedMention>
{
    public SuggestedMentionType()
    {
        Name = "SuggestedMention";
        Description = "A place the text names an entity: UTF-16 offsets [start, end) into the normalised text.";
        Field<NonNullGraphType<IdGraphType>>("entity").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<NodeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("name, alias, country, capital, demonym, event-words, unattributed, ….").Resolve(c => c.Source.Rule);
    }
}

public sealed class SuggestedRelationType : ObjectGraphType<SuggestedRelation>
{
    public SuggestedRelationType()
    {
        Name = "SuggestedRelation";
        Description = "A candidate relation with the quote that supports it (its first occurrence).";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<IdGraphType>>("object").Resolve(c => c.Source.Object);
        Field<NonNullGraphType<StringGraphType>>("quote").Resolve(c => c.Source.Quote);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The rule's confidence, 0–1.").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("TYPE/rule-id of relation-triggers.json.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<CitationStanceType>>("stance").Description("REPORTS when the sentence reports speech, else ASSERTS.").Resolve(c => c.Source.Stance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedQualifierType>>>>("qualifiers").Resolve(c => c.Source.Qualifiers);
    }
}

public sealed class SuggestedQualifierType : ObjectGraphType<BundleQualifier>
{
    public SuggestedQualifierType()
    {
        Name = "SuggestedQualifier";
        Description = "A qualifier a rule read from the text (a rate, a share).";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
        Field<FloatGraphType>("number").Resolve(c => c.Source.Number);
        Field<StringGraphType>("unit").Resolve(c => c.Source.Unit);
    }
}
