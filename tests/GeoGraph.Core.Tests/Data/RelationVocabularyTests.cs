using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Tests.Data;

public class RelationVocabularyTests
{
    private static readonly RelationVocabulary Vocabulary = RelationVocabulary.Default;

    [Theory]
    [InlineData("DENIES_LINK")]
    [InlineData("DENIES")]
    [InlineData("ASSERTS")]
    [InlineData("SPECULATES")]
    [InlineData("GIFTED")]
    [InlineData("THREATENS_TARIFF")]
    [InlineData("IMPOSES_EXPORT_CONTROL")]
    [InlineData("ACCUSES")]
    [InlineData("CONTROLS_SHARE_OF")]
    [InlineData("IMPORTS")]
    [InlineData("EXPORTS_TO")]
    [InlineData("ALLIED_WITH")]
    [InlineData("DEVELOPS_TIES_WITH")]
    [InlineData("COOPERATES_WITH")]
    [InlineData("ASSURES")]
    [InlineData("HOLDS_ROLE")]
    [InlineData("PART_OF")]
    [InlineData("CONCERNS")]
    public void Vocabulary_has_the_required_type_with_kinds_phrase_and_description(string name)
    {
        var type = Vocabulary.Find(name);

        Assert.NotNull(type);
        Assert.NotEmpty(type.SubjectKinds);
        Assert.NotEmpty(type.ObjectKinds);
        Assert.False(string.IsNullOrWhiteSpace(type.Phrase));
        Assert.False(string.IsNullOrWhiteSpace(type.Description));
    }

    [Fact]
    public void Every_type_is_upper_snake_and_listed_once_in_order()
    {
        Assert.All(Vocabulary.All, t => Assert.Matches("^[A-Z][A-Z0-9_]*$", t.Type));
        Assert.Equal(Vocabulary.All.Select(t => t.Type).Order(StringComparer.Ordinal), Vocabulary.All.Select(t => t.Type));
        Assert.Equal(Vocabulary.All.Count, Vocabulary.All.Select(t => t.Type).Distinct().Count());
    }

    [Fact]
    public void Cameo_codes_are_digits_where_given() =>
        Assert.All(Vocabulary.All.Where(t => t.Cameo is not null), t => Assert.Matches("^[0-9]{2,4}$", t.Cameo!));

    [Fact]
    public void Claim_stances_take_a_speaker_and_a_claim()
    {
        Assert.All(ClaimStances.AllTypes, name =>
        {
            var type = Vocabulary.Find(name);
            Assert.NotNull(type);
            Assert.Equal([NodeKind.Claim], type.ObjectKinds);
            Assert.DoesNotContain(NodeKind.Claim, type.SubjectKinds);
        });
    }

    [Fact]
    public void Concerns_links_a_claim_to_what_it_is_about()
    {
        var concerns = Vocabulary.Find("CONCERNS")!;

        Assert.True(concerns.Allows(NodeKind.Claim, NodeKind.Event));
        Assert.False(concerns.Allows(NodeKind.Person, NodeKind.Claim));
    }

    [Fact]
    public void Find_is_exact() => Assert.Null(Vocabulary.Find("denies_link"));

    [Fact]
    public void A_type_never_lists_a_qualifier_key_as_both_identifying_and_describing() =>
        Assert.All(Vocabulary.All, t => Assert.Empty(t.IdentifyingQualifiers.Intersect(t.DescribingQualifiers)));

    [Fact]
    public void Every_qualifier_key_the_seed_uses_is_declared_identifying_or_describing_by_its_type()
    {
        // Unlisted keys identify (the safe default), but the seed's keys are each decided on purpose.
        var undeclared = GeoGraph.Core.Seed.SeedData.LoadBundle().Relations
            .SelectMany(r => (r.Qualifiers ?? []).Select(q => (r.Type, q.Key)))
            .Where(p => Vocabulary.Find(p.Type) is { } t && !t.IdentifyingQualifiers.Contains(p.Key!) && !t.DescribingQualifiers.Contains(p.Key!))
            .Distinct().ToArray();

        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData("THREATENS_TARIFF", "rate", true)]
    [InlineData("THREATENS_TARIFF", "goods", false)]
    [InlineData("CONTROLS_SHARE_OF", "share", true)]
    [InlineData("CONTROLS_SHARE_OF", "stage", true)]
    [InlineData("CONTROLS_SHARE_OF", "approximation", false)]
    [InlineData("HOLDS_ROLE", "role", true)]
    [InlineData("GIFTED", "item", false)]
    [InlineData("GIFTED", "occasion", true)]
    [InlineData("NOT_A_TYPE", "anything", true)]
    public void Whether_a_key_identifies_the_fact(string type, string key, bool identifies) =>
        Assert.Equal(identifies, Vocabulary.Identifies(type, key));
}
