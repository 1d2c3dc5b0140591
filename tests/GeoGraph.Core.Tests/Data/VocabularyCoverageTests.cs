using GeoGraph.Core.Model;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Tests.Data;

/// <summary>The built-in vocabulary against PLOVER: every type mapped, every category covered, threats apart from acts.</summary>
public class VocabularyCoverageTests
{
    private static readonly RelationVocabulary Vocabulary = RelationVocabulary.Default;

    [Fact]
    public void Every_one_of_PLOVERs_16_categories_has_at_least_one_type()
    {
        Assert.Equal(16, PloverCategories.All.Count);
        var covered = Vocabulary.All.Where(t => t.Plover is not null).GroupBy(t => t.Plover!).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(PloverCategories.All, c => Assert.True(covered.ContainsKey(c), $"no type for PLOVER {c}"));
        Assert.All(covered.Keys, c => Assert.Contains(c, PloverCategories.All));
    }

    [Theory]
    [InlineData("ASSERTS")]
    [InlineData("SPECULATES")]
    [InlineData("DENIES")]
    [InlineData("DENIES_LINK")]
    [InlineData("CONCERNS")]
    [InlineData("HOLDS_ROLE")]
    [InlineData("PART_OF")]
    [InlineData("OWNED_BY")]
    [InlineData("CONTROLS_SHARE_OF")]
    [InlineData("IMPORTS")]
    [InlineData("EXPORTS_TO")]
    [InlineData("ALLIED_WITH")]
    public void Structural_types_and_standing_states_have_no_PLOVER_category(string type) =>
        Assert.Null(Vocabulary.Find(type)!.Plover);

    [Theory]
    [InlineData("THREATENS_TARIFF", "THREATEN", "IMPOSES_TARIFF", "COERCE")]
    [InlineData("THREATENS_SANCTIONS", "THREATEN", "IMPOSES_SANCTIONS", "COERCE")]
    [InlineData("THREATENS_TO_CANCEL", "THREATEN", "CANCELS", "SANCTION")]
    public void A_threat_and_the_act_it_threatens_are_distinct_types_with_the_same_kinds(string threat, string threatCategory, string act, string actCategory)
    {
        var t = Vocabulary.Find(threat)!;
        var a = Vocabulary.Find(act)!;

        Assert.Equal((threatCategory, actCategory), (t.Plover, a.Plover));
        Assert.Equal(t.ObjectKinds, a.ObjectKinds);
        Assert.Contains(act, t.Description, StringComparison.Ordinal);
        Assert.Contains(threat, a.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HOLDS_TALKS_WITH", "CONSULT", "046")]
    [InlineData("IMPOSES_EXPORT_CONTROL", "COERCE", "163")]
    [InlineData("THREATENS_TARIFF", "THREATEN", "1312")]
    [InlineData("CRITICIZES", "ACCUSE", "111")]
    [InlineData("COOPERATES_WITH", "COOPERATE", "06")]
    [InlineData("ATTACKS", "ASSAULT", "190")]
    public void News_acts_carry_their_PLOVER_category_and_CAMEO_code(string type, string plover, string cameo)
    {
        var t = Vocabulary.Find(type)!;
        Assert.Equal((plover, cameo), (t.Plover, t.Cameo));
    }

    [Fact]
    public void A_summit_is_an_event_that_can_be_threatened_and_called_off() =>
        Assert.True(Vocabulary.Find("THREATENS_TO_CANCEL")!.Allows(NodeKind.Person, NodeKind.Event)
                    && Vocabulary.Find("CANCELS")!.Allows(NodeKind.Country, NodeKind.Event));

    [Fact]
    public void The_committed_file_keeps_one_type_per_line_with_plover_last()
    {
        var lines = File.ReadAllLines(FindRepoFile("src/GeoGraph.Core/Vocabulary/relation-types.json"))
            .Where(l => l.TrimStart().StartsWith("{ \"type\"", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Vocabulary.All.Count, lines.Length);
        Assert.All(lines, l => Assert.Matches("\"description\": \".*\", \"plover\": (null|\"[A-Z]+\")", l));
    }

    [Fact]
    public void Built_in_types_say_they_are_built_in() =>
        Assert.All(Vocabulary.All, t => Assert.Equal(VocabularySource.BuiltIn, t.Source));

    internal static string FindRepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException(relative);
    }
}

/// <summary>A deployment's own types (Vocabulary:Path): added when valid, refused with one line naming the rule otherwise.</summary>
public sealed class DeploymentVocabularyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("geograph-vocab-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal const string Blockade =
        """{ "type": "IMPOSES_NAVAL_BLOCKADE", "subjectKinds": ["COUNTRY"], "objectKinds": ["COUNTRY"], "phrase": "imposes a naval blockade on", "cameo": "191", "description": "The subject's navy blocks the object's ports.", "plover": "COERCE" }""";

    private string Write(string json)
    {
        var path = Path.Combine(_dir, $"types-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string WriteTypes(params string[] types) => Write($$"""{ "types": [ {{string.Join(", ", types)}} ] }""");

    [Fact]
    public void No_path_means_the_built_in_vocabulary()
    {
        Assert.Same(RelationVocabulary.Default, RelationVocabulary.WithDeploymentFile(null));
        Assert.Same(RelationVocabulary.Default, RelationVocabulary.WithDeploymentFile(" "));
    }

    [Fact]
    public void A_valid_file_adds_its_types_marked_as_the_deployments()
    {
        var vocabulary = RelationVocabulary.WithDeploymentFile(WriteTypes(Blockade));

        var added = vocabulary.Find("IMPOSES_NAVAL_BLOCKADE")!;
        Assert.Equal((VocabularySource.Deployment, "COERCE", "191"), (added.Source, added.Plover, added.Cameo));
        Assert.True(added.Allows(NodeKind.Country, NodeKind.Country));
        Assert.Equal(RelationVocabulary.Default.All.Count + 1, vocabulary.All.Count);
        Assert.Equal(VocabularySource.BuiltIn, vocabulary.Find("THREATENS_TARIFF")!.Source);
    }

    [Theory]
    [InlineData("\"type\": \"IMPOSES_NAVAL_BLOCKADE\"", "\"type\": \"THREATENS_TARIFF\"", "type THREATENS_TARIFF is already built in")]
    [InlineData("\"type\": \"IMPOSES_NAVAL_BLOCKADE\"", "\"type\": \"naval-blockade\"", "type 'naval-blockade' must be UPPER_SNAKE")]
    [InlineData("[\"COUNTRY\"], \"phrase\"", "[\"SHIP\"], \"phrase\"", "objectKinds holds \"SHIP\", not a node kind")]
    [InlineData("\"objectKinds\": [\"COUNTRY\"]", "\"objectKinds\": []", "\"objectKinds\" must be a non-empty array")]
    [InlineData("\"plover\": \"COERCE\"", "\"plover\": \"BLOCKADE\"", "plover 'BLOCKADE' is not a PLOVER category")]
    [InlineData(", \"plover\": \"COERCE\"", "", "\"plover\" is missing (write null when none fits)")]
    [InlineData("\"cameo\": \"191\"", "\"cameo\": \"19x\"", "cameo '19x' must be a CAMEO code")]
    [InlineData("\"phrase\": \"imposes a naval blockade on\"", "\"phrase\": \"\"", "\"phrase\" must be a non-empty string")]
    public void A_type_that_breaks_a_rule_is_refused_with_one_line_naming_the_file_and_the_rule(string from, string to, string expected)
    {
        var path = WriteTypes(Blockade.Replace(from, to, StringComparison.Ordinal));

        var e = Assert.Throws<InvalidVocabularyException>(() => RelationVocabulary.WithDeploymentFile(path));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Vocabulary:Path '{path}'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_type_defined_twice_in_the_file_is_refused()
    {
        var e = Assert.Throws<InvalidVocabularyException>(() => RelationVocabulary.WithDeploymentFile(WriteTypes(Blockade, Blockade)));
        Assert.EndsWith("type IMPOSES_NAVAL_BLOCKADE is defined twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_bad_JSON_is_refused_naming_the_file()
    {
        var missing = Path.Combine(_dir, "absent.json");
        Assert.StartsWith($"Vocabulary:Path '{missing}' cannot be read", Assert.Throws<InvalidVocabularyException>(() => RelationVocabulary.WithDeploymentFile(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", Assert.Throws<InvalidVocabularyException>(() => RelationVocabulary.WithDeploymentFile(Write("{ types: "))).Message, StringComparison.Ordinal);
        Assert.Contains("must be an object with a \"types\" array", Assert.Throws<InvalidVocabularyException>(() => RelationVocabulary.WithDeploymentFile(Write("[]"))).Message, StringComparison.Ordinal);
    }
}
