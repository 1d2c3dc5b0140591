using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests;

/// <summary>
/// Two writes of one fact with different values, sent at the same moment: exactly one wins, the
/// other is refused, and the stored value is the winner's — never two successes with one value
/// silently dropped.
/// </summary>
public sealed class ConcurrentWriteTests(GeoGraphApiFactory api) : IClassFixture<GeoGraphApiFactory>
{
    private static string Assert(string tag, double confidence, string stance = "REPORTS") => $$"""
        mutation { assertRelation(input: { type: "ALLIED_WITH", subject: "country:FR", object: "country:IT", confidence: {{confidence}},
          qualifiers: [{ key: "race", value: "{{tag}}" }],
          citations: [{ article: "article:21064a8d1731bc87", quote: "Beijing’s ironclad friendship with Islamabad remained", start: 689, end: 742, stance: {{stance}} }] })
          { relations { id confidence citations { stance } } } }
        """;

    [Fact]
    public async Task Of_two_concurrent_writes_with_different_confidence_exactly_one_wins()
    {
        for (var trial = 0; trial < 40; trial++)
        {
            var tag = $"confidence-{trial}-{Guid.NewGuid():N}";
            var answers = await Task.WhenAll(
                api.CreateGraphQLClient().PostAsync(Assert(tag, 0.6)),
                api.CreateGraphQLClient().PostAsync(Assert(tag, 0.7)));

            var winners = answers.Where(a => a.Errors is null).ToArray();
            Xunit.Assert.Single(winners);
            var loser = answers.Single(a => a.Errors is not null);
            Xunit.Assert.Equal("VALIDATION_FAILED", loser.ErrorCode);
            var won = winners[0].Data!["assertRelation"]!["relations"]![0]!;
            var stored = await api.CreateGraphQLClient().DataAsync($$"""{ relation(id: "{{won["id"]!.GetValue<string>()}}") { confidence } }""");
            Xunit.Assert.Equal(won["confidence"]!.GetValue<double>(), stored["relation"]!["confidence"]!.GetValue<double>());
        }
    }

    [Fact]
    public async Task Of_two_concurrent_citations_of_one_passage_with_different_stances_exactly_one_wins()
    {
        for (var trial = 0; trial < 40; trial++)
        {
            var tag = $"stance-{trial}-{Guid.NewGuid():N}";
            var answers = await Task.WhenAll(
                api.CreateGraphQLClient().PostAsync(Assert(tag, 0.8, "REPORTS")),
                api.CreateGraphQLClient().PostAsync(Assert(tag, 0.8, "ASSERTS")));

            var winners = answers.Where(a => a.Errors is null).ToArray();
            Xunit.Assert.Single(winners);
            Xunit.Assert.Equal("VALIDATION_FAILED", answers.Single(a => a.Errors is not null).ErrorCode);
            var won = winners[0].Data!["assertRelation"]!["relations"]![0]!;
            var stored = await api.CreateGraphQLClient().DataAsync($$"""{ relation(id: "{{won["id"]!.GetValue<string>()}}") { citations { stance } } }""");
            Xunit.Assert.Equal(won["citations"]![0]!["stance"]!.GetValue<string>(), stored["relation"]!["citations"]![0]!["stance"]!.GetValue<string>());
        }
    }
}
