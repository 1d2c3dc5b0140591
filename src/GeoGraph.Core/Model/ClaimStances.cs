namespace GeoGraph.Core.Model;

/// <summary>
/// Which relation types support or deny a claim. A claim with at least one of each is disputed.
/// </summary>
public static class ClaimStances
{
    public static readonly IReadOnlyList<string> SupportTypes = ["ASSERTS", "SPECULATES"];
    public static readonly IReadOnlyList<string> DenialTypes = ["DENIES", "DENIES_LINK"];
    public static readonly IReadOnlyList<string> AllTypes = [.. SupportTypes, .. DenialTypes];
}
