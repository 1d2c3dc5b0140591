namespace GeoGraph.Core.Model;

/// <summary>What a traversal needs of a relation to follow it: its id and its two ends.</summary>
public interface IRelationEnds
{
    string Id { get; }
    string SubjectId { get; }
    string ObjectId { get; }
}

/// <summary>
/// A relation as a path search reads it (<see cref="Storage.IGraphReader.ExpandLinksAsync"/>): id
/// and ends only, so a hub's tens of thousands of relations cost index entries, not whole rows.
/// </summary>
public sealed record RelationLink(string Id, string SubjectId, string ObjectId) : IRelationEnds;
