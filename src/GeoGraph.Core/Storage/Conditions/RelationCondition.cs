using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Conditions;

/// <summary>
/// A condition on relations: a boolean tree (<see cref="All"/>, <see cref="Any"/>, <see cref="Not"/>)
/// over primitive predicates. Each store translates the primitives (one translation per store, reused
/// by every listing and count); rules such as <see cref="Involves.ViaRoles"/> are rewritten into
/// primitives by Core (<see cref="RoleExpansion"/>) before a store sees the tree. Bounds:
/// <see cref="QueryLimits.Check(RelationCondition)"/>.
/// </summary>
public abstract record RelationCondition
{
    private protected RelationCondition() { }

    /// <summary>Every term holds (true when there is none).</summary>
    public sealed record All(IReadOnlyList<RelationCondition> Terms) : RelationCondition;

    /// <summary>At least one term holds (false when there is none).</summary>
    public sealed record Any(IReadOnlyList<RelationCondition> Terms) : RelationCondition;

    public sealed record Not(RelationCondition Term) : RelationCondition;

    /// <summary>Of one of these types (each once, see <see cref="QueryLimits.DistinctTypes"/>).</summary>
    public sealed record TypeIn(IReadOnlyList<string> Types) : RelationCondition;

    public sealed record SubjectIs(string Id) : RelationCondition;

    public sealed record ObjectIs(string Id) : RelationCondition;

    /// <summary>
    /// The node is the subject or the object. With <see cref="ViaRoles"/>, so is a holder of a role
    /// in it (a HOLDS_ROLE relation whose validity overlaps the relation's): Core rewrites that
    /// before a store sees it.
    /// </summary>
    public sealed record Involves(string Id, bool ViaRoles = false) : RelationCondition;

    /// <summary>One node is the subject and the other the object, either way round; <see cref="ViaRoles"/> as in <see cref="Involves"/>.</summary>
    public sealed record Between(string First, string Second, bool ViaRoles = false) : RelationCondition;

    /// <summary>A citation of the relation is in this article.</summary>
    public sealed record CitedIn(string ArticleId) : RelationCondition;

    /// <summary>The subject is of this kind (the id's prefix says it, so both stores read it from the id).</summary>
    public sealed record SubjectKindIs(NodeKind Kind) : RelationCondition;

    public sealed record ObjectKindIs(NodeKind Kind) : RelationCondition;

    /// <summary>A citation of the relation names this speaker.</summary>
    public sealed record SpokenBy(string SpeakerId) : RelationCondition;

    /// <summary>A citation of the relation has this stance.</summary>
    public sealed record CitedWithStance(CitationStance Stance) : RelationCondition;

    /// <summary>Confidence at least this (0–1).</summary>
    public sealed record MinConfidence(double Value) : RelationCondition;

    /// <summary>True in the world on this day: an open end of the validity is unbounded (as validAt always was).</summary>
    public sealed record ValidAt(DateOnly Day) : RelationCondition;

    /// <summary>
    /// The validity overlaps [From, To] (days, inclusive; a missing end unbounded). Open ends of the
    /// relation's validity are unbounded too, so an undated relation overlaps every range: combine
    /// with <see cref="Dated"/> to keep only dated ones.
    /// </summary>
    public sealed record ValidDuring(DateOnly? From, DateOnly? To) : RelationCondition;

    /// <summary>Recorded strictly after this instant.</summary>
    public sealed record RecordedAfter(DateTimeOffset At) : RelationCondition;

    /// <summary>Recorded strictly before this instant.</summary>
    public sealed record RecordedBefore(DateTimeOffset At) : RelationCondition;

    /// <summary>Has a validity (validFrom or validTo) when <see cref="IsDated"/>, has none otherwise.</summary>
    public sealed record Dated(bool IsDated) : RelationCondition;

    public static readonly RelationCondition True = new All([]);

    /// <summary>The terms as one condition: the term itself when there is one, nested Alls flattened.</summary>
    public static RelationCondition And(IEnumerable<RelationCondition> terms)
    {
        var flat = terms.SelectMany(t => t is All all ? all.Terms : [t]).ToArray();
        return flat.Length == 1 ? flat[0] : new All(flat);
    }

    /// <summary>The terms of a top-level conjunction (the condition itself when it is not one): what a store may start from.</summary>
    public IReadOnlyList<RelationCondition> Conjuncts => this is All all ? all.Terms : [this];
}
