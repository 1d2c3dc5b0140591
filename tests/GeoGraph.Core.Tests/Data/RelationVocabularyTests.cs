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
}
