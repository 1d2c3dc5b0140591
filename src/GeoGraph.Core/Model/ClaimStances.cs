namespace GeoGraph.Core.Model;

/// <summary>
/// Which relation types support or deny a claim. A claim with at least one of each is disputed.
/// </summary>
public static class ClaimStances
{
    public static readonly IReadOnlyList<string> SupportTypes = ["ASSERTS", "SPECULATES"];
    public static readonly IReadOnlyList<string> DenialTypes = ["DENIES", "DENIES_LINK"];
    public static readonly IReadOnlyList<string> AllTypes = [.. SupportTypes, .. DenialTypes];

    /// <summary>Disputed: among the relations pointing at a claim, at least one supports it and one denies it.</summary>
    public static bool IsDisputed(IEnumerable<Relation> stances)
    {
        bool supported = false, denied = false;
        foreach (var r in stances)
        {
            supported |= SupportTypes.Contains(r.Type);
            denied |= DenialTypes.Contains(r.Type);
        }
        return supported && denied;
    }
}
