using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class NodeKindType : EnumerationGraphType<NodeKind>
{
    public NodeKindType()
    {
        Name = "NodeKind";
        Description = "What a node is. The id prefix says it: country, person, org, commodity, event, claim.";
    }
}

public sealed class CitationStanceType : EnumerationGraphType<CitationStance>
{
    public CitationStanceType()
    {
        Name = "CitationStance";
        Description = "ASSERTS: the article states it in its own voice. REPORTS: the article reports someone saying it.";
    }
}

public sealed class DatePrecisionType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionType()
    {
        Name = "DatePrecision";
        Description = "How precisely a date is known; the date is the first day of the period (a Monday for WEEK).";
    }
}

public sealed class TraversalDirectionType : EnumerationGraphType<TraversalDirection>
{
    public TraversalDirectionType()
    {
        Name = "Direction";
        Description = "Which way traversals follow relations: OUT (subject to object), IN (object to subject), or BOTH.";
    }
}

public sealed class VocabularySourceType : EnumerationGraphType<Core.Vocabulary.VocabularySource>
{
    public VocabularySourceType()
    {
        Name = "VocabularySource";
        Description = "Where a relation type is defined: BUILT_IN (GeoGraph's vocabulary) or DEPLOYMENT (the file the Vocabulary:Path setting names).";
    }
}
